package org.buildreg.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lockout after five failures, a new session id at login, logout, and the one-time MD5 upgrade of old accounts. */
class LockoutAndSessionIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** The lockout test leaves city150300 locked for 15 minutes: the README's demo login must work afterwards. */
    @org.junit.jupiter.api.AfterAll
    static void unlockTheDemoAccount() {
        Database.update("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = 'city150300'");
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            browser.login("city150300", "wrong" + i);
            assertTrue(browser.globalMessages().contains("用户名或密码错误"), browser.globalMessages());
        }
        browser.login("city150300", "wrong5");
        assertTrue(browser.globalMessages().contains("账号已锁定"), browser.globalMessages());
        assertNotNull(Database.scalar("SELECT locked_until FROM account WHERE username = ?", "city150300"));

        browser.login("city150300", "Demo2026");
        assertTrue(browser.globalMessages().contains("账号已锁定"), "the right password does not help while locked");
        assertTrue(((Number) Database.scalar("SELECT COUNT(*) FROM audit_record WHERE actor = ? AND action = ?",
                "city150300", "LOGIN_LOCKED")).intValue() >= 1);
    }

    @Test
    void loginIssuesANewSessionIdAndLogoutEndsTheSession() {
        // The login page keeps no session; one made before login (新企业注册 needs one) must not survive it.
        browser.open("/login.xhtml");
        assertNull(browser.driver().manage().getCookieNamed("JSESSIONID"), "the login page keeps no session");
        browser.open("/register.xhtml");
        String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        browser.login("province01", "Demo2026");
        String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertNotEquals(before, after, "session id must change at login");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/home.xhtml"));

        browser.logout();
        browser.open("/home.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), browser.driver().getCurrentUrl());
    }

    @Test
    void anOldEnterpriseLogsInWithItsOldPasswordOnceAndItsMd5IsErased() {
        String wrapped = Database.scalar("SELECT password_hash FROM account WHERE username = ?", "dsjzaz2008").toString();
        assertTrue(wrapped.startsWith("md5+pbkdf2-sha256$"), "only the wrapped MD5 is known: " + wrapped);

        browser.login("dsjzaz2008", "Demo2026");

        assertEquals("dsjzaz2008", browser.driver().findElement(org.openqa.selenium.By.id("ov-username")).getText());
        assertTrue(Database.scalar("SELECT password_hash FROM account WHERE username = ?", "dsjzaz2008").toString()
                .startsWith("pbkdf2-sha256$"));
        browser.logout();
        browser.login("dsjzaz2008", "Demo2026");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/home.xhtml"), "the re-hashed password still works");
    }
}
