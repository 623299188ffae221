package org.buildreg.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A session open at one desk ends at its next request once the account is locked by ADMIN at another desk, or its
 * password is changed in another session (which itself goes on); the user lands on the login page that says why.
 */
class SessionEndIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String USER = "demoqy02sub";

    private static long ended() {
        return ((Number) Database.scalar("SELECT COUNT(*) FROM audit_record WHERE actor = ? AND action = 'SESSION_ENDED'",
                USER)).longValue();
    }

    private void assertEndedOnNextRequest(long endedBefore) {
        browser.open("/home.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), browser.driver().getCurrentUrl());
        assertTrue(browser.driver().findElement(By.id("login:sessionEnded")).getText().contains("您的登录已失效"));
        assertEquals(endedBefore + 1, ended());
        browser.screenshot("session-ended");
        browser.open("/home.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "the session is gone for good");
    }

    @Test
    void lockingTheAccountEndsItsOpenSession() {
        browser.login(USER, "Demo2026");
        assertEquals(USER, browser.driver().findElement(By.id("ov-username")).getText());
        long before = ended();

        Browser admin = Browser.standalone();
        try {
            admin.login("admin", "Demo2026");
            admin.open("/admin/enterprises.xhtml");
            admin.type("企业名称", "包头市示范");
            admin.click("查询");
            admin.clickInRow(USER, "锁定");
            assertEquals(1, ((Number) Database.scalar("SELECT admin_locked FROM account WHERE username = ?", USER))
                    .intValue());

            assertEndedOnNextRequest(before);

            admin.clickInRow(USER, "解锁");
        } finally {
            admin.close();
        }
        browser.login(USER, "Demo2026");
        assertEquals(USER, browser.driver().findElement(By.id("ov-username")).getText());
    }

    @Test
    void aPasswordChangedElsewhereEndsTheOtherSessionsOnly() {
        browser.login(USER, "Demo2026");
        long before = ended();

        Browser other = Browser.standalone();
        try {
            other.login(USER, "Demo2026");
            changePassword(other, "Demo2026", "Baotou2099");
            assertEndedOnNextRequest(before);

            other.open("/home.xhtml");
            assertEquals(USER, other.driver().findElement(By.id("ov-username")).getText(), "the changing one goes on");
            changePassword(other, "Baotou2099", "Demo2026");
        } finally {
            other.close();
        }
    }

    /** 修改密码 with a wrong old password five times: a sixth try is refused, the right password too, for a while. */
    @Test
    void wrongOldPasswordsOnPasswordChangeAreLimited() {
        browser.login("city150900", "Demo2026");
        for (int i = 1; i <= 5; i++) {
            browser.open("/account/password.xhtml");
            browser.type("原密码", "Wrong" + i + "x2026");
            browser.type("新密码", "Ulanqab2099");
            browser.type("确认新密码", "Ulanqab2099");
            browser.click("保存");
            assertEquals("原密码不正确", browser.messageFor("原密码"));
        }
        browser.open("/account/password.xhtml");
        browser.type("原密码", "Demo2026");
        browser.type("新密码", "Ulanqab2099");
        browser.type("确认新密码", "Ulanqab2099");
        browser.click("保存");
        assertEquals("原密码错误次数过多，请15分钟后再试", browser.messageFor("原密码"));
        browser.logout();
        browser.login("city150900", "Demo2026");
        assertEquals("city150900", browser.driver().findElement(By.id("ov-username")).getText(),
                "the password is unchanged and the account not locked");
    }

    private static void changePassword(Browser at, String old, String changed) {
        at.open("/account/password.xhtml");
        at.type("原密码", old);
        at.type("新密码", changed);
        at.type("确认新密码", changed);
        at.click("保存");
        assertTrue(at.globalMessages().contains("密码已修改"), at.allMessages());
    }
}
