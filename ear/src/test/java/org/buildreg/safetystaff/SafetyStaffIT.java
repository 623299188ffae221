package org.buildreg.safetystaff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Filings;
import org.buildreg.testsupport.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * 安管人员 on the shared declaration workflow, as the users click it: 证书延期 is refused before the three-month window
 * and filed, reviewed and applied inside it (三年 more, same number), a second one in flight is refused;
 * 人员调出 of 王志强's certificate, 退回 by the new enterprise, 调出 again, 人员调入 filed and approved moves it;
 * 证书变更 of 人员类别 is refused from B and applied from C1 to C3; 证书注销 asks for its reason and 诚信证明.
 */
class SafetyStaffIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String EXPIRING = "150104198506202348";
    private static final String EARLY = "150102198003151232";
    private static final String MOVING = "150121197809093451";
    private static final String TARGET = "包头市示范建筑工程有限公司";
    /** demoqy02's 项目负责人 (B) and 机械安全生产管理人员 (C1). */
    private static final String PROJECT_LEAD = "150203198201014556";
    private static final String MECHANICAL = "150204199007125683";

    @Test
    void extensionIsRefusedEarlyThenFiledReviewedAndApplied() {
        Filings filings = new Filings(browser, "安管人员", "/safetystaff/");
        Map<String, Object> before = certificate(EXPIRING);
        browser.login("demoqy01", Filings.PASSWORD);

        filings.startFrom("证书延期", (String) certificate(EARLY).get("certificate_no"), "延期");
        assertTrue(browser.globalMessages().contains("有效期届满前3个月内"), browser.allMessages());
        assertTrue(browser.driver().findElements(By.id("declaration:save")).isEmpty(), "no form to save");

        filings.startFrom("证书延期", (String) before.get("certificate_no"), "延期");
        assertEquals("建筑施工企业安全生产管理人员考核合格证书延期申请表", browser.driver().findElement(
                By.cssSelector(".br-paper-title")).getText());
        assertEquals("李秀英", browser.fieldByLabel("姓名").getDomProperty("value"));
        LocalDate until = LocalDate.parse(Filings.day(before.get("valid_until")));
        assertTrue(browser.driver().getPageSource().contains(until.plusYears(3).toString()), "延期后有效期至 shown");
        browser.type("手机号码", "1394710");
        filings.newBatch();
        browser.click("保存");
        assertEquals("手机号码应为11位数字", browser.messageFor("手机号码"));
        browser.type("手机号码", "13947100021");
        long id = filings.save(SafetyStaffRules.EXTENSION, EXPIRING);
        browser.screenshot("safetystaff-extension-saved");

        filings.startFrom("证书延期", (String) before.get("certificate_no"), "延期");
        filings.newBatch();
        browser.click("保存");
        assertTrue(browser.globalMessages().contains("已有在办申报（申报单号 " + Filings.number(id) + "）"),
                browser.allMessages());

        filings.upload(id, Filings.PHOTO, "身份证明（正反面）", "安全生产考核合格证书", "安全生产继续教育（培训）合格证明",
                "劳动（聘用）合同");
        filings.submitBatch(id);
        browser.logout();
        filings.approve("city150100", id);

        Map<String, Object> after = certificate(EXPIRING);
        assertEquals(until.plusYears(3).toString(), Filings.day(after.get("valid_until")));
        assertEquals("VALID", after.get("status"));
        assertEquals(before.get("certificate_no"), after.get("certificate_no"));
        assertEquals(Filings.day(before.get("issued_on")), Filings.day(after.get("issued_on")));

        browser.login("demoqy01", Filings.PASSWORD);
        String printed = Pdfs.text(browser.fetch("/declaration/print?id=" + id)).replace(" ", "");
        for (String wanted : new String[] {"建筑施工企业安全生产管理人员考核合格证书延期申请表", "李秀英",
                (String) before.get("certificate_no"), "项目负责人", Filings.number(id)}) {
            assertTrue(printed.contains(wanted), "the printed form shows " + wanted + ":\n" + printed);
        }
        // 已办证书 → 打印证书: the certificate with its new validity, sealed, its QR code to /verify.
        browser.click("安管人员");
        browser.click("已办证书");
        assertTrue(browser.driver().getPageSource().contains("打印证书"), "已办证书 offers 打印证书");
        String certificate = Pdfs.text(browser.fetch("/safetystaff/certificate/print?id=" + after.get("id")))
                .replace(" ", "");
        LocalDate newUntil = until.plusYears(3);
        for (String wanted : new String[] {"建筑施工企业安全生产管理人员安全生产考核合格证书", "李秀英",
                (String) before.get("certificate_no"), "项目负责人", newUntil.getYear() + "年"}) {
            assertTrue(certificate.contains(wanted), "the certificate shows " + wanted + ":\n" + certificate);
        }
        browser.logout();
        browser.open("/verify?no=" + before.get("certificate_no"));
        assertTrue(browser.driver().getPageSource().contains(until.plusYears(3).toString()), "verify shows the new 有效期至");
    }

    @Test
    void aCertificateMovesToAnotherEnterprise() {
        Filings filings = new Filings(browser, "安管人员", "/safetystaff/");
        Map<String, Object> before = certificate(MOVING);
        String number = (String) before.get("certificate_no");
        long first = Filings.enterpriseId("demoqy01");
        long second = Filings.enterpriseId("demoqy02");

        transferOut(filings, number);
        assertEquals("IN_TRANSFER", certificate(MOVING).get("status"));
        browser.login("demoqy02", Filings.PASSWORD);
        browser.click("安管人员");
        browser.click("人员调入");
        browser.clickInRow(number, "退回");
        browser.click("确定");
        assertTrue(browser.globalMessages().contains("王志强 已退回原企业"), browser.allMessages());
        Map<String, Object> back = certificate(MOVING);
        assertEquals(before.get("status"), back.get("status"));
        assertEquals(first, ((Number) back.get("enterprise_id")).longValue());
        assertNull(back.get("transfer_to_id"));
        browser.logout();

        transferOut(filings, number);
        browser.login("demoqy02", Filings.PASSWORD);
        filings.startFrom("人员调入", number, "调入");
        assertEquals("王志强", browser.fieldByLabel("姓名").getDomProperty("value"));
        assertTrue(browser.driver().getPageSource().contains("内蒙古示范建设集团有限公司"), "原企业 is filled in");
        filings.newBatch();
        long id = filings.save(SafetyStaffRules.TRANSFER_IN, MOVING);
        browser.click("人员调入");
        browser.clickInRow(number, "退回");
        browser.click("确定");
        assertTrue(browser.globalMessages().contains("已填写调入申报，请先删除该申报再退回"), browser.allMessages());
        filings.upload(id, Filings.PHOTO, "身份证明（正反面）", "原企业解聘证明", "新企业劳动（聘用）合同");
        filings.submitBatch(id);
        browser.logout();
        filings.approve("city150200", id);

        Map<String, Object> after = certificate(MOVING);
        assertEquals(second, ((Number) after.get("enterprise_id")).longValue());
        assertNull(after.get("transfer_to_id"));
        assertEquals(before.get("status"), after.get("status"));
        assertEquals(Filings.day(before.get("valid_until")), Filings.day(after.get("valid_until")));
        assertEquals(number, after.get("certificate_no"));
    }

    @Test
    void aCategoryChangesOnlyAmongCAndACertificateIsCancelled() {
        Filings filings = new Filings(browser, "安管人员", "/safetystaff/");
        String lead = (String) certificate(PROJECT_LEAD).get("certificate_no");
        Map<String, Object> before = certificate(MECHANICAL);
        browser.login("demoqy02", Filings.PASSWORD);

        filings.startFrom("证书变更", lead, "变更");
        assertEquals("建筑施工企业安全生产管理人员证书变更申请表", browser.driver().findElement(
                By.cssSelector(".br-paper-title")).getText());
        filings.newBatch();
        browser.click("保存");
        assertEquals("请选择申请内容", browser.messageFor("申请内容"));
        browser.choose("人员类别");
        browser.selectByLabel("变更后人员类别", "土建安全生产管理人员");
        browser.click("保存");
        assertTrue(browser.messageFor("变更后人员类别").startsWith("人员类别只能在C1、C2、C3之间变更"),
                browser.allMessages());
        browser.screenshot("safetystaff-change-refused");
        assertEquals(0L, Filings.count("SELECT COUNT(*) FROM declaration WHERE subject_key = ?"
                + " AND business_type = ?", PROJECT_LEAD, SafetyStaffRules.CHANGE));

        filings.startFrom("证书变更", (String) before.get("certificate_no"), "变更");
        filings.newBatch();
        browser.choose("人员类别");
        browser.selectByLabel("变更后人员类别", "综合安全生产管理人员");
        long change = filings.save(SafetyStaffRules.CHANGE, MECHANICAL);
        filings.upload(change, Filings.PHOTO, "身份证明（正反面）", "安全生产考核合格证书",
                "变更证明材料（户籍或公安机关证明、岗位任职文件）");
        filings.submitBatch(change);

        filings.startFrom("证书注销", lead, "注销");
        filings.newBatch();
        browser.click("保存");
        assertEquals("请填写注销原因", browser.messageFor("注销原因"));
        assertTrue(browser.driver().getPageSource().contains("请确认注销人诚信证明"), browser.allMessages());
        browser.type("注销原因", "本人已退休，不再从事项目负责人工作");
        browser.tick(CancellationType.INTEGRITY);
        long cancellation = filings.save(SafetyStaffRules.CANCELLATION, PROJECT_LEAD);
        browser.screenshot("safetystaff-cancellation-saved");
        filings.upload(cancellation, Filings.PHOTO, "身份证明（正反面）", "安全生产考核合格证书",
                "注销人诚信证明（本人签章）");
        filings.submitBatch(cancellation);
        browser.logout();

        filings.approve("city150200", change);
        Map<String, Object> changed = certificate(MECHANICAL);
        assertEquals("C3", changed.get("category"));
        assertEquals(before.get("certificate_no"), changed.get("certificate_no"));
        assertEquals(Filings.day(before.get("valid_until")), Filings.day(changed.get("valid_until")));

        filings.approve("city150200", cancellation);
        assertEquals("CANCELLED", certificate(PROJECT_LEAD).get("status"));
        browser.login("demoqy02", Filings.PASSWORD);
        browser.click("安管人员");
        browser.click("证书注销");
        assertTrue(!browser.driver().getPageSource().contains(lead), "a cancelled certificate is no longer offered");
        browser.logout();
    }

    /** demoqy01: 人员调出 → 调出 → 选择企业 → double click the target → 调出. */
    private static void transferOut(Filings filings, String number) {
        browser.login("demoqy01", Filings.PASSWORD);
        filings.startFrom("人员调出", number, "调出");
        browser.click("选择企业");
        WebElement search = browser.wait(Duration.ofSeconds(10)).until(d -> d.findElements(By.xpath(
                "//div[contains(@class,'ui-dialog')]//input[@type='text']")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        search.sendKeys(TARGET);
        browser.click("查询");
        browser.waitForAjax();
        WebElement cell = browser.wait(Duration.ofSeconds(10)).until(d -> d.findElements(By.xpath(
                "//div[contains(@class,'ui-dialog')]//td[normalize-space(.)='" + TARGET + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        new Actions(browser.driver()).doubleClick(cell).perform();
        browser.waitForAjax();
        browser.wait(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("transfer:target")).getText()
                .contains(TARGET));
        browser.screenshot("safetystaff-transfer-out");
        browser.click("调出");
        assertTrue(browser.globalMessages().contains("王志强 已调出至 " + TARGET), browser.allMessages());
        browser.logout();
    }

    /** The demo's 安管人员证书 of the person with that ID number (the first one issued to him). */
    private static Map<String, Object> certificate(String idNumber) {
        return Database.query("SELECT c.id, c.certificate_no, c.category, c.status, c.issued_on, c.valid_until,"
                + " c.enterprise_id, c.transfer_to_id FROM safety_staff_certificate c JOIN person p ON p.id = c.person_id"
                + " WHERE p.id_number = ? ORDER BY c.id", idNumber).get(0);
    }
}
