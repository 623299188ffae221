package org.buildreg.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final String MD5_123456 = "e10adc3949ba59abbe56e057f20f883e";

    @ParameterizedTest
    @ValueSource(strings = {"123456", "Abc!2345", "内蒙古建筑2025", "pass word$"})
    void hashThenVerifyRoundTrip(String password) {
        assertTrue(PasswordHasher.verify(password, PasswordHasher.hash(password)));
    }

    @Test
    void wrongPasswordIsRefused() {
        String stored = PasswordHasher.hash("Abc!2345");
        assertFalse(PasswordHasher.verify("Abc!2346", stored));
        assertFalse(PasswordHasher.verify("abc!2345", stored));
        assertFalse(PasswordHasher.verify("", stored));
        assertFalse(PasswordHasher.verify(null, stored));
    }

    @Test
    void samePasswordHashesDifferentlyEachTime() {
        String first = PasswordHasher.hash("123456");
        String second = PasswordHasher.hash("123456");
        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
        assertTrue(PasswordHasher.verify("123456", first));
        assertTrue(PasswordHasher.verify("123456", second));
    }

    @Test
    void hashesWithFewerIterationsThanNowAreRedone() {
        assertFalse(PasswordHasher.needsRehash(PasswordHasher.hash("Abc!2345")));
        assertTrue(PasswordHasher.needsRehash("pbkdf2-sha256$120000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA"));
        assertTrue(PasswordHasher.needsRehash("md5$x$y$z"));
        assertTrue(PasswordHasher.needsRehash(null));
    }

    @Test
    void storedFormatIsSchemeIterationsSaltHash() {
        String stored = PasswordHasher.hash("123456");
        assertTrue(stored.matches("pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+"), stored);
        String[] parts = stored.split("\\$");
        assertEquals(4, parts.length);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void tamperedHashIsRefused() {
        String stored = PasswordHasher.hash("123456");
        String[] parts = stored.split("\\$");

        assertFalse(PasswordHasher.verify("123456", join(parts[0], parts[1], parts[2], flipFirst(parts[3]))));
        assertFalse(PasswordHasher.verify("123456", join(parts[0], parts[1], flipFirst(parts[2]), parts[3])));
        assertFalse(PasswordHasher.verify("123456", join(parts[0], "599999", parts[2], parts[3])));
        assertFalse(PasswordHasher.verify("123456", join("pbkdf2-sha1", parts[1], parts[2], parts[3])));
        assertFalse(PasswordHasher.verify("123456", join(parts[0], parts[1], parts[2])));
        assertFalse(PasswordHasher.verify("123456", stored + "$extra"));
        assertFalse(PasswordHasher.verify("123456", MD5_123456));
        assertFalse(PasswordHasher.verify("123456", null));
    }

    private static String join(String... parts) {
        return String.join("$", parts);
    }

    /** Changes the first Base64 character, which always changes the first decoded byte. */
    private static String flipFirst(String base64) {
        char replacement = base64.charAt(0) == 'A' ? 'B' : 'A';
        return replacement + base64.substring(1);
    }

    @Test
    void anOldMd5IsStoredWrappedNeverBare() {
        String wrapped = PasswordHasher.wrapLegacyMd5(MD5_123456);
        assertTrue(wrapped.startsWith("md5+pbkdf2-sha256$10000$"), wrapped);
        assertFalse(wrapped.toLowerCase().contains(MD5_123456), wrapped);
        assertNotEquals(wrapped, PasswordHasher.wrapLegacyMd5(MD5_123456), "salted");
        assertTrue(PasswordHasher.isWrappedLegacyMd5(wrapped));
        assertFalse(PasswordHasher.isWrappedLegacyMd5(PasswordHasher.hash("123456")));
    }

    @Test
    void theWrappedMd5AcceptsTheOldPasswordWhateverTheCaseOrSpacesOfTheExport() {
        assertTrue(PasswordHasher.verifyWrappedLegacyMd5("123456", PasswordHasher.wrapLegacyMd5(MD5_123456)));
        assertTrue(PasswordHasher.verifyWrappedLegacyMd5("123456",
                PasswordHasher.wrapLegacyMd5(" " + MD5_123456.toUpperCase() + " ")));
    }

    @Test
    void theWrappedMd5RefusesAnyOtherPasswordAndIsNoOrdinaryHash() {
        String wrapped = PasswordHasher.wrapLegacyMd5(MD5_123456);
        assertFalse(PasswordHasher.verifyWrappedLegacyMd5("1234567", wrapped));
        assertFalse(PasswordHasher.verifyWrappedLegacyMd5("654321", wrapped));
        assertFalse(PasswordHasher.verifyWrappedLegacyMd5("", wrapped));
        assertFalse(PasswordHasher.verifyWrappedLegacyMd5(null, wrapped));
        assertFalse(PasswordHasher.verifyWrappedLegacyMd5(MD5_123456, wrapped), "the MD5 itself is no password");
        assertFalse(PasswordHasher.verify("123456", wrapped));
        assertFalse(PasswordHasher.verify(MD5_123456, wrapped));
        assertFalse(PasswordHasher.verifyWrappedLegacyMd5("123456", PasswordHasher.hash("123456")));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "pbkdf2-sha256$abc$c2FsdA$aGFzaA", "pbkdf2-sha256$0$c2FsdA$aGFzaA", "pbkdf2-sha256$1000$***$aGFzaA"})
    void damagedStoredHashIsRefusedNotThrown(String damaged) {
        assertFalse(PasswordHasher.verify("123456", damaged));
    }
}
