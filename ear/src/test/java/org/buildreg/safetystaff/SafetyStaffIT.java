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
    /** 刘海军, imported from the old system. */
    private static final String IMPORTED = "150105197904123313";
    /** The demo's 安全生产考核: 吴海涛 passed as 项目负责人, 郑丽 failed 土建. */
    private static final String PASSED = "150103198805234714";
    private static final String FAILED = "150104199108145821";

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

    /**
     * 信息补录 of 刘海军, who came from the old system with a 综合 certificate: offered in 已办证书 for him only, the
     * change kept in 查看历史补录 of this module; 李秀英 (not imported) is refused.
     */
    @Test
    void anImportedHolderIsSupplementedInThisModule() {
        Map<String, Object> imported = certificate(IMPORTED);
        long before = Filings.count("SELECT COUNT(*) FROM person_supplement WHERE module = 'SAFETY_STAFF'");
        browser.login("demoqy01", Filings.PASSWORD);
        browser.click("安管人员");
        browser.click("已办证书");
        assertTrue(browser.driver().findElements(By.xpath(
                "//tr[td[normalize-space(.)='李秀英']]//a[normalize-space(.)='信息补录']")).isEmpty(),
                "only imported persons are supplemented");
        browser.clickInRow("刘海军", "信息补录");
        assertTrue(browser.driver().getPageSource().contains("提交申报后只能“证书变更”"), "the manual's note");
        browser.type("联系电话", "0471-6600099");
        browser.click("保存");
        assertTrue(browser.globalMessages().contains("信息补录已保存"), browser.allMessages());
        assertTrue(browser.driver().getPageSource().contains("→ 0471-6600099"), "查看历史补录 shows the change");
        assertEquals(before + 1, Filings.count("SELECT COUNT(*) FROM person_supplement WHERE module = 'SAFETY_STAFF'"));
        assertEquals("0471-6600099", Database.scalar("SELECT phone FROM person WHERE id_number = ?", IMPORTED));

        browser.open("/safetystaff/supplement.xhtml?id=" + certificate(EXPIRING).get("id"));
        assertTrue(browser.globalMessages().contains("仅旧系统导入的人员需要补录信息"), browser.allMessages());
        browser.open("/safetystaff/supplement-history.xhtml?id=" + imported.get("id"));
        assertTrue(browser.driver().getPageSource().contains("0471-6600099"), "history is there to read again");
        browser.logout();
    }

    /**
     * 遗失补办 of 张建华's certificate: refused without 补办原因 and 本人签字, then filed and approved; the certificate
     * keeps its number and validity, and the printed certificate shows the 补发日期.
     */
    @Test
    void aLostCertificateIsIssuedAgainWithItsNumber() {
        Filings filings = new Filings(browser, "安管人员", "/safetystaff/");
        Map<String, Object> before = certificate(EARLY);
        browser.login("demoqy01", Filings.PASSWORD);
        filings.startFrom("遗失补办", (String) before.get("certificate_no"), "补办");
        assertEquals("建筑施工企业安全生产管理人员证书遗失补办申请表", browser.driver().findElement(
                By.cssSelector(".br-paper-title")).getText());
        assertEquals("张建华", browser.fieldByLabel("姓名").getDomProperty("value"));
        filings.newBatch();
        browser.click("保存");
        assertEquals("请填写补办原因", browser.messageFor("补办原因"));
        assertEquals("请确认本人声明（本人签字）", browser.messageFor(ReplacementType.STATEMENT));
        browser.type("补办原因", "证书在施工现场遗失，已登报声明作废");
        browser.tick(ReplacementType.STATEMENT);
        long id = filings.save(SafetyStaffRules.REPLACEMENT, EARLY);
        filings.upload(id, Filings.PHOTO, "身份证明（正反面）", "遗失声明（登报声明或本人书面声明）", "劳动（聘用）合同");
        filings.submitBatch(id);
        browser.logout();
        filings.approve("city150100", id);

        Map<String, Object> after = certificate(EARLY);
        assertEquals(before.get("certificate_no"), after.get("certificate_no"));
        assertEquals(Filings.day(before.get("valid_until")), Filings.day(after.get("valid_until")));
        assertEquals("VALID", after.get("status"));
        assertEquals(Filings.today().toString(), Filings.day(after.get("reissued_on")));
        browser.login("demoqy01", Filings.PASSWORD);
        String printed = Pdfs.text(browser.fetch("/safetystaff/certificate/print?id=" + after.get("id")))
                .replace(" ", "");
        String day = Filings.today().format(java.time.format.DateTimeFormatter.ofPattern("yyyy年MM月dd日"));
        assertTrue(printed.contains("补发日期") && printed.contains(day), "the certificate shows its 补发日期:\n" + printed);
        String form = Pdfs.text(browser.fetch("/declaration/print?id=" + id)).replace(" ", "");
        assertTrue(form.contains("证书在施工现场遗失"), form);
    }

    /**
     * 新增申报 through its four tabs: 郑丽's failed 考核 and a category she sat no 考核 in are refused beside 人员类别;
     * 吴海涛's pass fills 参加考试时间 and 考试成绩; a 履历 line ending before it starts is refused on the 履历信息 tab;
     * the saved form is filed, approved at both levels and issues 蒙建安B(year)NNNNNNN to the enterprise.
     */
    @Test
    void newApplicationIsCheckedAgainstTheExamAndIssuesACertificate() {
        Filings filings = new Filings(browser, "安管人员", "/safetystaff/");
        browser.login("demoqy01", Filings.PASSWORD);
        browser.click("安管人员");
        browser.click("新增申报");
        assertEquals("建筑施工企业安全生产管理人员安全生产考核合格证书申请表", browser.driver().findElement(
                By.cssSelector(".br-paper-title")).getText());
        assertTrue(visible("cover") && !visible("basic"), "首页申请信息 comes first");
        assertTrue(browser.driver().getPageSource().contains("内蒙古示范建设集团有限公司"), "申报企业 is filled in");
        browser.screenshot("safetystaff-new-cover");
        filings.newBatch();

        browser.click("基本信息");
        browser.type("姓名", "郑丽");
        browser.choose("女");
        browser.type("证件号", FAILED);
        browser.type("手机号码", "13947100031");
        browser.choose("土建安全生产管理人员");
        browser.waitUntil(() -> text("examScore").equals("52分（不合格）"));
        browser.type("出生日期", "1991-08-14");
        browser.click("保存");
        browser.screenshot("safetystaff-new-refused");
        assertEquals("该人员“土建安全生产管理人员”安全生产考核成绩为52分（不合格），考核合格后方可申报",
                browser.messageFor("人员类别"), browser.allMessages());
        assertTrue(visible("basic"), "the tab of the refused field is shown");
        browser.choose("项目负责人");
        browser.click("保存");
        assertEquals("未查询到该人员“项目负责人”的安全生产考核记录（姓名、证件号码须与考核数据一致），不能申报",
                browser.messageFor("人员类别"));
        assertEquals(0L, Filings.count("SELECT COUNT(*) FROM declaration WHERE subject_key = ?", FAILED));

        // A new form for the person who passed: the batch made above is chosen for it.
        browser.click("新增申报");
        browser.click("基本信息");
        browser.type("姓名", "吴海涛");
        browser.choose("男");
        browser.type("证件号", PASSED);
        browser.choose("项目负责人");
        browser.waitUntil(() -> text("examScore").equals("86分（合格）"));
        browser.type("手机号码", "13947100032");
        browser.type("职称", "工程师");
        browser.type("出生日期", "1988-05-23");
        LocalDate examDate = Filings.today().minusMonths(2);
        assertEquals(examDate.toString(), text("examDate"));
        browser.click("保存");
        assertTrue(visible("history"), "保存 shows the 履历信息 tab, where the refused line is");
        assertTrue(browser.allMessages().contains("履历第1行：请填写起始时间"), browser.allMessages());

        historyField(0, "unit").sendKeys("呼和浩特市第一建筑工程公司");
        historyField(0, "post").sendKeys("施工员");
        typeDate(historyField(0, "startedOn"), "2010-07-01");
        typeDate(historyField(0, "endedOn"), "2016-06-30");
        browser.click("增加一行");
        historyField(1, "unit").sendKeys("内蒙古示范建设集团有限公司");
        historyField(1, "post").sendKeys("项目经理");
        typeDate(historyField(1, "startedOn"), "2016-07-01");
        typeDate(historyField(1, "endedOn"), "2015-01-01");
        browser.click("基本信息");
        browser.click("保存");
        assertTrue(visible("history"), "保存 shows the 履历信息 tab, where the refused line is");
        assertTrue(browser.driver().getPageSource().contains("履历第2行：终止时间早于起始时间"), browser.allMessages());
        typeDate(historyField(1, "endedOn"), "");
        browser.screenshot("safetystaff-new-history");
        long id = filings.save(SafetyStaffRules.NEW, PASSED);
        assertEquals(0L, Filings.count("SELECT COUNT(*) FROM safety_staff_certificate c JOIN person p"
                + " ON p.id = c.person_id WHERE p.id_number = ?", PASSED));

        filings.upload(id, Filings.PHOTO, "身份证明（正反面）", "学历证书", "劳动（聘用）合同",
                "安全生产相关工作经历证明（所在企业出具）");
        filings.submitBatch(id);
        browser.logout();
        filings.approve("city150100", id);

        Map<String, Object> issued = certificate(PASSED);
        LocalDate today = Filings.today();
        assertTrue(((String) issued.get("certificate_no")).matches("蒙建安B\\(" + today.getYear() + "\\)3\\d{6}"),
                issued.toString());
        assertEquals("B", issued.get("category"));
        assertEquals("VALID", issued.get("status"));
        assertEquals(today.plusYears(3).toString(), Filings.day(issued.get("valid_until")));
        assertEquals(Filings.enterpriseId("demoqy01"), ((Number) issued.get("enterprise_id")).longValue());

        browser.login("demoqy01", Filings.PASSWORD);
        String printed = Pdfs.text(browser.fetch("/declaration/print?id=" + id)).replace(" ", "");
        for (String wanted : new String[] {"建筑施工企业安全生产管理人员安全生产考核合格证书申请表", "吴海涛",
                "86分（合格）", "呼和浩特市第一建筑工程公司", "2016-07-01至今", Filings.number(id)}) {
            assertTrue(printed.contains(wanted), "the printed form shows " + wanted + ":\n" + printed);
        }
        browser.click("安管人员");
        browser.click("已办证书");
        assertTrue(browser.driver().getPageSource().contains((String) issued.get("certificate_no")),
                "已办证书 lists the new certificate");
    }

    /**
     * Types a date into a 履历 picker (which opens no panel on focus) as a user does: what was there selected and
     * deleted first, since a refused picker keeps what was sent.
     */
    private static void typeDate(WebElement field, String day) {
        field.click();
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        field.sendKeys(day);
        assertEquals(day, field.getDomProperty("value"), "the date picker holds what was typed");
    }

    private static boolean visible(String tab) {
        return browser.driver().findElement(By.cssSelector(".br-sheet-panel[data-tab='" + tab + "']")).isDisplayed();
    }

    private static String text(String id) {
        java.util.List<WebElement> found = browser.driver().findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }

    private static WebElement historyField(int line, String field) {
        String input = field.endsWith("On") ? field + "_input" : field;
        return browser.driver().findElement(By.cssSelector("input[id$=':" + line + ":" + input + "']"));
    }

    /** The demo's 安管人员证书 of the person with that ID number (the first one issued to him). */
    private static Map<String, Object> certificate(String idNumber) {
        return Database.query("SELECT c.id, c.certificate_no, c.category, c.status, c.issued_on, c.valid_until,"
                + " c.enterprise_id, c.transfer_to_id, c.reissued_on FROM safety_staff_certificate c JOIN person p ON p.id = c.person_id"
                + " WHERE p.id_number = ? ORDER BY c.id", idNumber).get(0);
    }
}
