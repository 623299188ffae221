package org.buildreg.constructor;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.buildreg.account.Enterprise;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.person.CertificateKind;
import org.buildreg.person.PersonCertificateType;
import org.buildreg.person.PersonDetails;
import org.buildreg.person.PersonRules;
import org.buildreg.platform.Refusal;
import org.buildreg.print.FormLayout;
import org.buildreg.print.FormValues;
import org.buildreg.reference.CertificateStatus;

/**
 * What every 二级建造师 business type shares: the form ({@link ConstructorForm}), the person it is about (one
 * declaration in flight per ID number), the auto-fill of person, employer and registration, the checks of the
 * person part, and the read-only summary. A subclass adds its own part, checks and approval effect.
 */
public abstract class ConstructorType extends PersonCertificateType<ConstructorRegistration, ConstructorForm> {

    @Override
    public Class<ConstructorForm> formType() {
        return ConstructorForm.class;
    }

    @Override
    protected PersonDetails personOf(ConstructorForm form) {
        return form.getPerson();
    }

    @Override
    public FormSummary summarize(ConstructorForm form) {
        PersonDetails p = form.getPerson();
        FormSummary s = new FormSummary().section("申请人情况")
                .line("姓名", p.getName()).line("性别", p.getGender()).line("证件类型", p.getIdType())
                .line("证件号码", p.getIdNumber()).line("出生日期", p.getBirthDate()).line("民族", p.getEthnicity())
                .line("毕业院校", p.getSchool()).line("所学专业", p.getMajor()).line("学历", p.getEducation())
                .line("毕业时间", p.getGraduatedOn()).line("学位", p.getDegree()).line("手机号码", p.getMobile())
                .line("联系电话", p.getPhone()).line("电子邮箱", p.getEmail());
        summarizeEmployer(s, "聘用企业情况", form.getEmployer());
        if (form.getRegistration().getRegistrationNo() != null) {
            RegistrationDetails r = form.getRegistration();
            s.section("原注册证书情况").line("注册编号", r.getRegistrationNo()).line("资格证书编号", r.getQualificationNo())
                    .line("证书编号", r.getCertificateNo()).line("注册专业", String.join("、", r.getSpecialties()))
                    .line("发证日期", r.getIssuedOn()).line("注册有效期至", r.getValidUntil())
                    .line("证书状态", r.getStatus());
        }
        summarizeOwn(s, form);
        return s;
    }

    protected abstract void summarizeOwn(FormSummary summary, ConstructorForm form);

    @Override
    public FormLayout printLayout() {
        return ConstructorApplicationForms.layoutOf(code());
    }

    @Override
    public FormValues printValues(ConstructorForm form) {
        return ConstructorApplicationForms.valuesOf(code(), form);
    }

    protected static String statement(ConstructorForm form) {
        return form.isNoDisqualification() ? "本人承诺无第十七条规定不予注册的情形" : "未确认";
    }

    // ---- auto-fill ---------------------------------------------------------------------------------------

    /** A form filled from a registration: person, its current employer, the registration itself. */
    protected ConstructorForm formFrom(ConstructorRegistration r, Enterprise employer) {
        ConstructorForm form = new ConstructorForm();
        PersonRules.fill(form.getPerson(), r.getPerson());
        form.setEmployer(employerOf(employer));
        RegistrationDetails d = form.getRegistration();
        d.setRegistrationId(r.getId());
        d.setRegistrationNo(r.getRegistrationNo());
        d.setQualificationNo(r.getQualificationNo());
        d.setCertificateNo(r.getCertificateNo());
        d.setSpecialties(r.getSpecialties().stream().sorted().map(Specialty::label).collect(Collectors.toList()));
        d.setIssuedOn(r.getIssuedOn());
        d.setValidUntil(r.getValidUntil());
        d.setStatus(r.getStatus().label());
        form.setRequiredHours(r.getRequiredHours());
        form.setElectiveHours(r.getElectiveHours());
        return form;
    }

    // ---- the registration it starts from ------------------------------------------------------------

    @Override
    protected CertificateKind<ConstructorRegistration> kind() {
        return ConstructorRules.CERTIFICATE;
    }

    @Override
    protected Long certificateIdOf(ConstructorForm form) {
        return form.getRegistration().getRegistrationId();
    }

    @Override
    protected String idNumberChangedMessage() {
        return "证件号码与注册信息不一致；证件号码的变更请办理变更注册";
    }

    protected String nextCertificateNo() {
        return ConstructorRules.certificateNo(nextValue("seq_constructor_certificate_no"));
    }

    /** The exam result that proves {@code exam} for the person, or null. */
    protected ExamResult examResult(String idNumber, ExamEntry exam) {
        Specialty specialty = specialtyOf(exam.getSpecialty());
        if (specialty == null || idNumber == null) {
            return null;
        }
        return em.createQuery("SELECT x FROM ExamResult x WHERE x.idNumber = :id AND x.specialty = :s"
                        + " AND x.qualificationNo = :no", ExamResult.class)
                .setParameter("id", idNumber).setParameter("s", specialty)
                .setParameter("no", exam.getQualificationNo() == null ? "" : exam.getQualificationNo().strip())
                .getResultStream().findFirst().orElse(null);
    }

    /** Checks the specialty applied for against 人社厅考试合格数据. */
    protected void checkExam(ConstructorForm form, Refusal.Collector errors) {
        ExamEntry exam = form.getExam();
        if (specialtyOf(exam.getSpecialty()) == null) {
            errors.reject("specialty", "请选择申报注册专业");
        }
        String no = exam.getQualificationNo() == null ? "" : exam.getQualificationNo().strip();
        if (no.isEmpty()) {
            errors.reject("qualificationNo", "请填写资格证书编号");
        } else if (!ConstructorRules.isQualificationNo(no)) {
            errors.reject("qualificationNo", "资格证书编号应为NMG（大写字母）加7位数字，如NMG1234567");
        }
        if (!errors.hasErrorOn("specialty") && !errors.hasErrorOn("qualificationNo")
                && examResult(subjectKey(form), exam) == null) {
            errors.reject("qualificationNo", "未找到与证件号码、专业和资格证书编号一致的人社厅考试合格数据");
        }
    }

    // ---- checks of the person part ----------------------------------------------------------------------

    /** The person part as every module checks it, and 二级建造师's age limit. */
    protected void checkPerson(PersonDetails p, Refusal.Collector errors, LocalDate today) {
        PersonRules.check(p, errors);
        if (p.getBirthDate() != null && !errors.hasErrorOn("birthDate")
                && !ConstructorRules.isUnderMaxAge(p.getBirthDate(), today)) {
            errors.reject("birthDate", "年龄已满" + ConstructorRules.MAX_AGE + "周岁，不予注册");
        }
    }

    protected static void checkStatement(ConstructorForm form, Refusal.Collector errors) {
        if (!form.isNoDisqualification()) {
            errors.reject("noDisqualification", "请确认本人无《二级建造师注册实施办法》第十七条规定不予注册的情形");
        }
    }

    protected static Specialty specialtyOf(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        try {
            return Specialty.ofLabel(label);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    protected static Set<Specialty> specialtiesOf(List<String> labels) {
        Set<Specialty> set = EnumSet.noneOf(Specialty.class);
        for (String label : labels) {
            Specialty s = specialtyOf(label);
            if (s != null) {
                set.add(s);
            }
        }
        return set;
    }

    protected static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    protected static boolean isActive(CertificateStatus s) {
        return s == CertificateStatus.VALID || s == CertificateStatus.EXPIRED;
    }
}
