package org.buildreg.dongle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.buildreg.account.Account;
import org.buildreg.account.Role;
import org.buildreg.auth.PasswordHasher;
import org.junit.jupiter.api.Test;

/** Who may get the first administrator's dongle from the server itself, and from where. */
class FirstAdministratorDongleTest {

    private static final String ONE_TIME = "Ab3dE5gH7k";
    private static final String HASH = PasswordHasher.hash(ONE_TIME);

    private static Account admin() {
        Account admin = Account.staff(Role.ADMIN, "admin", null, "协会信息中心", null, LocalDateTime.now());
        admin.resetPassword(HASH);
        return admin;
    }

    @Test
    void theFreshAdministratorWithItsOneTimePasswordGetsItsDongle() {
        assertNull(FirstAdministratorDongle.refusal(admin(), ONE_TIME, 0));
    }

    @Test
    void onceAnyAdministratorHasHadADongleNobodyGetsOneThisWay() {
        assertTrue(FirstAdministratorDongle.refusal(admin(), ONE_TIME, 1).contains("已有管理员绑定过加密锁"));
    }

    @Test
    void aWrongPasswordAChangedPasswordOrAnotherRoleIsRefusedAlike() {
        String wrong = FirstAdministratorDongle.refusal(admin(), "Wrong-2026", 0);
        assertTrue(wrong.contains("一次性密码不正确"), wrong);
        Account changed = admin();
        changed.changePassword(HASH);
        assertTrue(FirstAdministratorDongle.refusal(changed, ONE_TIME, 0).equals(wrong));
        Account reviewer = Account.staff(Role.PROVINCE_REVIEWER, "admin", null, "厅", null, LocalDateTime.now());
        reviewer.resetPassword(HASH);
        assertTrue(FirstAdministratorDongle.refusal(reviewer, ONE_TIME, 0).equals(wrong));
        assertTrue(FirstAdministratorDongle.refusal(null, ONE_TIME, 0).equals(wrong));
    }

    @Test
    void aDisabledAdministratorIsRefused() {
        Account disabled = admin();
        disabled.disable();
        assertTrue(FirstAdministratorDongle.refusal(disabled, ONE_TIME, 0).contains("停用"));
    }

    @Test
    void onlyTheLoopbackAddressCounts() {
        assertTrue(FirstAdministratorDongle.isLoopback("127.0.0.1"));
        assertTrue(FirstAdministratorDongle.isLoopback("::1"));
        assertTrue(FirstAdministratorDongle.isLoopback("0:0:0:0:0:0:0:1"));
        assertFalse(FirstAdministratorDongle.isLoopback("10.0.0.5"));
        assertFalse(FirstAdministratorDongle.isLoopback("localhost"));
        assertFalse(FirstAdministratorDongle.isLoopback(null));
        assertFalse(FirstAdministratorDongle.isLoopback("203.0.113.7"));
    }
}
