package org.buildreg.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The frame of the platform: the six tabs and their pages, error pages, protected pages, response headers. */
class ShellIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theMainAccountHasTheSixTabsInTheManualsOrderEachWithWorkingPages() {
        browser.login("demoqy01", "Demo2026");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("a.br-tab"));
        assertEquals(List.of("个人中心", "二级建造师", "安管人员", "资质管理", "安全许可", "企业信息"),
                links.stream().map(WebElement::getText).toList());
        browser.screenshot("home-main-account");

        String[][] expected = {{"二级建造师", "待上报申请(批次)"}, {"安管人员", "待上报申请(批次)"}, {"资质管理", "建筑工程施工总承包贰级"},
                {"安全许可", "(蒙)JZ安许证字"}, {"企业信息", "91150100MA0N1A2B30"}};
        for (String[] tab : expected) {
            browser.click(tab[0]);
            String page = browser.driver().getPageSource();
            assertTrue(page.contains(tab[1]), tab[0] + " shows " + tab[1]);
            assertTrue(page.contains("当前 1 / ") || tab[0].equals("企业信息"), tab[0] + " pager");
            browser.screenshot("tab-" + tab[0]);
        }
    }

    @Test
    void listsFilterInTheDatabase() {
        browser.login("demoqy01", "Demo2026");
        browser.open("/constructor/certificates.xhtml");
        // The constructor tests register, move and re-register persons of this enterprise: count what it holds now.
        long held = ((Number) Database.scalar("SELECT COUNT(*) FROM constructor_registration r JOIN account a"
                + " ON a.enterprise_id = r.enterprise_id WHERE a.username = 'demoqy01'")).longValue();
        assertTrue(browser.driver().getPageSource().contains("共 " + held + " 条"));
        browser.type("姓名", "李秀");
        browser.click("查询");
        String page = browser.driver().getPageSource();
        assertTrue(page.contains("共 1 条") && page.contains("李秀英") && !page.contains("张建华"));
    }

    @Test
    void aFilteredListIsExportedToExcel() throws IOException {
        browser.login("demoqy01", "Demo2026");
        browser.open("/constructor/certificates.xhtml");
        browser.type("姓名", "李秀");
        browser.click("导出Excel");
        java.nio.file.Path file = browser.awaitDownload(".xlsx");
        assertTrue(file.getFileName().toString().contains("二级建造师已办证书"), file.toString());
        String sheet = null;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(sheet.contains("<t>申报人</t>") && sheet.contains("<t>李秀英</t>"), sheet);
        assertFalse(sheet.contains("张建华"), "the export follows the filter");
    }

    @Test
    void unknownPagesAndForbiddenPagesAreOursWithoutInternals() {
        browser.open("/no-such-page.xhtml");
        String page = browser.driver().findElement(By.tagName("body")).getText();
        assertTrue(page.contains("页面不存在"), page);
        assertFalse(page.contains("Exception") || page.contains("Payara") || page.contains("at org."),
                "no server internals: " + page);

        browser.open("/admin/audit.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "anonymous users are sent to log in");

        browser.login("demoqy01", "Demo2026");
        browser.open("/admin/audit.xhtml");
        assertTrue(browser.driver().getPageSource().contains("无权访问"));
    }

    @Test
    void aFormPostedAfterTheSessionEndedLandsOnTheExpiredPage() {
        browser.open("/register.xhtml");
        browser.type("企业名称", "会话过期测试");
        browser.driver().manage().deleteAllCookies();
        browser.click("注 册");
        browser.wait(java.time.Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("页面已过期"));
        assertFalse(browser.driver().findElement(By.tagName("body")).getText().contains("Exception"));
    }

    @Test
    void responsesCarryTheSecurityHeaders() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(Browser.URL + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        // Scripts only from the platform and with this response's nonce: the PIN is typed into this page.
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'")
                .matcher(String.join(";", policies));
        assertTrue(nonce.find(), policies.toString());
        assertTrue(login.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the nonce");
        assertFalse(login.body().contains("onclick=\""), "no inline handler the policy would have to allow");
        assertTrue(login.headers().allValues("Set-Cookie").isEmpty(), "the login page keeps no session");
        assertFalse(login.headers().firstValue("X-Powered-By").isPresent());

        // A page that needs a session before login: the cookie is HttpOnly and SameSite.
        HttpResponse<String> register = http.send(HttpRequest.newBuilder(URI.create(Browser.URL + "/register.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = register.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

        // A logged-in user's pages are not stored; a download keeps the headers.
        browser.login("demoqy01", "Demo2026");
        String session = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(Browser.URL + "/home.xhtml"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));
        Object registration = Database.scalar("SELECT MIN(r.id) FROM constructor_registration r JOIN account a"
                + " ON a.enterprise_id = r.enterprise_id WHERE a.username = 'demoqy01'");
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(Browser.URL
                + "/constructor/certificate/print?id=" + registration)).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("nosniff", pdf.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(pdf.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }
}
