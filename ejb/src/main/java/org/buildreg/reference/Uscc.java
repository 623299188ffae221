package org.buildreg.reference;

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character alphabet,
 * the last one a MOD 31 check character; characters 9–17 are the holder's organization code (GB 11714).
 */
public final class Uscc {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == ALPHABET.charAt(check)
                && OrganizationCode.isValid(code.substring(8, 17));
    }

    /** The organization code embedded in a valid USCC, written the usual way ("60003734-1"). */
    public static String organizationCodeOf(String uscc) {
        return uscc.substring(8, 16) + "-" + uscc.charAt(16);
    }
}
