package org.buildreg.constructor;

/** 变更注册原因. 聘用企业变更 is filed by the new enterprise through 人员调入, never directly. */
public enum ChangeReason {
    EMPLOYER("聘用企业变更"), ENTERPRISE_NAME("企业名称变更"), NAME("姓名变更"), ID_NUMBER("身份证号码变更");

    private final String label;

    ChangeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ChangeReason parse(String name) {
        try {
            return name == null ? null : valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
