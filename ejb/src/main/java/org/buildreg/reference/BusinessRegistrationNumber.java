package org.buildreg.reference;

/**
 * 营业执照注册号 (the 15-digit business registration number used before the USCC), whose last digit is
 * a GB/T 17710 (ISO 7064) MOD 11,10 check digit.
 */
public final class BusinessRegistrationNumber {

    private BusinessRegistrationNumber() {
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{15}")) {
            return false;
        }
        return number.charAt(14) == checkDigit(number.substring(0, 14));
    }

    /** The check digit for the first fourteen digits. */
    public static char checkDigit(String body) {
        int p = 10;
        for (int i = 0; i < body.length(); i++) {
            int s = (p + (body.charAt(i) - '0')) % 10;
            if (s == 0) {
                s = 10;
            }
            p = s * 2 % 11;
        }
        return (char) ('0' + (11 - p) % 10);
    }
}
