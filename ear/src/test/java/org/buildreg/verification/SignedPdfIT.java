package org.buildreg.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.buildreg.print.Cell.field;
import static org.buildreg.print.Cell.label;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.buildreg.dongle.agent.TokenKeys;
import org.buildreg.print.FormLayout;
import org.buildreg.print.FormPrinter;
import org.buildreg.print.FormValues;
import org.buildreg.print.PdfSeal;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * 打印证书 of a 二级建造师 registration gives a PDF with the platform's 电子签章; the public page says it is valid,
 * that a tampered copy was modified, and that a text file is no PDF. Another enterprise's registration is refused.
 */
class SignedPdfIT {

    @RegisterExtension
    static final Browser browser = new Browser();
    @TempDir
    Path dir;

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private void upload(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        browser.open("/verify.xhtml");
        browser.attachFile(file);
        browser.click("验证");
    }

    /** The printed certificate of demoqy01's 张建华, fetched through the 打印证书 link of 证书查询. */
    private byte[] printCertificate() {
        browser.open("/constructor/certificates.xhtml");
        String href = browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='张建华']]"
                + "//a[normalize-space(.)='打印证书']")).getAttribute("href");
        URI uri = URI.create(href);
        return browser.fetch(uri.getRawPath() + "?" + uri.getRawQuery());
    }

    @Test
    void aPrintedCertificateIsValidAndATamperedCopyIsNot() throws Exception {
        browser.login("demoqy01", "Demo2026");
        byte[] pdf = printCertificate();
        Map<String, Object> holder = Database.query("SELECT p.id_number, r.certificate_no FROM constructor_registration r"
                + " JOIN person p ON p.id = r.person_id JOIN account a ON a.enterprise_id = r.enterprise_id"
                + " WHERE a.username = 'demoqy01' AND p.name = '张建华'").get(0);
        String text = Pdfs.text(pdf);
        assertTrue(text.contains("二级建造师注册证书"), text);
        assertTrue(text.contains(String.valueOf(holder.get("id_number"))), "the full ID number: " + text);
        String certificateNo = String.valueOf(holder.get("certificate_no"));
        assertTrue(text.contains(certificateNo), text);
        browser.logout();

        upload("证书.pdf", pdf);
        assertTrue(text("sig-verdict").contains("签章有效：本文件由内蒙古自治区建筑业信息管理平台签发，签发后未被修改"),
                text("sig-verdict"));
        assertEquals("内蒙古自治区建筑业信息管理平台 电子签章", text("sig-signer"));
        assertTrue(text("sig-time").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), text("sig-time"));
        assertEquals(certificateNo, text("sig-number"));
        browser.screenshot("verify-pdf-valid");

        byte[] tampered = pdf.clone();
        Matcher range = Pattern.compile("/ByteRange\\s*\\[\\s*0\\s+(\\d+)")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        assertTrue(range.find());
        tampered[Integer.parseInt(range.group(1)) / 2] ^= 0x01;
        upload("证书-改.pdf", tampered);
        assertTrue(text("sig-verdict").contains("文件在签章后已被修改"), text("sig-verdict"));
        browser.screenshot("verify-pdf-modified");

        upload("说明.pdf", "这是一个文本文件，不是PDF。".getBytes(StandardCharsets.UTF_8));
        assertTrue(browser.messageFor("PDF文件").contains("不是有效的PDF文件"), browser.allMessages());
        assertTrue(browser.driver().findElements(By.id("sig-verdict")).isEmpty());
        browser.screenshot("verify-pdf-not-pdf");

        // Above the container's limit: refused beside the field as soon as it is chosen, before any upload.
        Path large = dir.resolve("扫描件.pdf");
        Files.write(large, new byte[5 * 1024 * 1024]);
        browser.open("/verify.xhtml");
        browser.attachFile(large);
        assertEquals("文件“扫描件.pdf”有 5 MB，超过 4 MB 的上限，请压缩或拆分后重新选择", browser.messageFor("PDF文件"));
    }

    /**
     * An enterprise user signs a made-up 注册证书 with their own dongle (its certificate chains to the platform CA, as
     * every dongle's does) and writes a real registration number into it: the page says 非本平台签章 and shows no
     * number.
     */
    @Test
    void aPdfSignedWithAnEnterpriseUsersDongleIsNotThePlatformsSeal() throws Exception {
        TokenKeys.Entry dongle = TokenKeys.of("demoqy01");
        byte[] made = new FormPrinter().print(FormLayout.titled("二级建造师注册证书", "证").columns(1, 3)
                .row(label("姓名"), field("name")).build(), FormValues.of(Map.of("name", "冒名顶替")),
                "蒙215250000001", null);
        byte[] forged = new PdfSeal(dongle.key(), dongle.chain()).sign(made);

        upload("伪造证书.pdf", forged);
        assertTrue(text("sig-verdict").contains("非本平台签章"), text("sig-verdict"));
        assertEquals("demoqy01", text("sig-signer"), "the page names who did sign it");
        assertTrue(browser.driver().findElements(By.id("sig-number")).isEmpty(), "no number of the forger's");
        browser.screenshot("verify-pdf-dongle-signed");
    }

    @Test
    void anotherEnterprisesCertificateIsRefusedAndAudited() {
        Object foreign = Database.scalar("SELECT MIN(r.id) FROM constructor_registration r WHERE r.enterprise_id <>"
                + " (SELECT enterprise_id FROM account WHERE username = 'demoqy01')");
        long before = ((Number) Database.scalar("SELECT COUNT(*) FROM audit_record WHERE actor = 'demoqy01'"
                + " AND action = 'ACCESS_DENIED' AND target = ?", "二级建造师注册 " + foreign)).longValue();
        browser.login("demoqy01", "Demo2026");
        AssertionError refused = assertThrows(AssertionError.class,
                () -> browser.fetch("/constructor/certificate/print?id=" + foreign));
        assertTrue(refused.getMessage().contains("403"), refused.getMessage());
        assertEquals(before + 1, ((Number) Database.scalar("SELECT COUNT(*) FROM audit_record WHERE actor = 'demoqy01'"
                + " AND action = 'ACCESS_DENIED' AND target = ?", "二级建造师注册 " + foreign)).longValue());
        browser.logout();
    }
}
