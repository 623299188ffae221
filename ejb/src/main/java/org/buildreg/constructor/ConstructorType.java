package org.buildreg.constructor;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.buildreg.account.Enterprise;
import org.buildreg.account.Module;
import org.buildreg.auth.AccessDenied;
import org.buildreg.auth.Callers;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.BusinessType;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.person.EmployerDetails;
import org.buildreg.person.Employers;
import org.buildreg.person.PersonDetails;
import org.buildreg.person.PersonRules;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.Sequences;
import org.buildreg.print.FormLayout;
import org.buildreg.print.FormValues;
import org.buildreg.reference.CertificateStatus;

/**
 * What every 二级建造师 business type shares: the form ({@link ConstructorForm}), the person it is about (one
 * declaration in flight per ID number), the auto-fill of person, employer and registration, the checks of the
 * person part, and the read-only summary. A subclass adds its own part, checks and approval effect.
 */
public abstract class ConstructorType implements BusinessType<ConstructorForm> {


    @PersistenceContext
    protected EntityManager em;
    @EJB
    protected Callers callers;

    @Override
    public Module module() {
        return Module.CONSTRUCTOR;
    }

    @Override
    public Class<ConstructorForm> formType() {
        return ConstructorForm.class;
    }

    @Override
    public String subjectKey(ConstructorForm form) {
        return PersonRules.normalizedId(form.getPerson().getIdType(), form.getPerson().getIdNumber());
    }

    @Override
    public String subjectName(ConstructorForm form) {
        String name = form.getPerson().getName();
        return name == null || name.isBlank() ? "（未填姓名）" : name.strip();
    }

    /** The photo and the ID document, then the type's own lines. */
    @Override
    public List<AttachmentKind> attachments() {
        List<AttachmentKind> kinds = new ArrayList<>();
        kinds.add(AttachmentKind.photo());
        kinds.add(AttachmentKind.required("ID_DOCUMENT", "身份证明（正反面）"));
        kinds.addAll(ownAttachments());
        return kinds;
    }

    protected abstract List<AttachmentKind> ownAttachments();

    @Override
    public FormSummary summarize(ConstructorForm form) {
        PersonDetails p = form.getPerson();
        FormSummary s = new FormSummary().section("申请人情况")
                .line("姓名", p.getName()).line("性别", p.getGender()).line("证件类型", p.getIdType())
                .line("证件号码", p.getIdNumber()).line("出生日期", p.getBirthDate()).line("民族", p.getEthnicity())
                .line("毕业院校", p.getSchool()).line("所学专业", p.getMajor()).line("学历", p.getEducation())
                .line("毕业时间", p.getGraduatedOn()).line("学位", p.getDegree()).line("手机号码", p.getMobile())
                .line("联系电话", p.getPhone()).line("电子邮箱", p.getEmail());
        employer(s, "聘用企业情况", form.getEmployer());
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

    protected static void employer(FormSummary s, String heading, EmployerDetails e) {
        s.section(heading).line("企业名称", e.getName()).line("企业性质", e.getNature())
                .line("工商注册地", e.getRegisteredAddress()).line("通讯地址", e.getContactAddress())
                .line("法定代表人", e.getLegalRepresentative()).line("联系人", e.getContactName())
                .line("联系电话", e.getContactPhone()).line("企业类型", e.getEnterpriseType())
                .line("企业资质类别及等级", e.getQualification()).line("资质证书编号", e.getQualificationCertificateNo());
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

    /** 聘用企业情况 from the enterprise's profile and its newest 资质证书. */
    protected EmployerDetails employerOf(Enterprise e) {
        return Employers.of(em, e);
    }

    // ---- lookups ------------------------------------------------------------------------------------------

    /** The registration {@code from} names, held by the filing enterprise, in a status this type starts from. */
    protected ConstructorRegistration ownRegistration(Filing filing, String from) {
        ConstructorRegistration r = registration(from);
        if (r == null) {
            throw Refusal.of("未找到本企业的该注册人员");
        }
        if (!holds(filing.enterprise(), r)) {
            throw notFiler(from);
        }
        requireStartable(r);
        return r;
    }

    /** Someone else's registration by a guessed or altered id: refused as the lists would (403, audited). */
    protected AccessDenied notFiler(String from) {
        return callers.denied(callers.current(), "二级建造师注册 " + from);
    }

    protected ConstructorRegistration registration(String id) {
        try {
            return id == null ? null : em.find(ConstructorRegistration.class, Long.valueOf(id.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    protected void requireStartable(ConstructorRegistration r) {
        if (!ConstructorRules.mayStart(code(), r.getStatus())) {
            throw Refusal.of("证书状态为“" + r.getStatus().label() + "”，不能办理" + label());
        }
    }

    /** The registration the form was filled from, re-read: still the filer's and still in a startable status. */
    protected ConstructorRegistration checkedRegistration(ConstructorForm form, Filing filing,
                                                          Refusal.Collector errors) {
        Long id = form.getRegistration().getRegistrationId();
        ConstructorRegistration r = id == null ? null : em.find(ConstructorRegistration.class, id);
        if (r == null || !holds(filing.enterprise(), r)) {
            errors.reject(Refusal.FORM, "未找到本企业的该注册人员");
            return null;
        }
        if (!ConstructorRules.mayStart(code(), r.getStatus())) {
            errors.reject(Refusal.FORM, "证书状态为“" + r.getStatus().label() + "”，不能办理" + label());
            return null;
        }
        if (!r.getPerson().getIdNumber().equals(form.getPerson().getIdNumber())) {
            errors.reject("idNumber", "证件号码与注册信息不一致；证件号码的变更请办理变更注册");
        }
        return r;
    }

    /** Whether {@code e} may file for the registration (a transfer-in type overrides this). */
    protected boolean holds(Enterprise e, ConstructorRegistration r) {
        return r.getEnterprise() != null && r.getEnterprise().equals(e);
    }

    /** The registration of the declaration's form, for the approval effect. */
    protected ConstructorRegistration registrationOf(ConstructorForm form) {
        ConstructorRegistration r = em.find(ConstructorRegistration.class, form.getRegistration().getRegistrationId());
        if (r == null) {
            throw new IllegalStateException("注册信息已不存在");
        }
        return r;
    }

    protected long nextValue(String sequence) {
        return Sequences.next(em, sequence);
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
