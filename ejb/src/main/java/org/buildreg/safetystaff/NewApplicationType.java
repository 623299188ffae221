package org.buildreg.safetystaff;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.buildreg.account.Enterprise;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.person.Person;
import org.buildreg.person.PersonDetails;
import org.buildreg.person.WorkHistory;
import org.buildreg.person.WorkHistoryEntry;
import org.buildreg.platform.Refusal;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.reference.IdCardNumber;

/**
 * 新增申报: a person who passed the 安全生产考核 in a 人员类别 applies for his first 安全生产考核合格证书 in it. The
 * form's 基本信息 and 履历信息 are typed; 参加考试时间 and 考试成绩 come from the 考核 data (by 姓名, 证件号码 and
 * 人员类别), which must hold a pass; nobody holding a certificate of that category already. Approval issues
 * 蒙建安{A|B|C}(year)NNNNNNN, valid three years, to the declaring enterprise.
 */
@ApplicationScoped
public class NewApplicationType extends SafetyStaffType {

    @Override
    public String code() {
        return SafetyStaffRules.NEW;
    }

    @Override
    public String label() {
        return "新增申报";
    }

    @Override
    public SafetyStaffForm start(Filing filing, String from) {
        SafetyStaffForm form = new SafetyStaffForm();
        form.setEmployer(employerOf(filing.enterprise()));
        form.addWorkHistory();
        return form;
    }

    /** 参加考试时间 and 考试成绩 of the 考核 the form names, or none; the enterprise as it stands today. */
    @Override
    public void refresh(SafetyStaffForm form, Filing filing) {
        SafetyStaffExam exam = examOf(form);
        form.setExamDate(exam == null ? null : exam.getExamDate());
        form.setExamScore(exam == null ? null : exam.getScore());
        form.setEmployer(employerOf(filing.enterprise()));
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("DIPLOMA", "学历证书"),
                AttachmentKind.optional("TITLE", "职称证书"),
                AttachmentKind.required("CONTRACT", "劳动（聘用）合同"),
                AttachmentKind.required("WORK_PROOF", "安全生产相关工作经历证明（所在企业出具）"));
    }

    @Override
    public void check(SafetyStaffForm form, Filing filing, Refusal.Collector errors) {
        checkPerson(form, errors);
        SafetyStaffCategory category = categoryOf(form);
        if (category == null) {
            errors.reject("category", "请选择人员类别");
        } else if (!errors.hasErrorOn("idNumber") && !errors.hasErrorOn("name")) {
            String refusal = SafetyStaffRules.refusalOfNew(category, examOf(form));
            if (refusal != null) {
                errors.reject("category", refusal);
            } else {
                em.createQuery("SELECT c.certificateNo FROM SafetyStaffCertificate c WHERE c.person.idNumber = :id"
                                + " AND c.category = :category AND c.status <> :cancelled", String.class)
                        .setParameter("id", subjectKey(form)).setParameter("category", category)
                        .setParameter("cancelled", CertificateStatus.CANCELLED).getResultStream().findFirst()
                        .ifPresent(no -> errors.reject("category", "该人员已持有" + category.label() + "证书（" + no
                                + "），请办理证书延期或证书变更"));
            }
        }
        WorkHistory.check(form.getWorkHistory(), filing.today(), errors);
    }

    @Override
    protected void summarizeOwn(FormSummary s, SafetyStaffForm form) {
        s.section("考核情况").line("人员类别", SafetyStaffCategory.labelOf(form.getCategory()))
                .line("参加考试时间", form.getExamDate())
                .line("考试成绩", SafetyStaffRules.scoreText(form.getExamScore()));
        s.section("履历");
        for (WorkHistoryEntry line : form.getWorkHistory()) {
            s.line(line.period(), line.getUnit() + (line.getPost() == null || line.getPost().isBlank()
                    ? "" : "，" + line.getPost()));
        }
    }

    @Override
    public void approve(Declaration declaration, SafetyStaffForm form) {
        SafetyStaffCategory category = categoryOf(form);
        LocalDate today = LocalDate.now();
        Enterprise employer = declaration.getEnterprise();
        Person person = holderFor(form.getPerson(), subjectKey(form), employer);
        String number = category.certificateNo(today.getYear(), nextValue("seq_safety_staff_certificate_no"));
        em.persist(new SafetyStaffCertificate(number, person, employer, category, today, today,
                SafetyStaffRules.validUntil(today), CertificateStatus.VALID));
    }

    /** The 考核 of the person the form names, in the 人员类别 chosen: found by ID number, and the name must agree. */
    private SafetyStaffExam examOf(SafetyStaffForm form) {
        SafetyStaffCategory category = categoryOf(form);
        PersonDetails p = form.getPerson();
        String id = subjectKey(form);
        if (category == null || p.getName() == null || p.getName().isBlank() || id.isEmpty()
                || "身份证".equals(p.getIdType()) && !IdCardNumber.isValid(id)) {
            return null;
        }
        return em.createQuery("SELECT x FROM SafetyStaffExam x WHERE x.idNumber = :id AND x.category = :category",
                        SafetyStaffExam.class).setParameter("id", id).setParameter("category", category)
                .getResultStream().filter(x -> x.getName().equals(p.getName().strip())).findFirst().orElse(null);
    }

    private static SafetyStaffCategory categoryOf(SafetyStaffForm form) {
        try {
            return form.getCategory() == null || form.getCategory().isBlank() ? null
                    : SafetyStaffCategory.valueOf(form.getCategory());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
