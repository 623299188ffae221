package org.buildreg.reference;

/**
 * 组织机构代码 (organization code), GB 11714-1997: eight digits or capital letters and a MOD 11 check
 * character (10 is written X), usually printed with a hyphen before the check character.
 */
public final class OrganizationCode {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrganizationCode() {
    }

    /** Accepts "60003734-1" and "600037341". */
    public static boolean isValid(String code) {
        String plain = normalize(code);
        if (plain == null) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = plain.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return plain.charAt(8) == expected;
    }

    /** The code as printed on certificates: "60003734-1"; anything not nine characters long as it is. */
    public static String display(String stored) {
        return stored == null || stored.length() != 9 ? stored : stored.substring(0, 8) + "-" + stored.charAt(8);
    }

    /** The code as stored: nine characters, no hyphen; null when it has neither of the two shapes. */
    public static String normalize(String code) {
        if (code == null) {
            return null;
        }
        String c = code.trim().toUpperCase();
        if (c.length() == 10 && c.charAt(8) == '-') {
            c = c.substring(0, 8) + c.charAt(9);
        }
        return c.length() == 9 ? c : null;
    }
}
