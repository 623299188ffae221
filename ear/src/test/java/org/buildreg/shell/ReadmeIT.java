package org.buildreg.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Drafts;
import org.buildreg.testsupport.Readme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * What the README promises a newcomer, walked as one would: the address {@code bin/run} prints, every other address
 * the README names, its example certificate numbers, and every demo login of its table reaching 个人中心 with the
 * role the table gives. The README is read by the test itself: an address added there without a check here fails.
 */
class ReadmeIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Readme README = Readme.load();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theFrontDoorLeadsAVisitorToLoginAndAUserToPersonalCentre() {
        for (String door : List.of("/", "/index.xhtml")) {
            HttpResponse<byte[]> answer = get(door);
            assertEquals(302, answer.statusCode(), door);
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), door);

            browser.driver().manage().deleteAllCookies();
            browser.open(door);
            assertTrue(browser.driver().getCurrentUrl().endsWith("/login.xhtml"), browser.driver().getCurrentUrl());
            assertFalse(browser.driver().findElements(By.xpath("//button[normalize-space(.)='登 录']")).isEmpty());
        }
        browser.screenshot("front-door-visitor");

        browser.login("demoqy01", "Demo2026");
        for (String door : List.of("/", "/index.xhtml")) {
            browser.open(door);
            assertTrue(browser.driver().getCurrentUrl().endsWith("/home.xhtml"), browser.driver().getCurrentUrl());
            assertEquals("demoqy01", browser.driver().findElement(By.id("ov-username")).getText());
        }
        browser.screenshot("front-door-user");
    }

    @Test
    void everyAddressTheReadmeNamesAnswersAsItSays() throws Exception {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("/", () -> assertEquals(302, get("/").statusCode()));
        checks.put("/login.xhtml", this::loginPage);
        checks.put("/home.xhtml", () -> assertLoginAsked("/home.xhtml"));
        checks.put("/verify", this::verifyExamples);
        checks.put("/ready", () -> assertEquals("ready", new String(ok("/ready"), StandardCharsets.UTF_8)));
        checks.put("/dongle/ca.pem", () -> caCertificate());
        checks.put("/dongle/crl", this::crl);
        checks.put("/download/dongle-agent.jar", this::agentDownload);
        checks.put("/admin/batch/console.xhtml", this::batchConsole);
        checks.put("/dongle/first-admin", this::firstAdministratorClosed);
        checks.put("/declaration/print", this::declarationPrint);
        checks.put("/constructor/certificate/print", () -> ownPdf("/constructor/certificate/print",
                "SELECT MIN(r.id) FROM constructor_registration r JOIN account a ON a.enterprise_id = r.enterprise_id"
                        + " WHERE a.username = 'demoqy01'"));

        List<String> unchecked = README.addresses().stream().filter(a -> !checks.containsKey(a)).toList();
        assertTrue(unchecked.isEmpty(), "README.md names addresses this test does not check: " + unchecked);
        for (String address : List.of("/", "/login.xhtml", "/verify", "/ready", "/dongle/crl", "/dongle/ca.pem",
                "/download/dongle-agent.jar", "/admin/batch/console.xhtml")) {
            assertTrue(README.addresses().contains(address), "README.md no longer names " + address);
        }
        for (Map.Entry<String, Check> check : checks.entrySet()) {
            browser.driver().manage().deleteAllCookies();
            try {
                check.getValue().run();
            } catch (AssertionError | Exception e) {
                throw new AssertionError(check.getKey() + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void everyDemoLoginReachesPersonalCentreWithTheRoleTheReadmeGives() {
        List<Readme.DemoLogin> rows = README.demoLogins();
        assertTrue(rows.size() >= 6, "the README's demo logins: " + rows);
        for (Readme.DemoLogin row : rows) {
            List<String> usernames = row.range() ? range(row.usernames()) : row.usernames();
            if (row.role().contains("one per 盟市")) {
                assertEquals(12, usernames.size(), "one reviewer for each of the 12 盟市: " + usernames);
            }
            for (String username : usernames) {
                browser.driver().manage().deleteAllCookies();
                browser.login(username, "Demo2026");
                assertTrue(browser.driver().getCurrentUrl().endsWith("/home.xhtml"),
                        username + " did not reach 个人中心: " + browser.driver().getCurrentUrl() + " "
                                + browser.allMessages());
                assertEquals(username, browser.driver().findElement(By.id("ov-username")).getText());
                String role = browser.driver().findElement(By.id("ov-role")).getText();
                assertFalse(role.isBlank(), username);
                assertTrue(row.role().startsWith(role), username + " is " + role + ", the README says " + row.role());
                Matcher modules = Pattern.compile("with the modules (.+)$").matcher(row.role());
                if (modules.find()) {
                    String shown = browser.driver().findElement(By.id("ov-modules")).getText();
                    for (String module : modules.group(1).split(",\\s*")) {
                        assertTrue(shown.contains(module), username + " has " + shown + ", not " + module);
                    }
                }
            }
        }
    }

    /** The login page with its three fields and its links. */
    private void loginPage() {
        browser.open("/login.xhtml");
        for (String label : List.of("用户名", "密码", "加密锁口令")) {
            assertTrue(browser.fieldByLabel(label).isDisplayed(), label);
        }
        for (String link : List.of("新企业注册", "绑定加密锁", "下载加密锁驱动", "证书查验")) {
            assertFalse(browser.driver().findElements(By.partialLinkText(link)).isEmpty(), link);
        }
    }

    private void verifyExamples() {
        Map<String, String> examples = README.verifyExamples();
        assertTrue(examples.containsValue("有效") && examples.containsValue("已过期"), "README examples: " + examples);
        for (Map.Entry<String, String> example : examples.entrySet()) {
            browser.open("/verify?no=" + URLEncoder.encode(example.getKey(), StandardCharsets.UTF_8));
            assertEquals(example.getValue(), browser.driver().findElement(By.id("vf-status")).getText(),
                    example.getKey());
        }
    }

    private X509Certificate caCertificate() throws Exception {
        byte[] pem = ok("/dongle/ca.pem");
        assertTrue(new String(pem, StandardCharsets.US_ASCII).startsWith("-----BEGIN CERTIFICATE-----"));
        X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem));
        assertTrue(ca.getBasicConstraints() >= 0, "the CA certificate is a CA's");
        return ca;
    }

    private void crl() throws Exception {
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(ok("/dongle/crl")));
        crl.verify(caCertificate().getPublicKey());
    }

    /** The login page's 下载加密锁驱动 link points at the runnable agent jar. */
    private void agentDownload() throws IOException {
        browser.open("/login.xhtml");
        String href = browser.driver().findElement(By.partialLinkText("下载加密锁驱动")).getAttribute("href");
        assertTrue(href.endsWith("/download/dongle-agent.jar"), href);
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(ok("/download/dongle-agent.jar")))) {
            assertEquals("org.buildreg.dongle.agent.Main",
                    jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    /** batch01 reaches the batch console, and nothing of the rest of 管理控制台. */
    private void batchConsole() {
        assertLoginAsked("/admin/batch/console.xhtml");
        browser.login("batch01", "Demo2026");
        browser.open("/admin/batch/console.xhtml");
        String page = browser.driver().findElement(By.tagName("body")).getText();
        assertTrue(page.contains("旧系统数据迁移") && page.contains("证书过期处理"), page);
        browser.open("/admin/audit.xhtml");
        assertTrue(browser.driver().getPageSource().contains("无权访问"));
    }

    /** demoqy01 saves a 延续注册 draft and prints its 申请表; the draft goes again afterwards. */
    private void declarationPrint() {
        long registration = ((Number) Database.scalar("SELECT MIN(r.id) FROM constructor_registration r JOIN account a"
                + " ON a.enterprise_id = r.enterprise_id WHERE a.username = 'demoqy01' AND r.status = 'VALID'"
                + " AND NOT EXISTS (SELECT 1 FROM declaration_in_flight f JOIN person p ON p.id_number = f.subject_key"
                + " WHERE p.id = r.person_id)")).longValue();
        assertLoginAsked("/declaration/print?id=1");
        browser.login("demoqy01", "Demo2026");
        long draft = Drafts.renewal(browser, registration);
        try {
            assertTrue(new String(browser.fetch("/declaration/print?id=" + draft), StandardCharsets.ISO_8859_1)
                    .startsWith("%PDF-"), "/declaration/print answers the 申请表 as a PDF");
        } finally {
            Drafts.delete(draft);
        }
    }

    /** The owner prints a signed PDF; a visitor is sent to log in. */
    private void ownPdf(String path, String idQuery) {
        Object id = Database.scalar(idQuery);
        assertTrue(id != null, "the demo data has something of demoqy01's to print at " + path);
        assertLoginAsked(path + "?id=" + id);
        browser.login("demoqy01", "Demo2026");
        byte[] pdf = browser.fetch(path + "?id=" + id);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-") && text.contains("/ByteRange"), path + " answers a signed PDF");
    }

    private static void assertLoginAsked(String path) {
        HttpResponse<byte[]> answer = get(path);
        assertEquals(302, answer.statusCode(), path);
        assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login.xhtml"), path);
    }

    /** The accounts a "`a` … `b`" row of the table stands for. */
    private static List<String> range(List<String> ends) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> row : Database.query("SELECT username FROM account WHERE username BETWEEN ? AND ?"
                + " ORDER BY username", ends.get(0), ends.get(ends.size() - 1))) {
            names.add(row.values().iterator().next().toString());
        }
        return names;
    }

    private static byte[] ok(String path) {
        HttpResponse<byte[]> answer = get(path);
        assertEquals(200, answer.statusCode(), path);
        return answer.body();
    }

    /** The demo's administrator has a dongle: the first administrator's enrolment is closed, even to its password. */
    private void firstAdministratorClosed() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(Browser.URL + "/dongle/first-admin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=Demo2026&holderName=x"
                        + "&holderIdNumber=150102199003152336&holderPhone=13900000001&csr=x"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, answer.statusCode());
        assertTrue(answer.body().contains("已有管理员绑定过加密锁"), answer.body());
    }

    private static HttpResponse<byte[]> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(Browser.URL + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private interface Check {
        void run() throws Exception;
    }
}
