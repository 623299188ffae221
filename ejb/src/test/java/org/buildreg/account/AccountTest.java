package org.buildreg.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 10, 9, 30);
    private static final String MD5_123456 = "e10adc3949ba59abbe56e057f20f883e";

    private final Enterprise enterprise = new Enterprise("呼和浩特市某建筑工程有限公司", "91150100MA0N1A2B30",
            "MA0N1A2B3", "150100000001239", "150100", "150102", "呼和浩特市新城区", "呼和浩特市新城区", NOW);

    private Account main() {
        return Account.enterpriseMain(enterprise, "hhht0001", "hash-1", NOW);
    }

    private static void failTimes(Account account, int times, LocalDateTime at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at);
        }
    }

    @Test
    void newAccountIsNotLocked() {
        Account account = main();
        assertFalse(account.isLockedAt(NOW));
        assertEquals(0, account.getFailedLogins());
        assertFalse(account.isMustChangePassword());
    }

    @Test
    void fourFailuresDoNotLock() {
        Account account = main();
        failTimes(account, 4, NOW);
        assertFalse(account.isLockedAt(NOW));
        assertEquals(4, account.getFailedLogins());
        assertNull(account.getLockedUntil());
    }

    @Test
    void fifthFailureLocksForFifteenMinutes() {
        Account account = main();
        failTimes(account, 4, NOW.minusMinutes(3));
        account.recordFailedLogin(NOW);

        LocalDateTime until = NOW.plusMinutes(15);
        assertEquals(until, account.getLockedUntil());
        assertEquals(Duration.ofMinutes(15), Account.LOCKOUT);
        assertTrue(account.isLockedAt(NOW));
        assertTrue(account.isLockedAt(until.minusSeconds(1)));
        assertTrue(account.isLockedAt(until.minusNanos(1)));
        assertFalse(account.isLockedAt(until));
        assertFalse(account.isLockedAt(until.plusSeconds(1)));
    }

    @Test
    void successfulLoginResetsTheCounter() {
        Account account = main();
        failTimes(account, 4, NOW);
        account.recordSuccessfulLogin(NOW.plusMinutes(1));
        assertEquals(0, account.getFailedLogins());
        assertEquals(NOW.plusMinutes(1), account.getLastLoginAt());

        failTimes(account, 4, NOW.plusMinutes(2));
        assertFalse(account.isLockedAt(NOW.plusMinutes(2)));

        account.recordFailedLogin(NOW.plusMinutes(2));
        assertTrue(account.isLockedAt(NOW.plusMinutes(2)));
    }

    @Test
    void countingStartsAfreshOnceTheLockoutHasExpired() {
        Account account = main();
        failTimes(account, 5, NOW);
        LocalDateTime afterLockout = NOW.plusMinutes(15);

        failTimes(account, 4, afterLockout);
        assertFalse(account.isLockedAt(afterLockout));

        account.recordFailedLogin(afterLockout);
        assertTrue(account.isLockedAt(afterLockout));
        assertEquals(afterLockout.plusMinutes(15), account.getLockedUntil());
    }

    @Test
    void adminLockHoldsWithoutTimeLimitUntilUnlocked() {
        Account account = main();
        account.lockByAdmin();
        assertTrue(account.isAdminLocked());
        assertTrue(account.isLockedAt(NOW));
        assertTrue(account.isLockedAt(NOW.plusYears(5)));

        account.unlock();
        assertFalse(account.isAdminLocked());
        assertFalse(account.isLockedAt(NOW));
    }

    @Test
    void unlockAlsoLiftsLockoutAfterFailures() {
        Account account = main();
        failTimes(account, 5, NOW);
        assertTrue(account.isLockedAt(NOW.plusMinutes(1)));

        account.unlock();
        assertFalse(account.isLockedAt(NOW.plusMinutes(1)));
        assertNull(account.getLockedUntil());
        assertEquals(0, account.getFailedLogins());
    }

    @Test
    void resetPasswordForcesChangeAndUnlocks() {
        Account account = Account.legacyMain(enterprise, "hhht0002", MD5_123456, NOW);
        account.lockByAdmin();
        failTimes(account, 5, NOW);

        account.resetPassword("one-time-hash");

        assertTrue(account.isMustChangePassword());
        assertEquals("one-time-hash", account.getPasswordHash());
        assertFalse(account.hasLegacyPassword());
        assertFalse(account.isAdminLocked());
        assertFalse(account.isLockedAt(NOW));
        assertEquals(0, account.getFailedLogins());
    }

    @Test
    void changePasswordClearsMustChangeAndTheWrappedMd5() {
        Account account = Account.legacyMain(enterprise, "hhht0003", MD5_123456, NOW);
        account.resetPassword("one-time-hash");

        account.changePassword("new-hash");

        assertFalse(account.isMustChangePassword());
        assertEquals("new-hash", account.getPasswordHash());
        assertFalse(account.hasLegacyPassword());
    }

    @Test
    void anOldAccountKeepsItsMd5OnlyWrapped() {
        Account account = Account.legacyMain(enterprise, "hhht0004", MD5_123456, NOW);
        assertTrue(account.hasLegacyPassword());
        assertTrue(account.getPasswordHash().startsWith("md5+pbkdf2-sha256$"), account.getPasswordHash());
        assertFalse(account.getPasswordHash().contains(MD5_123456));

        account.changePassword("new-hash");

        assertFalse(account.hasLegacyPassword());
        assertEquals("new-hash", account.getPasswordHash());
    }

    @Test
    void firstRightLoginOfALegacyAccountRehashesAndDropsTheWrappedMd5() {
        Account account = Account.legacyMain(enterprise, "hhht0005", MD5_123456, NOW);

        assertEquals(Account.PasswordCheck.RIGHT_AND_UPGRADED, account.checkPassword("123456"));

        assertFalse(account.hasLegacyPassword());
        assertTrue(account.getPasswordHash().startsWith("pbkdf2-sha256$"));
        assertTrue(org.buildreg.auth.PasswordHasher.verify("123456", account.getPasswordHash()));
        // The next login is an ordinary PBKDF2 check.
        assertEquals(Account.PasswordCheck.RIGHT, account.checkPassword("123456"));
    }

    @Test
    void wrongPasswordOnALegacyAccountKeepsTheWrappedMd5() {
        Account account = Account.legacyMain(enterprise, "hhht0006", MD5_123456, NOW);

        String wrapped = account.getPasswordHash();

        assertEquals(Account.PasswordCheck.WRONG, account.checkPassword("654321"));
        assertEquals(Account.PasswordCheck.WRONG, account.checkPassword(MD5_123456));

        assertEquals(wrapped, account.getPasswordHash());
        assertTrue(account.hasLegacyPassword());
    }

    @Test
    void md5IsNeverAcceptedOnceTheAccountHasAPbkdf2Hash() {
        Account account = Account.enterpriseMain(enterprise, "hhht0007",
                org.buildreg.auth.PasswordHasher.hash("Demo2026"), NOW);

        assertEquals(Account.PasswordCheck.WRONG, account.checkPassword(MD5_123456));
        assertEquals(Account.PasswordCheck.RIGHT, account.checkPassword("Demo2026"));
    }

    @Test
    void mainAccountHasEveryModule() {
        Account account = main();
        assertEquals(EnumSet.allOf(Module.class), account.modules());
        for (Module module : Module.values()) {
            assertTrue(account.grants(module), module.name());
        }
    }

    @Test
    void subAccountHasOnlyItsGrantedModules() {
        Account sub = Account.enterpriseSub(enterprise, "hhhtsub01", "hash", "张三",
                EnumSet.of(Module.CONSTRUCTOR, Module.SAFETY_LICENCE), NOW);

        assertEquals(EnumSet.of(Module.CONSTRUCTOR, Module.SAFETY_LICENCE), sub.modules());
        assertTrue(sub.grants(Module.CONSTRUCTOR));
        assertFalse(sub.grants(Module.QUALIFICATION));
        assertFalse(sub.grants(Module.ENTERPRISE));
    }

    @Test
    void subAccountWithoutModulesHasNone() {
        Account sub = Account.enterpriseSub(enterprise, "hhhtsub02", "hash", "李四", Set.of(), NOW);
        assertEquals(EnumSet.noneOf(Module.class), sub.modules());
    }

    @Test
    void grantReplacesTheModulesOfASubAccount() {
        Account sub = Account.enterpriseSub(enterprise, "hhhtsub03", "hash", "王五",
                EnumSet.of(Module.CONSTRUCTOR), NOW);

        sub.grant(EnumSet.of(Module.QUALIFICATION, Module.ENTERPRISE));

        assertEquals(EnumSet.of(Module.QUALIFICATION, Module.ENTERPRISE), sub.modules());
    }

    @Test
    void grantOnAMainAccountThrows() {
        Account account = main();
        assertThrows(IllegalStateException.class, () -> account.grant(EnumSet.of(Module.CONSTRUCTOR)));
        assertEquals(EnumSet.allOf(Module.class), account.modules());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CITY_REVIEWER", "PROVINCE_REVIEWER", "ADMIN", "BATCH_OPERATOR"})
    void staffAccountsHaveNoModules(Role role) {
        Account staff = Account.staff(role, "staff0001", "hash", "审核员", "150100", NOW);
        assertEquals(EnumSet.noneOf(Module.class), staff.modules());
        assertThrows(IllegalStateException.class, () -> staff.grant(EnumSet.of(Module.CONSTRUCTOR)));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ENTERPRISE_MAIN", "ENTERPRISE_SUB"})
    void staffFactoryRefusesEnterpriseRoles(Role role) {
        assertThrows(IllegalArgumentException.class,
                () -> Account.staff(role, "staff0002", "hash", "某人", "150100", NOW));
    }

    @Test
    void enterpriseAccountsTakeNameAndCityFromTheEnterprise() {
        Account account = main();
        assertEquals(Role.ENTERPRISE_MAIN, account.getRole());
        assertEquals("呼和浩特市某建筑工程有限公司", account.getDisplayName());
        assertEquals("150100", account.getCityCode());
        assertSame(enterprise, account.getEnterprise());
        assertEquals(NOW, account.getCreatedAt());

        Account sub = Account.enterpriseSub(enterprise, "hhhtsub04", "hash", "赵六", Set.of(), NOW);
        assertEquals(Role.ENTERPRISE_SUB, sub.getRole());
        assertEquals("赵六", sub.getDisplayName());
        assertEquals("150100", sub.getCityCode());
    }
}
