package org.buildreg.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Dongles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 账号管理: sub-accounts with module permissions, seen by menu and enforced by URL; disabling staff who leave. */
class SubAccountIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private List<String> tabs() {
        return browser.driver().findElements(By.cssSelector("a.br-tab")).stream().map(WebElement::getText).toList();
    }

    private boolean forbidden() {
        return browser.driver().getPageSource().contains("无权访问");
    }

    @Test
    void aSubAccountSeesOnlyItsModulesAndCannotOpenOthersByUrl() {
        browser.login("demoqy02sub", "Demo2026");
        assertEquals(List.of("个人中心", "安全许可", "企业信息"), tabs());

        browser.open("/constructor/certificates.xhtml");
        assertTrue(forbidden(), "二级建造师 is not granted");
        browser.open("/enterprise/accounts.xhtml");
        assertTrue(forbidden(), "账号管理 is for the main account");
        browser.open("/safetylicence/licences.xhtml");
        assertFalse(forbidden());
        assertTrue(browser.driver().getPageSource().contains("(蒙)JZ安许证字"));
    }

    @Test
    void aSubAccountWithoutSafetyLicenceCannotOpenItsPages() {
        browser.login("demoqy01sub", "Demo2026");
        assertEquals(List.of("个人中心", "二级建造师", "安管人员"), tabs());
        browser.open("/safetylicence/licences.xhtml");
        assertTrue(forbidden());
        browser.screenshot("sub-account-forbidden");
        browser.open("/constructor/certificates.xhtml");
        assertTrue(browser.driver().getPageSource().contains("张建华"), "its own module works");
    }

    @Test
    void theMainAccountAddsASubAccountWhichLogsInWithThoseModulesAndIsDisabledWhenStaffLeave() {
        browser.login("demoqy01", "Demo2026");
        browser.open("/enterprise/accounts.xhtml");
        browser.type("用户名", "qy01cert01");
        browser.type("密码", "Cert2026");
        browser.type("使用者姓名", "周敏");
        browser.tick("资质管理");
        browser.tick("企业信息");
        browser.click("添加子账户");
        assertTrue(browser.globalMessages().contains("子账户 qy01cert01 已创建"), browser.globalMessages());
        assertEquals("QUALIFICATION,ENTERPRISE", Database.scalar(
                "SELECT modules FROM account WHERE username = ?", "qy01cert01"));
        browser.screenshot("sub-accounts");
        browser.logout();

        Dongles.enrolAndBind(browser, "qy01cert01", "Cert2026", "周敏", "150102199208110041");
        browser.login("qy01cert01", "Cert2026");
        assertEquals(List.of("个人中心", "资质管理", "企业信息"), tabs());
        browser.logout();

        browser.login("demoqy01", "Demo2026");
        browser.open("/enterprise/accounts.xhtml");
        browser.clickInRow("qy01cert01", "停用");
        browser.click("确定");
        assertTrue(browser.globalMessages().contains("已停用"), browser.globalMessages());
        assertEquals(0, ((Number) Database.scalar("SELECT enabled FROM account WHERE username = ?", "qy01cert01"))
                .intValue());
        browser.logout();

        browser.login("qy01cert01", "Cert2026");
        assertTrue(browser.globalMessages().contains("账号已停用"), browser.globalMessages());
    }

    @Test
    void aSubAccountNeedsAModuleAndAFreeUsername() {
        browser.login("demoqy01", "Demo2026");
        browser.open("/enterprise/accounts.xhtml");
        browser.type("用户名", "demoqy01sub");
        browser.type("密码", "Cert2026");
        browser.type("使用者姓名", "重名");
        browser.click("添加子账户");
        assertTrue(browser.messageFor("模块权限").contains("请至少勾选一个模块权限"), browser.messageFor("模块权限"));

        browser.tick("二级建造师");
        browser.type("密码", "Cert2026");
        browser.click("添加子账户");
        assertTrue(browser.messageFor("用户名").contains("用户名已被使用"), browser.messageFor("用户名"));
        assertEquals(1, ((Number) Database.scalar("SELECT COUNT(*) FROM account WHERE username = ?", "demoqy01sub"))
                .intValue());
    }
}
