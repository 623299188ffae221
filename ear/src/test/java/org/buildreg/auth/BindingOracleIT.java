package org.buildreg.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Dongles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 绑定加密锁 is no password oracle: someone with a dongle of their own (enrolled, bound to nothing) tries another
 * account's password on it. A right password of an account that already has a dongle, a wrong password and an unknown
 * name all get the same answer; the tries never lock the target account; after ten the dongle is throttled; nothing
 * is bound.
 */
class BindingOracleIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String PROBE = "bindprobe";
    private static final String TARGET = "demoqy01sub";

    private String tryToBind(String username, String password) {
        Dongles.bind(browser, PROBE, username, password, "李探", "150102199003152336", "13912345678");
        return browser.globalMessages();
    }

    @Test
    void aDongleOfOnesOwnTellsNothingOfAnotherAccountAndLocksNobody() {
        Dongles.enrolThroughAdmin(PROBE, "李探");

        String rightPasswordOfABoundAccount = tryToBind(TARGET, "Demo2026");
        assertTrue(rightPasswordOfABoundAccount.contains("用户名或密码错误"), rightPasswordOfABoundAccount);
        browser.screenshot("bind-refused");
        assertEquals(rightPasswordOfABoundAccount, tryToBind(TARGET, "Wrong2026"));
        assertEquals(rightPasswordOfABoundAccount, tryToBind("nosuchuser01", "Demo2026"));
        for (int i = 4; i <= 10; i++) {
            assertEquals(rightPasswordOfABoundAccount, tryToBind(TARGET, "Wrong" + i + "x2026"));
        }
        assertTrue(tryToBind(TARGET, "Demo2026").contains("绑定尝试次数过多"), browser.allMessages());

        long serial = ((Number) Database.scalar("SELECT MAX(serial_no) FROM dongle_certificate WHERE subject LIKE ?",
                "%OU=" + PROBE + "%")).longValue();
        assertEquals(0L, ((Number) Database.scalar("SELECT COUNT(*) FROM dongle_binding WHERE serial_hex = ?",
                Long.toHexString(serial))).longValue(), "nothing bound to the probe's dongle");
        assertEquals(0L, ((Number) Database.scalar("SELECT failed_logins FROM account WHERE username = ?", TARGET))
                .longValue(), "the binding page's wrong passwords do not count against the account");
        browser.login(TARGET, "Demo2026");
        assertEquals(TARGET, browser.driver().findElement(org.openqa.selenium.By.id("ov-username")).getText());
    }
}
