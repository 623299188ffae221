package org.buildreg.constructor;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.buildreg.account.Enterprise;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.person.Person;
import org.buildreg.platform.Refusal;
import org.buildreg.reference.CertificateStatus;

/**
 * 初始注册 (申请表 1-1): a person who passed the exam registers for the first time. The specialty and 资格证书编号
 * must match 人社厅考试合格数据; nobody already registered, nobody 65 or older, and the Article 17 statement made.
 * Approval issues 注册编号 and 证书编号, valid three years.
 */
@ApplicationScoped
public class InitialRegistrationType extends ConstructorType {

    public static final String CODE = "CONSTRUCTOR_INITIAL";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label() {
        return "初始注册";
    }

    @Override
    public ConstructorForm start(Filing filing, String from) {
        ConstructorForm form = new ConstructorForm();
        form.setEmployer(employerOf(filing.enterprise()));
        return form;
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("QUALIFICATION", "资格证书"),
                AttachmentKind.required("DIPLOMA", "学历证书"),
                AttachmentKind.required("CONTRACT", "劳动（聘用）合同"));
    }

    @Override
    public void check(ConstructorForm form, Filing filing, Refusal.Collector errors) {
        checkPerson(form.getPerson(), errors, filing.today());
        checkExam(form, errors);
        if (!errors.hasErrorOn("idNumber")) {
            em.createQuery("SELECT r.registrationNo FROM ConstructorRegistration r WHERE r.person.idNumber = :id",
                            String.class).setParameter("id", subjectKey(form)).getResultStream().findFirst()
                    .ifPresent(no -> errors.reject("idNumber", "该人员已注册（注册编号 " + no
                            + "），请办理延续、增项或重新注册"));
        }
        checkStatement(form, errors);
    }

    @Override
    protected void summarizeOwn(FormSummary s, ConstructorForm form) {
        s.section("二级建造师资格证书情况").line("申报注册专业", form.getExam().getSpecialty())
                .line("资格证书编号", form.getExam().getQualificationNo())
                .line("签发日期", form.getExam().getIssuedOn())
                .line("其它注册情况", form.getOtherRegistrations())
                .section("不予注册情形").line("承诺", statement(form));
    }

    @Override
    public void approve(Declaration declaration, ConstructorForm form) {
        LocalDate today = LocalDate.now();
        Enterprise employer = declaration.getEnterprise();
        Person person = holderFor(form.getPerson(), subjectKey(form), employer);
        Specialty specialty = specialtyOf(form.getExam().getSpecialty());
        em.persist(new ConstructorRegistration(person, employer,
                ConstructorRules.registrationNo(today.getYear(), nextValue("seq_constructor_registration_no")),
                form.getExam().getQualificationNo().strip(), nextCertificateNo(), EnumSet.of(specialty),
                ConstructorRules.ISSUING_AUTHORITY, today, ConstructorRules.validUntil(today), CertificateStatus.VALID));
    }
}
