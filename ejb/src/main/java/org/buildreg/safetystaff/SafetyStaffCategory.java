package org.buildreg.safetystaff;

/**
 * 人员类别 of a safety staff certificate (table safety_staff_category). The certificate number carries only the
 * letter: C1, C2 and C3 all hold 蒙建安C(…) numbers (the manual shows 蒙建安C(2016)0002101 for a 土建 holder).
 */
public enum SafetyStaffCategory {
    A("企业主要负责人"), B("项目负责人"), C1("机械安全生产管理人员"), C2("土建安全生产管理人员"),
    C3("综合安全生产管理人员");

    private final String label;

    SafetyStaffCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label of a category stored by name in a form (A, B, C1 …); blank for none, the name if unknown. */
    public static String labelOf(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        try {
            return valueOf(name).label();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** A, B or C: the letter of the 证书编号. */
    public String numberLetter() {
        return name().substring(0, 1);
    }

    /** 证书编号: 蒙建安, the letter, the year of issue in brackets and a seven-digit sequence. */
    public String certificateNo(int year, long sequence) {
        if (sequence < 1 || sequence > 9_999_999L) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return String.format("蒙建安%s(%d)%07d", numberLetter(), year, sequence);
    }
}
