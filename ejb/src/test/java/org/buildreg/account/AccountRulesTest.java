package org.buildreg.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.buildreg.platform.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

    private static final String FIELD = "username";

    private static String errorOn(String field, Refusal.Collector errors) {
        try {
            errors.throwIfAny();
            return null;
        } catch (Refusal refusal) {
            return refusal.messages().get(field);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc123", "ABCDEF", "123456", "abcdefghij12345678", "Nmg2024Jz", " abc123 "})
    void acceptsUsernamesOfSixToEighteenLettersOrDigits(String username) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkUsername(FIELD, username, errors);
        assertFalse(errors.hasErrorOn(FIELD), username);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc12", "a", "abcdefghij123456789", "abcdefghij1234567890123"})
    void refusesUsernamesOfFiveOrNineteenCharacters(String username) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkUsername(FIELD, username, errors);
        assertEquals("用户名须为6-18位字母或数字", errorOn(FIELD, errors));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三丰abc123", "内蒙古建筑企业", "abc_123", "abc-123", "abc.123", "abc 123", "abc@123",
            "ａｂｃ１２３", "abc123!"})
    void refusesChineseCharactersAndSymbols(String username) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkUsername(FIELD, username, errors);
        assertEquals("用户名须为6-18位字母或数字", errorOn(FIELD, errors));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankUsernameIsMissing(String username) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkUsername(FIELD, username, errors);
        assertEquals("请填写用户名", errorOn(FIELD, errors));
    }

    @Test
    void usernameBoundariesAreSixAndEighteen() {
        assertUsernameAccepted("a".repeat(6), true);
        assertUsernameAccepted("a".repeat(5), false);
        assertUsernameAccepted("1".repeat(18), true);
        assertUsernameAccepted("1".repeat(19), false);
    }

    private static void assertUsernameAccepted(String username, boolean accepted) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkUsername(FIELD, username, errors);
        assertEquals(!accepted, errors.hasErrorOn(FIELD), username);
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 7, 11, 12})
    void acceptsPasswordsOfSixToTwelveCharacters(int length) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkPassword("password", "p".repeat(length), errors);
        assertFalse(errors.hasErrorOn("password"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 13, 40})
    void refusesPasswordsOutsideSixToTwelve(int length) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkPassword("password", "p".repeat(length), errors);
        assertEquals("密码须为6-12位", errorOn("password", errors));
    }

    @Test
    void passwordsMayHoldSymbolsAndChinese() {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkPassword("password", "内蒙古!@#1", errors);
        assertFalse(errors.hasErrorOn("password"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingPassword(String password) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkPassword("password", password, errors);
        assertEquals("请设置密码", errorOn("password", errors));
    }

    @Test
    void requiredNamesTheLabel() {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.required("contactName", " ", "联系人", errors);
        AccountRules.required("contactPhone", "13800000000", "联系电话", errors);
        assertEquals("请填写联系人", errorOn("contactName", errors));
        assertFalse(errors.hasErrorOn("contactPhone"));
    }
}
