package org.buildreg.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.buildreg.dongle.PlatformCa;
import org.buildreg.dongle.agent.AgentOptions;
import org.buildreg.dongle.agent.DongleAgent;

/**
 * The browser tests' dongles: the SoftHSM2 token the build initialised (the demo data enrolled a key and certificate
 * on it for every demo account, under the login name) and the dongle agent on it, started in this JVM on the port
 * the platform's login page calls, answering the platform's origin only. {@link Browser#login} then logs in
 * exactly as a user does: name, password, PIN, and the page's script has the agent sign the nonce.
 */
public final class Dongles {

    public static final String TOKEN = System.getProperty("buildreg.dongle.token", "buildreg-test");
    public static final String PIN = System.getProperty("buildreg.dongle.pin", "123456");
    public static final int AGENT_PORT = Integer.getInteger("buildreg.dongle.agent.port", 18151);
    /** The platform's origin: the only one the agent answers. */
    public static final String ORIGIN = URI.create(Browser.URL).resolve("/").toString().replaceAll("/$", "");
    private static DongleAgent agent;

    private Dongles() {
    }

    /** Starts the agent once for this JVM, unless it runs already (bin/run's, against a running platform). */
    public static synchronized void ensureAgent() {
        if (agent != null || !Boolean.parseBoolean(System.getProperty("buildreg.dongle.agent.start", "true"))) {
            return;
        }
        agent = DongleAgent.start(new AgentOptions(Path.of("/usr/lib/softhsm/libsofthsm2.so"), TOKEN,
                java.util.Set.of(ORIGIN), AGENT_PORT));
        Runtime.getRuntime().addShutdownHook(new Thread(agent::close));
    }

    /** Calls the agent as the platform's page would (its origin), returning the status and the JSON body. */
    public static Answer call(String path, String json, String origin) {
        ensureAgent();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + AGENT_PORT + path))
                .header("Content-Type", "application/json");
        if (origin != null) {
            request.header("Origin", origin);
        }
        request.method(json == null ? "GET" : "POST", json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer of the agent. */
    public record Answer(int status, String body, String allowOrigin) {

        /** A string field of the flat JSON answer (JSON escapes of "\n" undone). */
        public String field(String name) {
            Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
            return m.find() ? m.group(1).replace("\\n", "\n").replace("\\/", "/").replace("\\\"", "\"") : null;
        }
    }

    /**
     * Puts on the token, under {@code alias}, a key and a certificate for it issued by {@code ca} valid from
     * {@code from} to {@code until}: for the certificates ADMIN's page cannot make (expired, from a foreign CA).
     */
    public static X509Certificate enrolDirectly(String alias, PlatformCa ca, BigInteger serial, Instant from,
            Instant until) {
        Answer csr = call("/enrol", "{\"pin\":\"" + PIN + "\",\"alias\":\"" + alias + "\",\"subject\":\"CN=" + alias
                + ",C=CN\"}", ORIGIN);
        if (csr.status() != 200) {
            throw new IllegalStateException("enrol " + alias + ": " + csr);
        }
        X509Certificate certificate;
        try (PEMParser parser = new PEMParser(new java.io.StringReader(csr.field("csr")))) {
            certificate = ca.issue((PKCS10CertificationRequest) parser.readObject(), serial, from, until);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Answer stored = call("/store", "{\"pin\":\"" + PIN + "\",\"alias\":\"" + alias + "\",\"certificate\":\""
                + (pem(certificate) + pem(ca.certificate())).replace("\n", "\\n") + "\"}", ORIGIN);
        if (stored.status() != 200) {
            throw new IllegalStateException("store " + alias + ": " + stored);
        }
        return certificate;
    }

    /** The platform's CA of the test domain (its keystore password is known to the build's throwaway domain only). */
    public static PlatformCa platformCa() {
        String keystore = System.getProperty("buildreg.ca.keystore");
        String password = System.getProperty("buildreg.ca.password");
        try (InputStream in = Files.newInputStream(Path.of(keystore))) {
            return PlatformCa.fromPkcs12(in, password.toCharArray());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the test domain's CA keystore " + keystore + " cannot be opened", e);
        }
    }

    static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Enrols a dongle for a new account through ADMIN's 加密锁证书 page (key pair and CSR made on the token by the
     * agent, 签发, 写入加密锁), then binds it on the 绑定加密锁 page in {@code browser}, as the new user would.
     */
    public static void enrolAndBind(Browser browser, String username, String password, String holderName,
            String holderIdNumber) {
        enrolThroughAdmin(username, holderName);
        bind(browser, username, password, holderName, holderIdNumber, "13900000000");
        String message = browser.globalMessages();
        if (!message.contains("加密锁绑定成功")) {
            throw new IllegalStateException("binding " + username + " failed: " + message);
        }
    }

    /**
     * ADMIN at another desk, 加密锁证书: 生成证书请求 (key pair and CSR on the token, under the login name), 签发证书,
     * 写入加密锁; fails unless each step says it was done.
     */
    public static void enrolThroughAdmin(String username, String holderName) {
        Browser admin = Browser.standalone();
        try {
            admin.login("admin", "Demo2026");
            admin.open("/admin/dongles.xhtml");
            admin.type("绑定的登录名", username);
            admin.type("使用者姓名", holderName);
            admin.type("加密锁口令", PIN);
            admin.click("生成证书请求");
            admin.waitUntil(() -> admin.js().executeScript("return document.getElementById('dongles:csr').value")
                    .toString().startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
            admin.click("签发证书");
            if (!admin.globalMessages().contains("证书已签发")) {
                throw new IllegalStateException("issuing for " + username + ": " + admin.allMessages());
            }
            admin.type("加密锁口令", PIN);
            admin.click("写入加密锁");
            admin.waitUntil(() -> String.valueOf(admin.js().executeScript(
                    "return document.getElementById('enrolMessage').textContent")).contains("证书已写入加密锁"));
            admin.screenshot("admin-dongle-enrolled");
        } finally {
            admin.close();
        }
    }

    /** Fills and sends 绑定加密锁 (加密锁初始化设置). */
    public static void bind(Browser browser, String username, String password, String holderName,
            String holderIdNumber, String phone) {
        bind(browser, null, username, password, holderName, holderIdNumber, phone);
    }

    /** Fills and sends 绑定加密锁 with the token's dongle {@code alias} (null: the one named like the account). */
    public static void bind(Browser browser, String alias, String username, String password, String holderName,
            String holderIdNumber, String phone) {
        browser.open("/dongle/bind.xhtml");
        if (alias != null) {
            browser.js().executeScript("BuildRegDongle.alias = arguments[0];", alias);
        }
        browser.type("请输入登录名", username);
        browser.type("请输入登录密码", password);
        browser.type("使用者姓名", holderName);
        browser.type("身份证号", holderIdNumber);
        browser.type("联系电话", phone);
        browser.type("加密锁口令", PIN);
        browser.submitSigned("绑 定");
    }
}
