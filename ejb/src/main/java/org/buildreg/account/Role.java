package org.buildreg.account;

/** Who an account is (SPEC §2). The names are the security roles of the EJB and web tiers. */
public enum Role {
    ENTERPRISE_MAIN("企业主账号"),
    ENTERPRISE_SUB("企业子账户"),
    CITY_REVIEWER("盟市审核"),
    PROVINCE_REVIEWER("自治区审批"),
    ADMIN("系统管理员"),
    BATCH_OPERATOR("批处理操作员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isEnterprise() {
        return this == ENTERPRISE_MAIN || this == ENTERPRISE_SUB;
    }
}
