package org.buildreg.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.buildreg.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A fresh production installation (issue 14, item 5): a domain of its own on an empty database, no demo data. The
 * platform creates {@code admin} with a one-time password in a file only the server's user reads; nobody can log
 * in yet (no dongle is bound, and only an administrator issues dongles). The installer runs
 * {@code domain.sh enrol-admin} with the administrator's token, then logs in through the browser with it and changes
 * the one-time password. Also: the enrolment answers only on loopback without a proxy, only to the one-time
 * password, and only once. Runs after the other browser tests (its own domain, next to theirs).
 */
class FirstInstallIT {

    private static final int PORTBASE = 19000;
    private static final String URL = "http://localhost:" + (PORTBASE + 80);
    private static final String TOKEN = "buildreg-install";
    private static final String PIN = "654321";
    private static final int AGENT_PORT = PORTBASE + 151;
    private static final Path REPO = Path.of(System.getProperty("buildreg.repo"));
    private static final Path SCRIPT = Path.of(System.getProperty("buildreg.domain.script"));
    /** Beside the build's test domain, under target/. */
    private static final Path HOME = Path.of(System.getProperty("buildreg.home")).resolveSibling("install-run");
    private static final String DOMAIN = "buildreg-install";
    private static final String HOLDER_ID = "150102199003152336";

    @RegisterExtension
    static final Browser browser = new Browser();
    private static Process agent;

