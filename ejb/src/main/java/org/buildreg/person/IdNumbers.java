package org.buildreg.person;

/** Shows an ID number the way public pages and lists may: the middle hidden (150102********123X). */
public final class IdNumbers {

    private IdNumbers() {
    }

    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 8) {
            return idNumber;
        }
        int keepHead = Math.min(6, idNumber.length() - 4);
        return idNumber.substring(0, keepHead) + "*".repeat(idNumber.length() - keepHead - 4)
                + idNumber.substring(idNumber.length() - 4);
    }
}
