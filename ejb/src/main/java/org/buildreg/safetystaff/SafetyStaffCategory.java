package org.buildreg.safetystaff;

/** 人员类别 of a safety staff certificate (table safety_staff_category). */
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
}
