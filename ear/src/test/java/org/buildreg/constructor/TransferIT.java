package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * 人员调转 of 王志强 from 内蒙古示范建设集团有限公司 to 包头市示范建筑工程有限公司: 人员调出 (the new enterprise chosen by
 * a double click in 选择企业) makes him 调转中 and shows him in the new enterprise's 人员调入; 退回 sends him back
 * while nothing was filed; after a second 调出, 退回 is refused while the 调入 declaration is a draft and once it is
 * submitted; approval moves the registration to the new enterprise with its validity unchanged.
 */
class TransferIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String NAME = "王志强";
    private static final String ID = "150121197809093451";
    private static final String TARGET = "包头市示范建筑工程有限公司";

    @Test
    void aConstructorMovesToAnotherEnterprise() {
        Map<String, Object> before = Registrations.of(ID);
        long first = Filings.enterpriseId("demoqy01");
        long second = Filings.enterpriseId("demoqy02");
        Filings filings = Registrations.filings(browser);

        transferOut();
        Map<String, Object> moving = Registrations.of(ID);
        assertEquals("IN_TRANSFER", moving.get("status"));
        assertEquals(second, ((Number) moving.get("transfer_to_id")).longValue());

        browser.login("demoqy02", Filings.PASSWORD);
        openIncoming();
        returnPerson();
        assertTrue(browser.globalMessages().contains(NAME + " 已退回原企业"), browser.allMessages());
        Map<String, Object> back = Registrations.of(ID);
        assertEquals(before.get("status"), back.get("status"));
        assertEquals(first, ((Number) back.get("enterprise_id")).longValue());
        assertNull(back.get("transfer_to_id"));
        browser.logout();

        transferOut();
        browser.login("demoqy02", Filings.PASSWORD);
        openIncoming();
        browser.clickInRow(ID, "调入");
        assertEquals(NAME, browser.fieldByLabel("姓名").getDomProperty("value"));
        assertTrue(browser.driver().getPageSource().contains("内蒙古示范建设集团有限公司"), "原聘用企业 is filled in");
        filings.newBatch();
        browser.tick(Registrations.STATEMENT);
        long id = filings.save(TransferInType.CODE, ID);
        openIncoming();
        returnPerson();
        assertTrue(browser.globalMessages().contains("已填写调入申报，请先删除该申报再退回"), browser.allMessages());

        filings.upload(id, Filings.PHOTO, "身份证明（正反面）", "原聘用企业解聘证明", "新聘用企业劳动（聘用）合同");
        filings.submitBatch(id);
        openIncoming();
        returnPerson();
        assertTrue(browser.globalMessages().contains("调入申报已进入审批流程，不能退回"), browser.allMessages());
        assertEquals("IN_TRANSFER", Registrations.of(ID).get("status"));
        browser.logout();

        filings.approve("city150200", id);
        Map<String, Object> after = Registrations.of(ID);
        assertEquals(second, ((Number) after.get("enterprise_id")).longValue());
        assertEquals(TARGET, after.get("enterprise"));
        assertNull(after.get("transfer_to_id"));
        assertEquals(before.get("status"), after.get("status"));
        assertEquals(Filings.day(before.get("valid_until")), Filings.day(after.get("valid_until")));
        assertEquals(before.get("registration_no"), after.get("registration_no"));
    }

    /** demoqy01: 人员调出 → 调出 → 选择企业 → double click the target → 调出. */
    private void transferOut() {
        browser.login("demoqy01", Filings.PASSWORD);
        browser.click("二级建造师");
        browser.click("人员调出");
        browser.clickInRow(ID, "调出");
        browser.click("选择企业");
        // The platform holds many enterprises (the demo migrates the old system's sample): find the target by name.
        WebElement search = browser.wait(java.time.Duration.ofSeconds(10)).until(d -> d.findElements(By.xpath(
                "//div[contains(@class,'ui-dialog')]//input[@type='text']")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        search.sendKeys(TARGET);
        browser.click("查询");
        browser.waitForAjax();
        WebElement cell = browser.wait(java.time.Duration.ofSeconds(10)).until(d -> d.findElements(By.xpath(
                "//div[contains(@class,'ui-dialog')]//td[normalize-space(.)='" + TARGET + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        new Actions(browser.driver()).doubleClick(cell).perform();
        browser.waitForAjax();
        browser.wait(java.time.Duration.ofSeconds(10)).until(d -> d.findElement(By.id("transfer:target")).getText()
                .contains(TARGET));
        browser.screenshot("transfer-out");
        browser.click("调出");
        assertTrue(browser.globalMessages().contains(NAME + " 已调出至 " + TARGET), browser.allMessages());
        browser.logout();
    }

    private void openIncoming() {
        browser.open("/constructor/incoming.xhtml");
        assertTrue(browser.driver().getPageSource().contains(ID), NAME + " is in 人员调入");
    }

    private void returnPerson() {
        browser.clickInRow(ID, "退回");
        browser.click("确定");
    }
}
