package org.buildreg.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, stored as {@code pbkdf2-sha256$iterations$salt$hash} so that the
 * iteration count can grow without invalidating older hashes. Also checks the old system's unsalted MD5.
 */
public final class PasswordHasher {

    static final String SCHEME = "pbkdf2-sha256";
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (about 0.3 s here); older hashes are redone at their next login. */
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public static boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] expected = b64.decode(parts[3]);
            byte[] actual = pbkdf2(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            // A damaged stored hash refuses the login like a wrong password; it never breaks the page.
            return false;
        }
    }

    /** Whether {@code stored} was made with fewer iterations than now (or another scheme): redo it at login. */
    public static boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        try {
            return parts.length != 4 || !SCHEME.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** The old system stored hex MD5 of the UTF-8 password, without salt. */
    public static boolean verifyLegacyMd5(String password, String md5Hex) {
        if (password == null || md5Hex == null) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII),
                    md5Hex.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JVM", e);
        }
    }
}
