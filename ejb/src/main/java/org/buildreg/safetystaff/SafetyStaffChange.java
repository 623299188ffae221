package org.buildreg.safetystaff;

/** 申请内容 of a 安管人员 证书变更: the manual's 姓名 and 身份证号, and 人员类别 among C1–C3 (its note 人员类别变化). */
public enum SafetyStaffChange {
    NAME("姓名"), ID_NUMBER("身份证号"), CATEGORY("人员类别");

    private final String label;

    SafetyStaffChange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The change stored in a form, or null for none or an unknown one. */
    public static SafetyStaffChange parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
