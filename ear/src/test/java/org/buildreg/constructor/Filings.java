package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.openqa.selenium.By;

/**
 * The steps every 二级建造师 declaration test repeats, clicked as the users click them: save the open form into a
 * new batch, upload the checklist's attachments, 上报 the batch, and a reviewer's decision on the review page.
 */
final class Filings {

    static final String PASSWORD = "Demo2026";
    static final String STATEMENT = "本人无《二级建造师注册实施办法》第十七条（一）至（十一）规定不予注册的情形";
    /** The ID photo's line of every checklist. */
    static final String PHOTO = "证件照片";

    private final Browser browser;
    private final Path photo;
    private final Path scan;

    Filings(Browser browser) {
        this.browser = browser;
        try {
            Path dir = Files.createTempDirectory("attachments");
            photo = RenewalIT.image(dir.resolve("photo.jpg"), 120, 160, "jpg", false);
            scan = RenewalIT.image(dir.resolve("scan.png"), 600, 400, "png", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Today on the platform's clock (Beijing time), whatever the test machine's zone. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** 申报管理 → {@code menu}, then the row's link, as in the manual (e.g. "增项注册", 张建华's ID, "增项注册"). */
    void startFrom(String menu, String rowCell, String link) {
        browser.click("二级建造师");
        browser.click(menu);
        browser.clickInRow(rowCell, link);
    }

    /** On an open form: 快捷创建批次 (so no other test's batch is touched), then the form is filled by the caller. */
    void newBatch() {
        browser.click("快捷创建批次");
        assertTrue(browser.globalMessages().contains("已创建批次"), browser.allMessages());
    }

    /** 保存 of a form that must pass; returns the id of the person's draft (or 退回修改) declaration. */
    long save(String businessType, String idNumber) {
        browser.click("保存");
        assertTrue(browser.globalMessages().contains("申报已保存"), browser.allMessages());
        return ((Number) Database.scalar("SELECT MAX(id) FROM declaration WHERE business_type = ? AND subject_key = ?"
                + " AND stage IN ('DRAFT', 'RETURNED')", businessType, idNumber)).longValue();
    }

    /** 上传附件 of each line (the photo as a jpg, the others as a scan); the page then says the set is complete. */
    void upload(long declarationId, String... kinds) {
        browser.open("/constructor/declarations.xhtml?tab=PENDING_SINGLES");
        browser.clickInRow(number(declarationId), "上传附件");
        for (String kind : kinds) {
            browser.selectByLabel("附件类型", kind);
            browser.attachFile(kind.equals(PHOTO) ? photo : scan);
            browser.click("上传");
            assertEquals("附件已上传", browser.globalMessages(), kind);
        }
        assertTrue(browser.driver().getPageSource().contains("必需附件已齐全"), "all required attachments are there");
    }

    /** 待上报申请(批次) → the declaration's batch → 上报 → 确定. */
    void submitBatch(long declarationId) {
        String batch = (String) Database.scalar("SELECT b.name FROM declaration d JOIN declaration_batch b"
                + " ON b.id = d.batch_id WHERE d.id = ?", declarationId);
        browser.open("/constructor/declarations.xhtml?tab=PENDING_BATCHES");
        browser.clickInRow(batch, "上报");
        browser.click("确定");
        assertTrue(browser.globalMessages().contains("批次已上报，共 1 份申报"), browser.allMessages());
        assertEquals("CITY_REVIEW", stage(declarationId));
    }

    /** A reviewer signs in, decides on the review page and signs out; returns what the page said. */
    String decide(String reviewer, long declarationId, String decision, String opinion) {
        browser.login(reviewer, PASSWORD);
        browser.open("/review/declaration.xhtml?id=" + declarationId);
        browser.choose(decision);
        if (opinion != null) {
            browser.type("审核意见", opinion);
        }
        browser.click("提交审核");
        String said = browser.globalMessages();
        browser.logout();
        return said;
    }

    /** 同意 at the city, then at the province: the declaration is 审核通过 and its effect applied. */
    void approve(String cityReviewer, long declarationId) {
        String city = decide(cityReviewer, declarationId, "同意", null);
        assertTrue(city.contains("申报现为：自治区审批"), city);
        String province = decide("province01", declarationId, "同意", "材料齐全，同意");
        assertTrue(province.contains("申报现为：审核通过"), province);
        assertEquals("APPROVED", stage(declarationId));
        assertEquals(0L, count("SELECT COUNT(*) FROM declaration_in_flight WHERE declaration_id = ?", declarationId));
    }

    static String number(long declarationId) {
        return (String) Database.scalar("SELECT declaration_no FROM declaration WHERE id = ?", declarationId);
    }

    static String stage(long declarationId) {
        return (String) Database.scalar("SELECT stage FROM declaration WHERE id = ?", declarationId);
    }

    static long count(String sql, Object... params) {
        return ((Number) Database.scalar(sql, params)).longValue();
    }

    /** The registration of the person with that ID number, with its person's name and enterprise's name. */
    static Map<String, Object> registration(String idNumber) {
        return Database.query("SELECT r.id, r.registration_no, r.certificate_no, r.qualification_no, r.status,"
                + " r.issued_on, r.valid_until, r.enterprise_id, r.transfer_to_id, p.name, e.name AS enterprise"
                + " FROM constructor_registration r JOIN person p ON p.id = r.person_id"
                + " LEFT JOIN enterprise e ON e.id = r.enterprise_id WHERE p.id_number = ?", idNumber).get(0);
    }

    /** The registered specialties of the person with that ID number, e.g. "BUILDING,MUNICIPAL". */
    static String registrationSpecialties(String idNumber) {
        return Database.query("SELECT s.specialty FROM constructor_specialty s JOIN constructor_registration r"
                + " ON r.id = s.registration_id JOIN person p ON p.id = r.person_id WHERE p.id_number = ?"
                + " ORDER BY s.specialty", idNumber).stream().map(row -> String.valueOf(row.get("specialty")))
                .collect(java.util.stream.Collectors.joining(","));
    }

    static long enterpriseId(String username) {
        return count("SELECT enterprise_id FROM account WHERE username = ?", username);
    }

    /** A date column as yyyy-MM-dd, whether the driver hands back a timestamp or a date. */
    static String day(Object value) {
        return String.valueOf(value).substring(0, 10);
    }

    /** Closes a p:datePicker's popup after typing into it. */
    void closePopups() {
        browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }
}
