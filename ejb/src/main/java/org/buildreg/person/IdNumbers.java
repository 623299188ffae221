package org.buildreg.person;

/** Shows an ID number the way public pages and lists may: the middle hidden (150102********123X). */
public final class IdNumbers {

    private IdNumbers() {
    }

    public static String mask(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        int length = idNumber.length();
        if (length <= 4) {
            return "*".repeat(length);
        }
        // Hide at least half of what is not the tail, so short passport or officer numbers are masked too.
        int keepTail = length >= 8 ? 4 : 2;
        int keepHead = Math.min(6, Math.max(1, (length - keepTail) / 2));
        return idNumber.substring(0, keepHead) + "*".repeat(length - keepHead - keepTail)
                + idNumber.substring(length - keepTail);
    }
}
