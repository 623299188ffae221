package org.buildreg.constructor;

/** 注册专业: the six specialties a level-2 constructor may be registered in (table specialty). */
public enum Specialty {
    BUILDING("建筑工程"), HIGHWAY("公路工程"), WATER("水利水电工程"), MUNICIPAL("市政公用工程"),
    MINING("矿业工程"), MECHANICAL("机电工程");

    private final String label;

    Specialty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The specialty with this Chinese name, as the old system and the exam data write it. */
    public static Specialty ofLabel(String label) {
        for (Specialty s : values()) {
            if (s.label.equals(label == null ? null : label.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("未知的注册专业: " + label);
    }
}