    @BeforeAll
    static void installOnAnEmptyDatabase() throws Exception {
        stopDomain();
        if (Files.exists(HOME)) {
            try (Stream<Path> files = Files.walk(HOME)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(HOME);
        run(List.of("bash", REPO.resolve("payara-config/softhsm-token.sh").toString(),
                HOME.resolve("softhsm").toString(), TOKEN, PIN), Map.of(), Duration.ofMinutes(1)).expectSuccess();
        run(List.of("bash", SCRIPT.toString(), "setup"), domainEnvironment(), Duration.ofMinutes(8)).expectSuccess();
        run(List.of("bash", SCRIPT.toString(), "deploy", System.getProperty("buildreg.ear")), domainEnvironment(),
                Duration.ofMinutes(8)).expectSuccess();
        awaitReady();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (agent != null) {
            agent.destroy();
            agent.waitFor(10, TimeUnit.SECONDS);
        }
        stopDomain();
    }

    @Test
    void theInstallerEnrolsTheFirstAdministratorsDongleAndLogsIn() throws Exception {
        Path passwordFile = HOME.resolve("domains").resolve(DOMAIN).resolve("config/buildreg-first-admin.txt");
        assertTrue(Files.isRegularFile(passwordFile), "the one-time password waits in " + passwordFile);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        String oneTime = Files.readString(passwordFile).strip();
        assertEquals(10, oneTime.length());
        assertFalse(Files.readString(HOME.resolve("domains").resolve(DOMAIN).resolve("logs/server.log"))
                .contains(oneTime), "the password is not in the server log");
        assertEquals(0L, number("SELECT COUNT(*) FROM dongle_binding"));
        assertEquals(1L, number("SELECT COUNT(*) FROM account"), "an empty database: admin only");

        // The enrolment refuses a wrong password and a request a proxy passed on; nothing is issued.
        HttpResponse<String> wrong = enrolmentRequest("Wrong-2026", Map.of());
        assertEquals(403, wrong.statusCode());
        assertTrue(wrong.body().contains("一次性密码不正确"), wrong.body());
        HttpResponse<String> proxied = enrolmentRequest(oneTime, Map.of("X-Forwarded-For", "203.0.113.7"));
        assertEquals(403, proxied.statusCode());
        assertTrue(proxied.body().contains("服务器本机"), proxied.body());
        assertEquals(0L, number("SELECT COUNT(*) FROM dongle_certificate"));

        // A wrong PIN: the command says so and changes nothing.
        Result badPin = enrolAdmin("000000");
        assertNotEquals(0, badPin.code(), badPin.output());
        assertTrue(Files.exists(passwordFile), badPin.output());
        assertEquals(0L, number("SELECT COUNT(*) FROM dongle_binding"));

        Result enrolled = enrolAdmin(PIN);
        assertEquals(0, enrolled.code(), enrolled.output());
        assertTrue(enrolled.output().contains("加密锁已登记"), enrolled.output());
        assertTrue(enrolled.output().contains("一次性密码 " + oneTime), enrolled.output());
        assertFalse(Files.exists(passwordFile), "the file goes once the dongle is enrolled");
        assertEquals("王建国", text("SELECT b.holder_name FROM dongle_binding b JOIN account a ON a.id = b.account_id"
                + " WHERE a.username = 'admin' AND b.unbound_at IS NULL"));

        // Only once: a second run finds nobody waiting, and the endpoint refuses even the right password.
        Result again = enrolAdmin(PIN);
        assertNotEquals(0, again.code(), again.output());
        assertTrue(again.output().contains("no first administrator waits"), again.output());
        HttpResponse<String> second = enrolmentRequest(oneTime, Map.of());
        assertEquals(403, second.statusCode());
        assertTrue(second.body().contains("已有管理员绑定过加密锁"), second.body());

        // The installer's browser: the agent (downloaded from the login page's link) on the administrator's token,
        // the login page, the forced change.
        Path agentJar = HOME.resolve("dongle-agent.jar");
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(URL + "/download/dongle-agent.jar")).build(),
                HttpResponse.BodyHandlers.ofFile(agentJar));
        ProcessBuilder agentProcess = new ProcessBuilder(javaBinary(), "-jar", agentJar.toString(), "--token-label", TOKEN,
                "--origin", URL, "--port", String.valueOf(AGENT_PORT))
                .redirectErrorStream(true).redirectOutput(HOME.resolve("agent.log").toFile());
        agentProcess.environment().put("SOFTHSM2_CONF", HOME.resolve("softhsm/softhsm2.conf").toString());
        agent = agentProcess.start();
        awaitAgent();
        browser.driver().get(URL + "/login.xhtml");
        browser.type("用户名", "admin");
        browser.type("密码", oneTime);
        browser.type("加密锁口令", PIN);
        browser.submitSigned("登 录");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"),
                browser.driver().getCurrentUrl() + " " + browser.allMessages());
        browser.type("原密码", oneTime);
        browser.type("新密码", "Install-2026");
        browser.type("确认新密码", "Install-2026");
        browser.click("保存");
        assertTrue(browser.globalMessages().contains("密码已修改"), browser.globalMessages());
        browser.driver().get(URL + "/home.xhtml");
        assertEquals("admin", browser.driver().findElement(By.id("ov-username")).getText());
        assertEquals("系统管理员", browser.driver().findElement(By.id("ov-role")).getText());
        browser.screenshot("first-install-admin-home");
        assertEquals(0L, number("SELECT must_change_password FROM account WHERE username = 'admin'"));
    }

    private static Result enrolAdmin(String pin) throws Exception {
        Map<String, String> environment = new HashMap<>(domainEnvironment());
        environment.put("BUILDREG_TOKEN_PIN", pin);
        return run(List.of("bash", SCRIPT.toString(), "enrol-admin", "--token-label", TOKEN, "--holder-name",
                "王建国", "--holder-id-number", HOLDER_ID, "--holder-phone", "13900000001"),
                environment, Duration.ofMinutes(2));
    }

    private static HttpResponse<String> enrolmentRequest(String password, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&holderName=" + URLEncoder.encode("王建国", StandardCharsets.UTF_8)
                + "&holderIdNumber=" + HOLDER_ID + "&holderPhone=13900000001&csr=x";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + "/dongle/first-admin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long number(String sql) throws Exception {
        return ((Number) value(sql)).longValue();
    }

    private static String text(String sql) throws Exception {
        return String.valueOf(value(sql));
    }

    private static Object value(String sql) throws Exception {
        String url = "jdbc:h2:file:" + HOME.resolve("data/buildreg") + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;"
                + "AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "buildreg", "buildreg");
                PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getObject(1) : null;
        }
    }

    private static Map<String, String> domainEnvironment() {
        return Map.of("BUILDREG_HOME", HOME.toString(), "BUILDREG_DOMAIN", DOMAIN,
                "BUILDREG_PORTBASE", String.valueOf(PORTBASE), "BUILDREG_DEMO", "false",
                "BUILDREG_DONGLE_AGENT", "http://127.0.0.1:" + AGENT_PORT, "BUILDREG_HEAP", "512m",
                "SOFTHSM2_CONF", HOME.resolve("softhsm/softhsm2.conf").toString());
    }

    private static void stopDomain() throws Exception {
        if (Files.isDirectory(HOME.resolve("domains").resolve(DOMAIN))) {
            run(List.of("bash", SCRIPT.toString(), "stop"), domainEnvironment(), Duration.ofMinutes(2));
        }
    }

    private static void awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(URL + "/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the fresh installation did not answer on " + URL + "/ready");
    }

    private static void awaitAgent() throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", AGENT_PORT)) {
                return;
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the dongle agent did not start: see " + HOME.resolve("agent.log"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Result run(List<String> command, Map<String, String> environment, Duration timeout)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path log = Files.createTempFile("first-install-", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        boolean done = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        Files.delete(log);
        return new Result(done ? process.exitValue() : -1, String.join(" ", command) + "\n" + output);
    }

    private record Result(int code, String output) {
        void expectSuccess() {
            assertEquals(0, code, output);
        }
    }
}
