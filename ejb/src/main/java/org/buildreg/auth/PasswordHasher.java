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
 * iteration count can grow without invalidating older hashes. The old system's unsalted MD5 hashes are never kept
 * bare: the migration wraps each in PBKDF2 ({@code md5+pbkdf2-sha256$…}, over the MD5's hex), and the first login
 * with the right password replaces the wrap with an ordinary hash.
 */
public final class PasswordHasher {

    static final String SCHEME = "pbkdf2-sha256";
    /** An old MD5 wrapped in PBKDF2 at migration. */
    static final String WRAPPED_MD5 = "md5+pbkdf2-sha256";
    /**
     * Iterations of the wrap: a migration wraps every old account at once (tens of thousands in one night), so far
     * fewer than {@link #ITERATIONS}; still ten thousand times an attacker's work per guess against a stolen table
     * compared with bare MD5, and gone for each account at its first login.
     */
    static final int WRAP_ITERATIONS = 10_000;
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
        return verify(password, stored, SCHEME);
    }

    /** The old system's MD5 (hex) wrapped in PBKDF2, to be stored instead of the MD5 itself. */
    public static String wrapLegacyMd5(String md5Hex) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(md5Hex.strip().toLowerCase(java.util.Locale.ROOT), salt, WRAP_ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return WRAPPED_MD5 + "$" + WRAP_ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether {@code stored} is a wrapped old MD5 ({@link #wrapLegacyMd5}). */
    public static boolean isWrappedLegacyMd5(String stored) {
        return stored != null && stored.startsWith(WRAPPED_MD5 + "$");
    }

    /** Checks {@code password} against a wrapped old MD5: the old system's MD5 of it, wrapped the same way. */
    public static boolean verifyWrappedLegacyMd5(String password, String stored) {
        return password != null && verify(md5Hex(password), stored, WRAPPED_MD5);
    }

    private static boolean verify(String password, String stored, String scheme) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !scheme.equals(parts[0])) {
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

    /** The old system's hash: hex MD5 of the UTF-8 password, without salt. */
    private static String md5Hex(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
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
