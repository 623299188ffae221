package org.buildreg.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Drafts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every address that takes an id of something an enterprise holds, asked for with the id of another's: another
 * enterprise, a reviewer of another 盟市 and a sub-account of the same enterprise without the module each get 403 or
 * 404 and not one of the owner's personal data. The owner is demoqy02 (包头市): its registered 二级建造师, its
 * cancelled 钱卫东 (the reported hole: 重新注册 by a guessed id), its 安管人员证书 (延期, 人员调入, 人员调出 by id), and a
 * draft declaration with an attachment that the test files through the form first.
 */
class ForeignIdIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static Long draft;

    @AfterAll
    static void deleteTheDraft() {
        if (draft != null) {
            Drafts.delete(draft);
        }
    }

    @Test
    void noAddressServesAnotherEnterprisesObjectToAnyoneElse() throws Exception {
        Map<String, Object> valid = Database.query("SELECT r.id, p.name, p.id_number, p.mobile, p.birth_date"
                + " FROM constructor_registration r JOIN person p ON p.id = r.person_id JOIN account a"
                + " ON a.enterprise_id = r.enterprise_id WHERE a.username = 'demoqy02' AND r.status = 'VALID'"
                + " ORDER BY r.id").get(0);
        Map<String, Object> cancelled = Database.query("SELECT r.id, p.name, p.id_number, p.mobile, p.birth_date"
                + " FROM constructor_registration r JOIN person p ON p.id = r.person_id WHERE p.name = '钱卫东'"
                + " AND r.status = 'CANCELLED'").get(0);
        Map<String, Object> safety = Database.query("SELECT c.id, p.name, p.id_number, p.mobile, p.birth_date"
                + " FROM safety_staff_certificate c JOIN person p ON p.id = c.person_id JOIN account a"
                + " ON a.enterprise_id = c.enterprise_id WHERE a.username = 'demoqy02' AND c.status = 'VALID'"
                + " ORDER BY c.id").get(0);
        long registration = ((Number) valid.get("id")).longValue();
        long attachment = fileADraftWithAnAttachment(registration);

        List<String> addresses = new ArrayList<>();
        for (String type : List.of("CONSTRUCTOR_RENEWAL", "CONSTRUCTOR_CHANGE", "CONSTRUCTOR_ADD_SPECIALTY",
                "CONSTRUCTOR_REPLACEMENT", "CONSTRUCTOR_CANCELLATION", "CONSTRUCTOR_TRANSFER_IN",
                "CONSTRUCTOR_REREGISTRATION")) {
            addresses.add("/constructor/form.xhtml?type=" + type + "&from=" + registration);
        }
        addresses.add("/constructor/form.xhtml?type=CONSTRUCTOR_REREGISTRATION&from=" + cancelled.get("id"));
        addresses.add("/constructor/form.xhtml?id=" + draft);
        addresses.add("/constructor/declaration.xhtml?id=" + draft);
        addresses.add("/constructor/attachments.xhtml?id=" + draft);
        addresses.add("/constructor/supplement.xhtml?id=" + registration);
        addresses.add("/constructor/supplement-history.xhtml?id=" + registration);
        addresses.add("/constructor/transfer-out.xhtml?id=" + registration);
        addresses.add("/constructor/certificate/print?id=" + registration);
        for (String type : List.of("SAFETY_STAFF_EXTENSION", "SAFETY_STAFF_CHANGE", "SAFETY_STAFF_REPLACEMENT",
                "SAFETY_STAFF_CANCELLATION", "SAFETY_STAFF_TRANSFER_IN")) {
            addresses.add("/safetystaff/form.xhtml?type=" + type + "&from=" + safety.get("id"));
        }
        addresses.add("/safetystaff/transfer-out.xhtml?id=" + safety.get("id"));
        addresses.add("/safetystaff/supplement.xhtml?id=" + safety.get("id"));
        addresses.add("/safetystaff/supplement-history.xhtml?id=" + safety.get("id"));
        addresses.add("/safetystaff/certificate/print?id=" + safety.get("id"));
        addresses.add("/declaration/print?id=" + draft);
        addresses.add("/declaration/attachment?d=" + draft + "&a=" + attachment);
        addresses.add("/review/declaration.xhtml?id=" + draft);

        List<String> secrets = new ArrayList<>();
        for (Map<String, Object> person : List.of(valid, cancelled, safety)) {
            for (String column : List.of("name", "id_number", "mobile")) {
                if (person.get(column) != null) {
                    secrets.add(person.get(column).toString());
                }
            }
            secrets.add(person.get("birth_date").toString().substring(0, 10));
        }

        List<String> leaks = new ArrayList<>();
        for (String intruder : List.of("demoqy01", "city150100", "demoqy02sub")) {
            String cookie = session(intruder);
            for (String address : addresses) {
                HttpResponse<String> answer = get(address, cookie);
                if (answer.statusCode() != 403 && answer.statusCode() != 404) {
                    leaks.add(intruder + " " + address + " → " + answer.statusCode());
                }
                for (String secret : secrets) {
                    if (answer.body().contains(secret)) {
                        leaks.add(intruder + " " + address + " shows " + secret);
                    }
                }
            }
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));

        // The owner still reaches its own, and 重新注册 opens from the search by name and ID number only.
        String owner = session("demoqy02");
        assertEquals(200, get("/constructor/form.xhtml?id=" + draft, owner).statusCode());
        assertEquals(200, get("/declaration/attachment?d=" + draft + "&a=" + attachment, owner).statusCode());
        browser.login("demoqy01", "Demo2026");
        browser.open("/constructor/reregistration.xhtml");
        browser.type("人员姓名", "钱卫东");
        browser.type("证件号码", cancelled.get("id_number").toString());
        browser.click("查询");
        browser.clickInRow("钱卫东", "重新注册");
        assertEquals("钱卫东", browser.fieldByLabel("姓名").getAttribute("value"));
        assertFalse(browser.driver().getCurrentUrl().contains("from="),
                "the address carries no id: " + browser.driver().getCurrentUrl());
        browser.screenshot("reregistration-from-search");
    }

    /** demoqy02 saves a 延续注册 draft of its person and uploads a photo to it, through the pages. */
    private static long fileADraftWithAnAttachment(long registration) throws IOException {
        browser.login("demoqy02", "Demo2026");
        draft = Drafts.renewal(browser, registration);
        Path photo = Files.createTempFile("photo", ".png");
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", photo.toFile());
        browser.open("/constructor/attachments.xhtml?id=" + draft);
        browser.selectByLabel("附件类型", "证件照片");
        browser.attachFile(photo);
        browser.click("上传");
        assertEquals("附件已上传", browser.globalMessages());
        browser.driver().manage().deleteAllCookies();
        return ((Number) Database.scalar("SELECT MAX(id) FROM declaration_attachment WHERE declaration_id = ?",
                draft)).longValue();
    }

    /** A fresh session of {@code username}, logged in through the page with the dongle; the browser forgets it. */
    private static String session(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.login(username, "Demo2026");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/home.xhtml"), username + " " + browser.allMessages());
        String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        browser.driver().manage().deleteAllCookies();
        return cookie;
    }

    private static HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Browser.URL + path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
