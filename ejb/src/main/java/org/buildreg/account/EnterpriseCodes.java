package org.buildreg.account;

import org.buildreg.platform.Refusal;
import org.buildreg.reference.BusinessRegistrationNumber;
import org.buildreg.reference.OrganizationCode;
import org.buildreg.reference.Uscc;

/**
 * The codes of a registering enterprise, read from the form's two "…或统一社会信用代码" fields: each may hold
 * the USCC or the older code; a new registration needs the USCC (it is what the filing list holds).
 */
public record EnterpriseCodes(String uscc, String orgCode, String businessRegNo) {

    public static final String ORG_FIELD = "orgCodeOrUscc";
    public static final String REG_FIELD = "businessRegNoOrUscc";

    /** Checks both fields and returns the codes, or records what is wrong with each field. */
    public static EnterpriseCodes read(String orgField, String regField, Refusal.Collector errors) {
        String org = clean(orgField);
        String reg = clean(regField);
        String uscc = null;
        String orgCode = null;
        String regNo = null;

        if (org.isEmpty()) {
            errors.reject(ORG_FIELD, "请填写组织机构代码或统一社会信用代码");
        } else if (org.length() == 18) {
            if (Uscc.isValid(org)) {
                uscc = org;
                orgCode = OrganizationCode.normalize(Uscc.organizationCodeOf(org));
            } else {
                errors.reject(ORG_FIELD, "统一社会信用代码校验不通过，请核对");
            }
        } else if (OrganizationCode.isValid(org)) {
            orgCode = OrganizationCode.normalize(org);
        } else {
            errors.reject(ORG_FIELD, "组织机构代码校验不通过（应为9位，如 60003734-1）");
        }

        if (reg.isEmpty()) {
            errors.reject(REG_FIELD, "请填写营业执照注册号或统一社会信用代码");
        } else if (reg.length() == 18) {
            if (!Uscc.isValid(reg)) {
                errors.reject(REG_FIELD, "统一社会信用代码校验不通过，请核对");
            } else if (uscc != null && !uscc.equals(reg)) {
                errors.reject(REG_FIELD, "两处填写的统一社会信用代码不一致");
            } else {
                if (orgCode != null && uscc == null
                        && !orgCode.equals(OrganizationCode.normalize(Uscc.organizationCodeOf(reg)))) {
                    errors.reject(ORG_FIELD, "组织机构代码与统一社会信用代码不符");
                }
                uscc = reg;
                regNo = reg;
            }
        } else if (BusinessRegistrationNumber.isValid(reg)) {
            regNo = reg;
        } else {
            errors.reject(REG_FIELD, "营业执照注册号校验不通过（应为15位数字）");
        }

        if (uscc == null && !errors.hasErrorOn(ORG_FIELD) && !errors.hasErrorOn(REG_FIELD)) {
            errors.reject(ORG_FIELD, "新企业注册须填写统一社会信用代码（至少在一处填写）");
        }
        return new EnterpriseCodes(uscc, orgCode, regNo);
    }

    /** Trims ASCII and full-width spaces, drops inner blanks and upper-cases. */
    static String clean(String s) {
        return s == null ? "" : s.replace('\u3000', ' ').replace(" ", "").trim().toUpperCase();
    }
}
