package org.buildreg.safetystaff;

import org.buildreg.account.Enterprise;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.person.CertificateKind;
import org.buildreg.person.PersonCertificateType;
import org.buildreg.person.PersonDetails;
import org.buildreg.person.PersonRules;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.TextLimit;
import org.buildreg.print.FormLayout;
import org.buildreg.print.FormPrinter;
import org.buildreg.print.FormValues;

/**
 * What every 安管人员 business type shares: the form ({@link SafetyStaffForm}), the holder (one declaration in
 * flight per ID number), the auto-fill from a certificate, the checks of the 基本情况, the read-only view and the
 * printed 申请表. A subclass adds its own part, checks and approval effect.
 */
public abstract class SafetyStaffType extends PersonCertificateType<SafetyStaffCertificate, SafetyStaffForm> {

    @Override
    public Class<SafetyStaffForm> formType() {
        return SafetyStaffForm.class;
    }

    @Override
    protected PersonDetails personOf(SafetyStaffForm form) {
        return form.getPerson();
    }

    @Override
    protected CertificateKind<SafetyStaffCertificate> kind() {
        return SafetyStaffRules.CERTIFICATE;
    }

    @Override
    protected Long certificateIdOf(SafetyStaffForm form) {
        return form.getCertificate().getCertificateId();
    }

    @Override
    protected String idNumberChangedMessage() {
        return "证件号码与证书信息不一致；证件号码的变更请办理证书变更";
    }

    @Override
    public FormSummary summarize(SafetyStaffForm form) {
        PersonDetails p = form.getPerson();
        FormSummary s = new FormSummary().section("基本情况")
                .line("姓名", p.getName()).line("性别", p.getGender()).line("出生日期", p.getBirthDate())
                .line("证件类型", p.getIdType()).line("证件号", p.getIdNumber()).line("手机号码", p.getMobile())
                .line("电子邮箱", p.getEmail()).line("毕业院校", p.getSchool()).line("毕业时间", p.getGraduatedOn())
                .line("专业", p.getMajor()).line("职称", form.getTitle()).line("职称等级", form.getTitleLevel())
                .line("职称名称", form.getTitleName());
        summarizeEmployer(s, "所在企业", form.getEmployer());
        HeldCertificateDetails c = form.getCertificate();
        if (c.getCertificateNo() != null) {
            s.section("原证书情况").line("原证书编号", c.getCertificateNo()).line("人员类别", SafetyStaffCategory.labelOf(c.getCategory()))
                    .line("发证单位", c.getIssuingAuthority()).line("核发时间", c.getIssuedOn())
                    .line("有效期至", c.getValidUntil()).line("证书状态", c.getStatus());
        }
        summarizeOwn(s, form);
        return s;
    }

    protected abstract void summarizeOwn(FormSummary summary, SafetyStaffForm form);

    @Override
    public FormLayout printLayout() {
        return SafetyStaffApplicationForms.layoutOf(code());
    }

    @Override
    public FormValues printValues(SafetyStaffForm form) {
        return SafetyStaffApplicationForms.valuesOf(code(), form);
    }

    /** Most types start from one of the enterprise's own certificates, auto-filled from it. */
    @Override
    public SafetyStaffForm start(Filing filing, String from) {
        return formFrom(ownCertificate(filing, from), filing.enterprise());
    }

    /** A form filled from a certificate: the holder, the enterprise filing, the certificate itself. */
    protected SafetyStaffForm formFrom(SafetyStaffCertificate c, Enterprise employer) {
        SafetyStaffForm form = new SafetyStaffForm();
        PersonRules.fill(form.getPerson(), c.getPerson());
        form.setEmployer(employerOf(employer));
        HeldCertificateDetails d = form.getCertificate();
        d.setCertificateId(c.getId());
        d.setCertificateNo(c.getCertificateNo());
        d.setCategory(c.getCategory().name());
        d.setIssuingAuthority(SafetyStaffRules.ISSUING_AUTHORITY);
        d.setIssuedOn(c.getIssuedOn());
        d.setValidUntil(c.getValidUntil());
        d.setStatus(c.getStatus().label());
        return form;
    }

    /** The 基本情况 as every 安管人员 form checks it, and the certificate it starts from, re-read. */
    protected SafetyStaffCertificate checkHolder(SafetyStaffForm form, Filing filing, Refusal.Collector errors) {
        checkPerson(form, errors);
        return checkedCertificate(form, filing, errors);
    }

    /** The 基本情况 as every 安管人员 form checks it: the person and his 职称. */
    protected static void checkPerson(SafetyStaffForm form, Refusal.Collector errors) {
        PersonRules.check(form.getPerson(), errors);
        TextLimit.SCHOOL.check(errors, "title", form.getTitle(), "职称");
        TextLimit.SCHOOL.check(errors, "titleLevel", form.getTitleLevel(), "职称等级");
        TextLimit.SCHOOL.check(errors, "titleName", form.getTitleName(), "职称名称");
        FormPrinter.checkPrintable(errors, "title", form.getTitle());
        FormPrinter.checkPrintable(errors, "titleLevel", form.getTitleLevel());
        FormPrinter.checkPrintable(errors, "titleName", form.getTitleName());
    }

    /** A free text the type requires (注销原因, 补办原因): there, within the note's length, printable. */
    protected static void requireNote(Refusal.Collector errors, String field, String value, String label) {
        if (value == null || value.isBlank()) {
            errors.reject(field, "请填写" + label);
        } else {
            TextLimit.NOTE.check(errors, field, value.strip(), label);
            FormPrinter.checkPrintable(errors, field, value);
        }
    }
}
