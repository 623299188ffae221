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
        return errors.messages().get(field);
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
    @ValueSource(strings = {"Demo2026", "nmg-Jz2026", "内蒙古建筑业平台8", "k7Vq2mRt9xLw4nBp8cYh3jKs6dFg5aZe1uOi0yTr2wQe7pLk4sHn9bMv"})
    void acceptsPasswordsOfEightToSixtyFourCharacters(String password) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkPassword("password", password, errors);
        assertFalse(errors.hasErrorOn("password"), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Bt2026x", "nmg123", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefg"})
    void refusesPasswordsOutsideEightToSixtyFour(String password) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkPassword("password", password, errors);
        assertEquals("密码须为8-64位", errorOn("password", errors));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "Password1", "P@ssw0rd", "woaini1314", "1qaz2wsx", "88888888", "aaaaaaaaaa",
        "98765432", "23456789", "QWERTYUIOP"})
    void refusesCommonAndTrivialPasswords(String password) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkPassword("password", password, errors);
        assertEquals("密码过于简单（常用密码、重复字符或连续数字），请换一个", errorOn("password", errors), password);
    }

    @Test
    void passwordsMayHoldSymbolsAndChinese() {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkPassword("password", "内蒙古建筑!@#1", errors);
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
