package org.buildreg.reference;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 居民身份证号码, GB 11643-1999: six digits of address code, the birth date, a three-digit sequence whose
 * last digit is odd for men, and an ISO 7064 MOD 11-2 check character. The address code may be a historical
 * one (152700 伊克昭盟), so it is not checked against today's divisions.
 */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdCardNumber() {
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{17}[\\dX]")) {
            return false;
        }
        return birthDate(number).isPresent() && number.charAt(17) == checkCharacter(number.substring(0, 17));
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The birth date written in an 18-digit number, if it is a real date. */
    public static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** True for a man: the seventeenth digit is odd. */
    public static boolean isMale(String number) {
        return (number.charAt(16) - '0') % 2 == 1;
    }

    /**
     * Whether a valid 18-digit number agrees with what a form says of its holder: the same birth date and
     * gender ("男" / "女"). Forms check this next to the number itself.
     */
    public static boolean agreesWith(String number, LocalDate birthDate, String gender) {
        if (!isValid(number)) {
            return false;
        }
        boolean sameBirth = birthDate == null || birthDate(number).map(birthDate::equals).orElse(false);
        boolean sameGender = gender == null || gender.isBlank() || ("男".equals(gender.trim()) == isMale(number));
        return sameBirth && sameGender;
    }

    /**
     * Upper-cases the check character and turns a first-generation 15-digit number into 18 digits
     * (19 before the two-digit birth year, then the check character).
     */
    public static String normalize(String number) {
        if (number == null) {
            return null;
        }
        String n = number.trim().toUpperCase();
        if (n.matches("\\d{15}")) {
            String body = n.substring(0, 6) + "19" + n.substring(6);
            return body + checkCharacter(body);
        }
        return n;
    }
}
