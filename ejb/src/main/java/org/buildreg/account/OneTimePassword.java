package org.buildreg.account;

import java.security.SecureRandom;

/** One-time passwords the administrator hands out: 10 characters, no look-alikes (0/O, 1/l/I). */
public final class OneTimePassword {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int LENGTH = 10;

    private OneTimePassword() {
    }

    public static String generate() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
