package org.buildreg.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;

/**
 * The steps every declaration test repeats, in any module, clicked as the users click them: save the open form
 * into a new batch, upload the checklist's attachments, 上报 the batch, and a reviewer's decision on the review page.
 */
public final class Filings {

    public static final String PASSWORD = "Demo2026";
    /** The ID photo's line of every checklist. */
    public static final String PHOTO = "证件照片";

    private final Browser browser;
    private final String tab;
    private final String folder;
    private final Path photo;
    private final Path scan;

    /** The filings of the module on tab {@code tab} (e.g. 安管人员) whose pages are in {@code folder} (/safetystaff/). */
    public Filings(Browser browser, String tab, String folder) {
        this.browser = browser;
        this.tab = tab;
        this.folder = folder;
        try {
            Path dir = Files.createTempDirectory("attachments");
            photo = image(dir.resolve("photo.jpg"), 120, 160, "jpg", false);
            scan = image(dir.resolve("scan.png"), 600, 400, "png", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test image; {@code noisy} makes it incompressible, so a 900×900 PNG is over 1 MB. */
    public static Path image(Path file, int width, int height, String format, boolean noisy) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, noisy ? random.nextInt(0xFFFFFF) : (x * 255 / width) << 16 | 0x3366);
            }
        }
        ImageIO.write(img, format, file.toFile());
        return file;
    }

    /** Today on the platform's clock (Beijing time), whatever the test machine's zone. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** 申报管理 → {@code menu}, then the row's link, as in the manual (e.g. "增项注册", 张建华's ID, "增项注册"). */
    public void startFrom(String menu, String rowCell, String link) {
        browser.click(tab);
        browser.click(menu);
        browser.clickInRow(rowCell, link);
    }

    /** On an open form: 快捷创建批次 (so no other test's batch is touched), then the form is filled by the caller. */
    public void newBatch() {
        browser.click("快捷创建批次");
        assertTrue(browser.globalMessages().contains("已创建批次"), browser.allMessages());
    }

    /** 保存 of a form that must pass; returns the id of the person's draft (or 退回修改) declaration. */
    public long save(String businessType, String idNumber) {
        browser.click("保存");
        assertTrue(browser.globalMessages().contains("申报已保存"), browser.allMessages());
        return ((Number) Database.scalar("SELECT MAX(id) FROM declaration WHERE business_type = ? AND subject_key = ?"
                + " AND stage IN ('DRAFT', 'RETURNED')", businessType, idNumber)).longValue();
    }

    /** 上传附件 of each line (the photo as a jpg, the others as a scan); the page then says the set is complete. */
    public void upload(long declarationId, String... kinds) {
        browser.open(folder + "declarations.xhtml?tab=PENDING_SINGLES");
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
    public void submitBatch(long declarationId) {
        String batch = (String) Database.scalar("SELECT b.name FROM declaration d JOIN declaration_batch b"
                + " ON b.id = d.batch_id WHERE d.id = ?", declarationId);
        browser.open(folder + "declarations.xhtml?tab=PENDING_BATCHES");
        browser.clickInRow(batch, "上报");
        browser.click("确定");
        assertTrue(browser.globalMessages().contains("批次已上报，共 1 份申报"), browser.allMessages());
        assertEquals("CITY_REVIEW", stage(declarationId));
    }

    /** A reviewer signs in, decides on the review page and signs out; returns what the page said. */
    public String decide(String reviewer, long declarationId, String decision, String opinion) {
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
    public void approve(String cityReviewer, long declarationId) {
        String city = decide(cityReviewer, declarationId, "同意", null);
        assertTrue(city.contains("申报现为：自治区审批"), city);
        String province = decide("province01", declarationId, "同意", "材料齐全，同意");
        assertTrue(province.contains("申报现为：审核通过"), province);
        assertEquals("APPROVED", stage(declarationId));
        assertEquals(0L, count("SELECT COUNT(*) FROM declaration_in_flight WHERE declaration_id = ?", declarationId));
    }

    public static String number(long declarationId) {
        return (String) Database.scalar("SELECT declaration_no FROM declaration WHERE id = ?", declarationId);
    }

    public static String stage(long declarationId) {
        return (String) Database.scalar("SELECT stage FROM declaration WHERE id = ?", declarationId);
    }

    public static long count(String sql, Object... params) {
        return ((Number) Database.scalar(sql, params)).longValue();
    }

    public static long enterpriseId(String username) {
        return count("SELECT enterprise_id FROM account WHERE username = ?", username);
    }

    /** A date column as yyyy-MM-dd, whether the driver hands back a timestamp or a date. */
    public static String day(Object value) {
        return String.valueOf(value).substring(0, 10);
    }

    /** Closes a p:datePicker's popup after typing into it. */
    public void closePopups() {
        browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }
}
