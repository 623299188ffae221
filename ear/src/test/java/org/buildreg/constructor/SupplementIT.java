package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 信息补录 of a constructor imported from the old system: a wrong mobile number is refused beside the field, the
 * saved change shows in 查看历史补录; a person not imported has no 信息补录; another enterprise cannot open it.
 */
class SupplementIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void anImportedConstructorIsSupplementedAndTheHistoryKept() {
        Long registration = ((Number) Database.scalar("SELECT r.id FROM constructor_registration r JOIN person p"
                + " ON p.id = r.person_id WHERE p.name = '刘海军'")).longValue();
        Long notImported = ((Number) Database.scalar("SELECT r.id FROM constructor_registration r JOIN person p"
                + " ON p.id = r.person_id WHERE p.name = '张建华'")).longValue();
        long before = ((Number) Database.scalar("SELECT COUNT(*) FROM person_supplement")).longValue();

        browser.login("demoqy01", "Demo2026");
        browser.click("二级建造师");
        browser.click("已办证书");
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.xpath(
                "//tr[td[normalize-space(.)='张建华']]//a[normalize-space(.)='信息补录']")).isEmpty(),
                "only imported persons are supplemented");
        browser.clickInRow("刘海军", "信息补录");
        browser.type("手机号码", "123");
        browser.type("毕业院校", "内蒙古工业大学");
        browser.click("保存");
        assertEquals("手机号码应为11位数字", browser.messageFor("手机号码"));
        assertEquals(before, ((Number) Database.scalar("SELECT COUNT(*) FROM person_supplement")).longValue());

        browser.type("手机号码", "13947100020");
        browser.click("保存");
        assertTrue(browser.globalMessages().contains("信息补录已保存"), browser.allMessages());
        String page = browser.driver().getPageSource();
        assertTrue(page.contains("手机号码：13847109000 → 13947100020"), "history shows the change");
        assertTrue(page.contains("毕业院校：内蒙古建筑职业技术学院 → 内蒙古工业大学"));
        assertEquals("13947100020", Database.scalar("SELECT mobile FROM person WHERE name = '刘海军'"));
        assertEquals(before + 1, ((Number) Database.scalar("SELECT COUNT(*) FROM person_supplement")).longValue());
        browser.screenshot("supplement-history");

        browser.open("/constructor/supplement.xhtml?id=" + notImported);
        assertTrue(browser.globalMessages().contains("仅旧系统导入的人员需要补录信息"), browser.allMessages());
        browser.logout();

        browser.login("demoqy02", "Demo2026");
        browser.open("/constructor/supplement-history.xhtml?id=" + registration);
        assertTrue(browser.driver().getPageSource().contains("无权访问"), "another enterprise is refused");
        assertFalse(browser.driver().getPageSource().contains("13947100020"));
        browser.open("/home.xhtml");
        browser.logout();
    }
}
