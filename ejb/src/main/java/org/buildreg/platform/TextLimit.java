package org.buildreg.platform;

import java.util.List;

/**
 * How long a typed text may be, in characters, and every column it ends up in: a form refuses more beside the field
 * ("工商注册地址不能超过300个字"), so that nothing reaches the database that a column (sized in characters on Oracle,
 * see {@link CharacterColumns}) cannot hold. {@code TextLimitTest} proves each column at least as wide as its limit.
 */
public enum TextLimit {

    ENTERPRISE_NAME(100, "enterprise.name", "account.display_name", "uscc_filing.enterprise_name",
            "password_reset_request.enterprise_name"),
    ADDRESS(150, "enterprise.registered_address", "enterprise.current_address"),
    PERSON_NAME(30, "person.name", "exam_result.name", "legacy_import_request.person_name", "declaration.subject_name",
            "dongle_binding.holder_name", "password_reset_request.contact_name", "enterprise.contact_name",
            "enterprise.legal_representative"),
    /** A document number other than a 身份证 (passport, 军官证 …). */
    ID_NUMBER(20, "person.id_number", "exam_result.id_number", "legacy_import_request.id_number"),
    SCHOOL(50, "person.school", "person.major"),
    EMAIL(60, "person.email"),
    PHONE(20, "person.mobile", "person.phone", "dongle_binding.holder_phone", "enterprise.contact_phone",
            "password_reset_request.contact_phone", "account.phone"),
    /** 民族, 学历, 学位: chosen from lists, limited all the same (a posted value is not a chosen one). */
    CHOICE(20, "person.ethnicity", "person.education", "person.degree"),
    REASON(500, "password_reset_request.reason", "password_reset_request.remark", "review_step.opinion"),
    NOTE(200, "legacy_import_request.note", "legacy_import_request.decision");

    private final int length;
    private final List<String> columns;

    TextLimit(int length, String... columns) {
        this.length = length;
        this.columns = List.of(columns);
    }

    public int length() {
        return length;
    }

    /** The columns ({@code table.column}) the text is stored in. */
    public List<String> columns() {
        return columns;
    }

    /** Whether {@code value} (stripped) fits; a blank or absent value always does (required is another rule). */
    public boolean fits(String value) {
        return value == null || value.strip().length() <= length;
    }

    /** Rejects {@code value} on {@code field} when it is longer than the limit: "{label}不能超过{n}个字". */
    public void check(Refusal.Collector errors, String field, String value, String label) {
        if (!fits(value)) {
            errors.reject(field, label + "不能超过" + length + "个字");
        }
    }
}
