package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Filings;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 延续注册 end to end, as the users click it: the enterprise fills the auto-filled form into a new batch, uploads
 * attachments (a PDF renamed .jpg and an oversized photo are refused), cannot 上报 while attachments are missing,
 * then submits; another 盟市's reviewer and another enterprise are refused; the city approves, the province
 * approves, and the enterprise sees the registration valid for three more years.
 */
class RenewalIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String PERSON = "李秀英";

    @Test
    void renewalIsFiledReviewedAndApplied() throws IOException {
        Path dir = Files.createTempDirectory("attachments");
        Path photo = Filings.image(dir.resolve("photo.jpg"), 120, 160, "jpg", false);
        Path scan = Filings.image(dir.resolve("scan.png"), 600, 400, "png", false);
        Path hugePhoto = Filings.image(dir.resolve("huge.png"), 900, 900, "png", true);
        Path pdfAsJpg = dir.resolve("contract.jpg");
        Files.writeString(pdfAsJpg, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

        browser.login("demoqy01", "Demo2026");
        browser.click("二级建造师");
        browser.click("延续注册");
        browser.clickInRow(PERSON, "延续");
        assertEquals("二级建造师延续注册申请表（2-1）", browser.driver().findElement(
                org.openqa.selenium.By.cssSelector(".br-paper-title")).getText());
        assertEquals(PERSON, browser.fieldByLabel("姓名").getAttribute("value"));

        browser.selectByLabel("选择批次", "请选择批次");
        browser.click("保存");
        assertEquals("请选择批次或快捷创建批次", browser.messageFor("选择批次"));
        assertTrue(browser.driver().getPageSource().contains("请确认本人无《二级建造师注册实施办法》第十七条规定不予注册的情形"));

        browser.click("快捷创建批次");
        assertTrue(browser.globalMessages().contains("已创建批次"), browser.globalMessages());
        browser.tick("本人无《二级建造师注册实施办法》第十七条（一）至（十一）规定不予注册的情形");
        browser.click("保存");
        assertTrue(browser.globalMessages().contains("申报已保存"), browser.allMessages());
        String number = (String) Database.scalar("SELECT declaration_no FROM declaration WHERE subject_name = ?"
                + " AND business_type = 'CONSTRUCTOR_RENEWAL' AND stage = 'DRAFT'", PERSON);
        Long id = ((Number) Database.scalar("SELECT id FROM declaration WHERE declaration_no = ?", number)).longValue();

        // A second renewal of the same person is refused with the number of the first.
        browser.click("延续注册");
        browser.clickInRow(PERSON, "延续");
        browser.tick("本人无《二级建造师注册实施办法》第十七条（一）至（十一）规定不予注册的情形");
        browser.click("保存");
        assertTrue(browser.globalMessages().contains("已有在办申报（申报单号 " + number + "）"), browser.globalMessages());

        browser.open("/constructor/declarations.xhtml?tab=PENDING_SINGLES");
        browser.clickInRow(number, "上传附件");
        browser.selectByLabel("附件类型", "证件照片");
        browser.attachFile(pdfAsJpg);
        browser.click("上传");
        assertTrue(browser.messageFor("选择文件").contains("只能上传 jpg 或 png 格式的图片"), browser.messageFor("选择文件"));
        browser.selectByLabel("附件类型", "证件照片");
        browser.attachFile(hugePhoto);
        browser.click("上传");
        assertTrue(browser.messageFor("选择文件").contains("证件照片文件过大，不能超过1MB"), browser.messageFor("选择文件"));
        browser.selectByLabel("附件类型", "证件照片");
        browser.attachFile(photo);
        browser.click("上传");
        assertEquals("附件已上传", browser.globalMessages());
        assertEquals(1L, ((Number) Database.scalar("SELECT COUNT(*) FROM declaration_attachment WHERE declaration_id = ?",
                id)).longValue());

        browser.open("/constructor/declarations.xhtml?tab=PENDING_BATCHES");
        browser.click("上报");
        browser.click("确定");
        assertTrue(browser.globalMessages().contains("缺少附件：身份证明（正反面）、继续教育证明、劳动（聘用）合同"),
                browser.globalMessages());
        assertEquals("DRAFT", Database.scalar("SELECT stage FROM declaration WHERE id = ?", id));

        browser.open("/constructor/attachments.xhtml?id=" + id);
        for (String kind : new String[] {"身份证明（正反面）", "继续教育证明", "劳动（聘用）合同"}) {
            browser.selectByLabel("附件类型", kind);
            browser.attachFile(scan);
            browser.click("上传");
            assertEquals("附件已上传", browser.globalMessages());
        }
        browser.open("/constructor/declarations.xhtml?tab=PENDING_BATCHES");
        browser.click("上报");
        browser.click("确定");
        assertTrue(browser.globalMessages().contains("批次已上报，共 1 份申报"), browser.globalMessages());
        assertEquals("CITY_REVIEW", Database.scalar("SELECT stage FROM declaration WHERE id = ?", id));
        browser.logout();

        // Not this 盟市's reviewer, not this enterprise: refused by id.
        browser.login("city150200", "Demo2026");
        browser.open("/review/declaration.xhtml?id=" + id);
        assertTrue(browser.driver().getPageSource().contains("无权访问"), "another city's reviewer must be refused");
        browser.open("/declaration/attachment?d=" + id + "&a=" + Database.scalar(
                "SELECT MIN(id) FROM declaration_attachment WHERE declaration_id = ?", id));
        assertTrue(browser.driver().getPageSource().contains("无权访问"), "attachments of another city refused");
        browser.open("/home.xhtml");
        browser.logout();
        browser.login("demoqy02", "Demo2026");
        browser.open("/constructor/declaration.xhtml?id=" + id);
        assertTrue(browser.driver().getPageSource().contains("无权访问"), "another enterprise must be refused");
        browser.open("/declaration/print?id=" + id);
        assertTrue(browser.driver().getPageSource().contains("无权访问"), "another enterprise cannot print it");
        browser.open("/constructor/attachments.xhtml?id=" + id);
        assertTrue(browser.driver().getPageSource().contains("无权访问"), "nor change its attachments");
        browser.open("/constructor/form.xhtml?id=" + id);
        assertTrue(browser.driver().getPageSource().contains("无权访问"), "nor open its form");
        browser.open("/home.xhtml");
        browser.logout();

        browser.login("city150100", "Demo2026");
        browser.click("申报审核");
        browser.clickInRow(number, "审核");
        assertTrue(browser.driver().getPageSource().contains("继续教育证明"));
        browser.choose("退回修改");
        browser.click("提交审核");
        assertEquals("不同意或退回修改时必须填写审核意见", browser.messageFor("审核意见"));
        browser.type("审核意见", "请填写其它注册情况");
        browser.click("提交审核");
        assertTrue(browser.globalMessages().contains("申报现为：退回修改"), browser.allMessages());
        browser.logout();

        // 退回修改: the enterprise changes the form (it stays in its batch) and submits it again.
        browser.login("demoqy01", "Demo2026");
        browser.open("/constructor/declarations.xhtml?tab=PENDING_SINGLES");
        browser.clickInRow(number, "修改");
        browser.type("其它注册情况", "无");
        browser.click("保存");
        assertTrue(browser.globalMessages().contains("申报已保存"), browser.allMessages());
        assertTrue(String.valueOf(Database.scalar("SELECT CAST(form_data AS VARCHAR2(4000)) FROM declaration WHERE id = ?", id))
                .contains("\"otherRegistrations\":\"无\""));
        browser.clickInRow(number, "上报");
        assertTrue(browser.globalMessages().contains("申报已重新上报"), browser.allMessages());
        assertEquals("CITY_REVIEW", Database.scalar("SELECT stage FROM declaration WHERE id = ?", id));
        browser.logout();

        browser.login("city150100", "Demo2026");
        browser.open("/review/declaration.xhtml?id=" + id);
        browser.choose("同意");
        browser.click("提交审核");
        assertTrue(browser.globalMessages().contains("申报现为：自治区审批"), browser.globalMessages());
        browser.logout();

        browser.login("province01", "Demo2026");
        browser.open("/review/declaration.xhtml?id=" + id);
        browser.type("审核意见", "材料齐全，同意延续注册");
        browser.click("提交审核");
        assertTrue(browser.globalMessages().contains("申报现为：审核通过"), browser.globalMessages());
        browser.click("统计");
        String stats = browser.driver().getPageSource();
        assertTrue(stats.contains("各环节平均办理时间") && stats.contains("自治区审批"), "time in each stage");
        browser.screenshot("review-stats");
        browser.logout();

        // The platform runs on Beijing time (the domain's user.timezone), whatever the test machine's zone.
        LocalDate until = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(3).minusDays(1);
        assertTrue(String.valueOf(Database.scalar("SELECT r.valid_until FROM constructor_registration r"
                + " JOIN person p ON p.id = r.person_id WHERE p.name = ?", PERSON)).startsWith(until.toString()));
        assertEquals(0L, ((Number) Database.scalar("SELECT COUNT(*) FROM declaration_in_flight WHERE declaration_id = ?",
                id)).longValue());
        assertEquals(3L, ((Number) Database.scalar("SELECT COUNT(*) FROM review_step WHERE declaration_id = ?", id))
                .longValue());

        browser.login("demoqy01", "Demo2026");
        browser.open("/constructor/declarations.xhtml?tab=SUBMITTED_SINGLES");
        browser.clickInRow(number, "审核历史");
        String page = browser.driver().getPageSource();
        assertTrue(page.contains("盟市审核") && page.contains("呼和浩特市住房和城乡建设局") && page.contains("报批"));
        assertTrue(page.contains("请填写其它注册情况") && page.contains("退回"), "the 退回 step stays in the history");
        assertTrue(page.contains("自治区审批") && page.contains("材料齐全，同意延续注册") && page.contains("办结"));
        browser.screenshot("renewal-history");
        browser.open("/constructor/certificates.xhtml");
        assertTrue(browser.driver().getPageSource().contains(until.toString()), "已办证书 shows the new validity");

        // 打印: the 申请表 as PDF, read back with iText's extractor.
        String printed = Pdfs.text(browser.fetch("/declaration/print?id=" + id)).replace(" ", "");
        for (String wanted : new String[] {"二级建造师延续注册申请表（2-1）", PERSON, "内蒙古示范建设集团有限公司", number,
                "申请人（签字）", "第1页共1页", "建筑工程"}) {
            assertTrue(printed.contains(wanted), "the printed form shows " + wanted + ":\n" + printed);
        }
        // Its QR code leads to the public page, which knows the declaration by its number.
        browser.logout();
        browser.open("/verify?no=" + number);
        assertTrue(browser.driver().getPageSource().contains("审核通过"), "verify knows the printed form");
    }
}
