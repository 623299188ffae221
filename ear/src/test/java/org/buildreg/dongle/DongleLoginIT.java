package org.buildreg.dongle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Dongles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * 加密锁 end to end with a real PKCS#11 token (SoftHSM2) and the dongle agent: ADMIN enrols a new dongle (key pair and
 * CSR made on the token, 签发, 写入加密锁), its user binds it (绑定加密锁) and logs in through the agent; the main
 * account unbinds it, ADMIN revokes it. And every way a dongle login is refused, each with its message and audit
 * record: replayed signature, expired nonce, signature over another nonce, another account's certificate, revoked,
 * expired and untrusted certificates, a tampered signature, a wrong PIN, a foreign origin.
 */
class DongleLoginIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String SUB = "qy01lock01";
    private static final String SUB_PASSWORD = "Lock2026";
    private static final String HOLDER = "韩雪梅";
    private static final String HOLDER_ID = "150102199003152328";

    private static long audits(String detailPrefix) {
        return ((Number) Database.scalar("SELECT COUNT(*) FROM audit_record WHERE action = 'LOGIN_FAILED'"
                + " AND detail LIKE ?", "加密锁：" + detailPrefix + "%")).longValue();
    }

    private void typeLogin(String username, String password) {
        browser.open("/login.xhtml");
        browser.type("用户名", username);
        browser.type("密码", password);
        browser.type("加密锁口令", Dongles.PIN);
    }

    private String signature() {
        // The page forgets the PIN once the dongle has signed: give it again, as a user would.
        browser.type("加密锁口令", Dongles.PIN);
        return browser.signWithoutSending("登 录", "login:signature");
    }

    private void send(String signature) {
        browser.sendWithSignature("login:signature", "login:send", signature);
    }

    @Test
    void aNewDongleIsEnrolledBoundUsedUnboundAndRevoked() {
        browser.login("demoqy01", "Demo2026");
        browser.open("/enterprise/accounts.xhtml");
        browser.type("用户名", SUB);
        browser.type("密码", SUB_PASSWORD);
        browser.type("使用者姓名", HOLDER);
        browser.tick("二级建造师");
        browser.click("添加子账户");
        assertTrue(browser.globalMessages().contains("子账户 " + SUB + " 已创建"), browser.allMessages());
        browser.logout();

        // Not bound yet: the token has no certificate for it, so the agent says so beside the PIN.
        typeLogin(SUB, SUB_PASSWORD);
        browser.submitSigned("登 录");
        assertEquals("加密锁中没有该账号的证书", browser.messageFor("加密锁口令"));

        Dongles.enrolThroughAdmin(SUB, HOLDER);
        Number serial = (Number) Database.scalar("SELECT MAX(serial_no) FROM dongle_certificate WHERE subject LIKE ?",
                "%OU=" + SUB + "%");
        assertNotNull(serial, "the issued certificate is registered");
        String serialHex = Long.toHexString(serial.longValue());

        // 绑定加密锁: the field checks, the password, then the binding.
        Dongles.bind(browser, SUB, SUB_PASSWORD, HOLDER, "150102199003152327", "123");
        assertEquals("身份证号不正确（18位，末位校验码须正确）", browser.messageFor("身份证号"));
        assertEquals("联系电话应为11位手机号码或带区号的固定电话（如0471-6600001）", browser.messageFor("联系电话"));
        Dongles.bind(browser, SUB, "Wrong2026", HOLDER, HOLDER_ID, "13912345678");
        assertTrue(browser.globalMessages().contains("用户名或密码错误"), browser.allMessages());
        assertEquals(0L, ((Number) Database.scalar("SELECT COUNT(*) FROM dongle_binding b JOIN account a"
                + " ON a.id = b.account_id WHERE a.username = ?", SUB)).longValue(), "nothing bound");
        Dongles.bind(browser, SUB, SUB_PASSWORD, HOLDER, HOLDER_ID, "13912345678");
        assertTrue(browser.globalMessages().contains("加密锁绑定成功"), browser.allMessages());
        browser.screenshot("dongle-bound");
        assertEquals(serialHex, Database.scalar("SELECT b.serial_hex FROM dongle_binding b JOIN account a"
                + " ON a.id = b.account_id WHERE a.username = ? AND b.unbound_at IS NULL", SUB));
        assertEquals(HOLDER_ID, Database.scalar("SELECT b.holder_id_number FROM dongle_binding b JOIN account a"
                + " ON a.id = b.account_id WHERE a.username = ?", SUB));
        Dongles.bind(browser, SUB, SUB_PASSWORD, HOLDER, HOLDER_ID, "13912345678");
        assertTrue(browser.globalMessages().contains("该加密锁已绑定账号，可直接插入该加密锁登录"), browser.allMessages());
        // The same dongle for another account: refused, it belongs to one account only.
        browser.open("/dongle/bind.xhtml");
        browser.js().executeScript("BuildRegDongle.alias = arguments[0];", SUB);
        browser.type("请输入登录名", "demoqy01sub");
        browser.type("请输入登录密码", "Demo2026");
        browser.type("使用者姓名", HOLDER);
        browser.type("身份证号", HOLDER_ID);
        browser.type("联系电话", "13912345678");
        browser.type("加密锁口令", Dongles.PIN);
        browser.submitSigned("绑 定");
        assertTrue(browser.globalMessages().contains("该加密锁已绑定账号"), browser.allMessages());

        browser.login(SUB, SUB_PASSWORD);
        assertEquals(SUB, browser.driver().findElement(By.id("ov-username")).getText());
        assertTrue(browser.driver().findElement(By.id("ov-dongle")).getText().contains("已绑定（使用者 " + HOLDER),
                browser.driver().findElement(By.id("ov-dongle")).getText());
        browser.logout();

        // Staff change: the main account unbinds it; the dongle no longer opens the account.
        browser.login("demoqy01", "Demo2026");
        browser.open("/enterprise/accounts.xhtml");
        assertTrue(browser.driver().getPageSource().contains(HOLDER));
        assertTrue(!browser.driver().findElement(By.id("subs:dongles")).getText().contains("demoqy02"),
                "another enterprise's dongles are not listed");
        browser.clickInRow(SUB, "解除绑定");
        browser.click("确定");
        assertTrue(browser.globalMessages().contains("账号 " + SUB + " 的加密锁绑定已解除"), browser.allMessages());
        assertNotNull(Database.scalar("SELECT b.unbound_at FROM dongle_binding b JOIN account a ON a.id = b.account_id"
                + " WHERE a.username = ?", SUB));
        browser.logout();
        long notBound = audits("未绑定此账号");
        browser.login(SUB, SUB_PASSWORD);
        assertTrue(browser.globalMessages().contains("该加密锁未绑定此账号"), browser.allMessages());
        assertEquals(notBound + 1, audits("未绑定此账号"));

        // Bound again, then revoked by ADMIN: refused at the next login, by the CRL.
        Dongles.bind(browser, SUB, SUB_PASSWORD, HOLDER, HOLDER_ID, "13912345678");
        assertTrue(browser.globalMessages().contains("加密锁绑定成功"), browser.allMessages());
        Browser admin2 = Browser.standalone();
        try {
            admin2.login("admin", "Demo2026");
            admin2.open("/admin/dongles.xhtml");
            admin2.clickInRow(String.valueOf(serial.longValue()), "吊销");
            admin2.click("确定");
            assertTrue(admin2.globalMessages().contains("已吊销"), admin2.allMessages());
        } finally {
            admin2.close();
        }
        long revoked = audits("REVOKED");
        browser.login(SUB, SUB_PASSWORD);
        assertTrue(browser.globalMessages().contains("加密锁证书已被吊销"), browser.allMessages());
        assertEquals(revoked + 1, audits("REVOKED"));
    }

    @Test
    void theAdministratorUnbindsAnAccountsDongle() {
        // wuhaisz01 registered and bound its dongle in RegistrationIT; demoqy02sub is a demo account bound at start.
        Number registered = (Number) Database.scalar("SELECT COUNT(*) FROM account WHERE username = 'wuhaisz01'");
        String account = registered.intValue() == 1 ? "wuhaisz01" : "demoqy02sub";
        browser.login("admin", "Demo2026");
        browser.open("/admin/enterprises.xhtml");
        browser.type("用户名", account);
        browser.click("查询");
        assertTrue(browser.driver().findElement(By.id("accounts:list")).getText().contains("已绑定"),
                browser.driver().findElement(By.id("accounts:list")).getText());
        browser.clickInRow(account, "解除加密锁");
        browser.click("确定");
        assertTrue(browser.globalMessages().contains("账号 " + account + " 的加密锁绑定已解除"), browser.allMessages());
        assertNotNull(Database.scalar("SELECT b.unbound_by FROM dongle_binding b JOIN account a ON a.id = b.account_id"
                + " WHERE a.username = ? AND b.unbound_at IS NOT NULL", account));
        assertEquals(1L, ((Number) Database.scalar("SELECT COUNT(*) FROM audit_record WHERE action = 'DONGLE_UNBOUND'"
                + " AND target = ? AND actor = 'admin'", account)).longValue());
        browser.logout();
        browser.login(account, account.equals("wuhaisz01") ? "Wuhai2026" : "Demo2026");
        assertTrue(browser.globalMessages().contains("该加密锁未绑定此账号"), browser.allMessages());
    }

    @Test
    void aReplayedSignatureIsRefused() {
        typeLogin("demoqy02", "Wrong2026");
        String used = signature();
        send(used);
        assertTrue(browser.globalMessages().contains("用户名或密码错误"), browser.allMessages());
        long before = audits("NONCE_USED");
        typeLogin("demoqy02", "Demo2026");
        send(used);
        assertTrue(browser.globalMessages().contains("登录请求已失效"), browser.allMessages());
        assertEquals(before + 1, audits("NONCE_USED"));
        assertTrue(browser.title().contains("用户登录"));
    }

    @Test
    void anExpiredNonceIsRefused() {
        typeLogin("demoqy02", "Demo2026");
        String signed = signature();
        // Two minutes pass: the nonce this session holds was issued three minutes ago.
        Database.update("UPDATE login_nonce SET issued_at = DATEADD('MINUTE', -3, issued_at)"
                + " WHERE issued_at > DATEADD('MINUTE', -1, CURRENT_TIMESTAMP)");
        long before = audits("NONCE_EXPIRED");
        send(signed);
        assertTrue(browser.globalMessages().contains("登录请求已超时"), browser.allMessages());
        assertEquals(before + 1, audits("NONCE_EXPIRED"));
    }

    @Test
    void aSignatureOverAnotherNonceIsRefused() {
        typeLogin("demoqy02", "Demo2026");
        String first = signature();
        String second = signature();
        assertTrue(!first.equals(second));
        long before = audits("OTHER_NONCE");
        send(first);
        assertTrue(browser.globalMessages().contains("加密锁签名与本次登录请求不符"), browser.allMessages());
        assertEquals(before + 1, audits("OTHER_NONCE"));
    }

    @Test
    void aTamperedSignatureIsRefused() {
        typeLogin("demoqy02", "Demo2026");
        byte[] cms = Base64.getDecoder().decode(signature());
        cms[cms.length - 8] ^= 0x5a;
        long before = audits("BAD_SIGNATURE") + audits("MALFORMED");
        send(Base64.getEncoder().encodeToString(cms));
        assertTrue(browser.globalMessages().contains("加密锁签名无效"), browser.allMessages());
        assertEquals(before + 1, audits("BAD_SIGNATURE") + audits("MALFORMED"));
    }

    @Test
    void anotherAccountsCertificateIsRefused() {
        long before = audits("未绑定此账号");
        Object failedBefore = Database.scalar("SELECT failed_logins FROM account WHERE username = 'demoqy02'");
        typeLogin("demoqy02", "Demo2026");
        browser.js().executeScript("BuildRegDongle.alias = 'demoqy01';");
        browser.submitSigned("登 录");
        assertTrue(browser.globalMessages().contains("该加密锁未绑定此账号"), browser.allMessages());
        assertEquals(before + 1, audits("未绑定此账号"));
        assertEquals(failedBefore, Database.scalar("SELECT failed_logins FROM account WHERE username = 'demoqy02'"),
                "a dongle refusal is not a password failure");
    }

    @Test
    void expiredAndUntrustedCertificatesAreRefused() {
        Instant now = Instant.now();
        Dongles.enrolDirectly("qy02expired", Dongles.platformCa(), BigInteger.valueOf(900001),
                now.minus(Duration.ofDays(800)), now.minus(Duration.ofDays(1)));
        long expired = audits("EXPIRED");
        typeLogin("demoqy02", "Demo2026");
        browser.js().executeScript("BuildRegDongle.alias = 'qy02expired';");
        browser.submitSigned("登 录");
        assertTrue(browser.globalMessages().contains("加密锁证书已过期"), browser.allMessages());
        assertEquals(expired + 1, audits("EXPIRED"));

        // A CA of the same name that the platform does not trust.
        PlatformCa impostor = PlatformCa.create("BuildReg 加密锁 CA", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)));
        Dongles.enrolDirectly("qy02foreign", impostor, BigInteger.valueOf(1001), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(300)));
        long untrusted = audits("UNTRUSTED");
        typeLogin("demoqy02", "Demo2026");
        browser.js().executeScript("BuildRegDongle.alias = 'qy02foreign';");
        browser.submitSigned("登 录");
        assertTrue(browser.globalMessages().contains("加密锁证书不是本平台认可的机构签发"), browser.allMessages());
        assertEquals(untrusted + 1, audits("UNTRUSTED"));
    }

    @Test
    void aWrongPinIsRefusedByTheAgentBesideTheField() {
        browser.open("/login.xhtml");
        browser.waitUntil(() -> browser.driver().findElement(By.id("dongleStatus")).getText().contains("已检测到加密锁"));
        browser.screenshot("login-with-dongle");
        browser.type("用户名", "demoqy02");
        browser.type("密码", "Demo2026");
        browser.type("加密锁口令", "000000");
        browser.submitSigned("登 录");
        assertEquals("加密锁口令错误", browser.messageFor("加密锁口令"));
        assertTrue(browser.title().contains("用户登录"));
        browser.type("加密锁口令", "");
        browser.submitSigned("登 录");
        assertEquals("请输入加密锁口令", browser.messageFor("加密锁口令"));
    }

    @Test
    void theAgentAnswersThePlatformsOriginOnly() {
        Dongles.Answer foreign = Dongles.call("/sign", "{\"pin\":\"" + Dongles.PIN + "\",\"nonce\":\"x\"}",
                "http://evil.example");
        assertEquals(403, foreign.status());
        assertNull(foreign.allowOrigin());
        assertEquals("FORBIDDEN_ORIGIN", foreign.field("code"));
        Dongles.Answer platform = Dongles.call("/status", null, Dongles.ORIGIN);
        assertEquals(200, platform.status());
        assertEquals(Dongles.ORIGIN, platform.allowOrigin());
        // The same page served from another origin (127.0.0.1 instead of localhost): the browser gets no answer.
        browser.driver().get(Browser.URL.replace("localhost", "127.0.0.1") + "/login.xhtml");
        browser.waitUntil(() -> browser.driver().findElement(By.id("dongleStatus")).getText().contains("未检测到加密锁驱动"));
    }

    @Test
    void theLoginPageOffersTheAgentForDownload() {
        byte[] jar = browser.fetch("/download/dongle-agent.jar");
        assertTrue(jar.length > 100_000, "the agent jar with its libraries");
        assertEquals('P', jar[0]);
        assertEquals('K', jar[1]);
        browser.open("/login.xhtml");
        assertTrue(browser.driver().findElement(By.id("agentLink")).getText().contains("下载加密锁驱动"));
        assertTrue(browser.driver().findElement(By.id("login:bindLink")).getText().contains("绑定加密锁"));
    }
}
