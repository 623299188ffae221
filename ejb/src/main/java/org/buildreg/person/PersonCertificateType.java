package org.buildreg.person;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.buildreg.account.Enterprise;
import org.buildreg.account.Module;
import org.buildreg.auth.AccessDenied;
import org.buildreg.auth.Callers;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.BusinessType;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.Sequences;
import org.buildreg.reference.CertificateStatus;

/**
 * A business type of a person module: the person and employer parts every one of them has, and the certificate
 * most of them start from. Most start from a certificate the filing enterprise holds (延续, 变更, 补办,
 * 注销, 调入 …): this finds it as the lists do, refuses someone else's (403, audited) or one in a status the type
 * does not start from, and re-reads it on every save, because it may have changed since the form was filled.
 *
 * @param <C> the module's certificate
 * @param <F> the type's form
 */
public abstract class PersonCertificateType<C extends PersonCertificate, F> implements BusinessType<F> {

    @PersistenceContext
    protected EntityManager em;
    @EJB
    protected Callers callers;

    /** The module's certificate: its entity, rules and codes. */
    protected abstract CertificateKind<C> kind();

    @Override
    public Module module() {
        return kind().module();
    }

    /** Whether this type starts from a certificate in {@code status}. */
    protected boolean mayStartFrom(CertificateStatus status) {
        return kind().mayStart(code(), status);
    }

    /** The id of the certificate {@code form} was filled from. */
    protected abstract Long certificateIdOf(F form);

    /** The person part of {@code form} (申请人情况, 基本情况). */
    protected abstract PersonDetails personOf(F form);

    /** The type's own attachments, after the photo and the ID document every person type asks for. */
    protected abstract List<AttachmentKind> ownAttachments();

    /** Refused when the ID number in the form differs from the certificate's: says which type changes it. */
    protected abstract String idNumberChangedMessage();

    @Override
    public String subjectKey(F form) {
        PersonDetails p = personOf(form);
        return PersonRules.normalizedId(p.getIdType(), p.getIdNumber());
    }

    @Override
    public String subjectName(F form) {
        String name = personOf(form).getName();
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

    /** 聘用企业情况 from the enterprise's profile and its newest 资质证书. */
    protected EmployerDetails employerOf(Enterprise e) {
        return Employers.of(em, e);
    }

    /** The employer part of the read-only view. */
    protected static void summarizeEmployer(FormSummary s, String heading, EmployerDetails e) {
        s.section(heading).line("企业名称", e.getName()).line("企业性质", e.getNature())
                .line("工商注册地", e.getRegisteredAddress()).line("通讯地址", e.getContactAddress())
                .line("法定代表人", e.getLegalRepresentative()).line("联系人", e.getContactName())
                .line("联系电话", e.getContactPhone()).line("企业类型", e.getEnterpriseType())
                .line("企业资质类别及等级", e.getQualification()).line("资质证书编号", e.getQualificationCertificateNo());
    }

    /** The next number of {@code sequence}, for a new certificate's number. */
    protected long nextValue(String sequence) {
        return Sequences.next(em, sequence);
    }

    /**
     * The person a first certificate is issued to (初始注册, 新增申报): the one the platform knows by ID type and number,
     * or a new one; either way completed with what the form says of him and employed by {@code employer}.
     */
    protected Person holderFor(PersonDetails d, String idNumber, Enterprise employer) {
        Person person = em.createQuery("SELECT p FROM Person p WHERE p.idType = :t AND p.idNumber = :n", Person.class)
                .setParameter("t", d.getIdType()).setParameter("n", idNumber).getResultStream().findFirst()
                .orElseGet(() -> {
                    Person p = new Person(d.getName().strip(), d.getGender(), d.getIdType(), idNumber,
                            d.getBirthDate(), employer, java.time.LocalDateTime.now());
                    em.persist(p);
                    return p;
                });
        person.complete(d.getGender(), d.getBirthDate(), d.getEthnicity(), d.getSchool(), d.getMajor(),
                d.getEducation(), d.getGraduatedOn(), d.getDegree(), d.getMobile(), d.getPhone(), d.getEmail());
        person.employBy(employer);
        return person;
    }

    /** The certificate {@code from} names, held by the filing enterprise, in a status this type starts from. */
    protected C ownCertificate(Filing filing, String from) {
        C c = certificate(from);
        if (c == null) {
            throw Refusal.of("未找到本企业的该持证人员");
        }
        if (!holds(filing.enterprise(), c)) {
            throw notFiler(from);
        }
        requireStartable(c);
        return c;
    }

    /** Someone else's certificate by a guessed or altered id: refused as the lists would (403, audited). */
    protected AccessDenied notFiler(String from) {
        return callers.denied(callers.current(), kind().label() + " " + from);
    }

    /** The certificate of id {@code id} as a request names it, or null. */
    protected C certificate(String id) {
        try {
            return id == null ? null : em.find(kind().type(), Long.valueOf(id.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    protected void requireStartable(C c) {
        if (!mayStartFrom(c.getStatus())) {
            throw Refusal.of(notStartable(c));
        }
    }

    /** The certificate the form was filled from, re-read: still the filer's and still in a startable status. */
    protected C checkedCertificate(F form, Filing filing, Refusal.Collector errors) {
        Long id = certificateIdOf(form);
        C c = id == null ? null : em.find(kind().type(), id);
        if (c == null || !holds(filing.enterprise(), c)) {
            errors.reject(Refusal.FORM, "未找到本企业的该持证人员");
            return null;
        }
        if (!mayStartFrom(c.getStatus())) {
            errors.reject(Refusal.FORM, notStartable(c));
            return null;
        }
        if (!c.getPerson().getIdNumber().equals(personOf(form).getIdNumber())) {
            errors.reject("idNumber", idNumberChangedMessage());
        }
        return c;
    }

    /**
     * Whether {@code e} may file for the certificate: the enterprise that holds it, or for 人员调入 the one it is
     * 调转中 towards (重新注册 overrides this).
     */
    protected boolean holds(Enterprise e, C c) {
        return code().equals(kind().transferIn()) ? c.isTransferringTo(e) : c.isHeldBy(e);
    }

    /** 人员调入: the certificate {@code from} names, 调转中 towards the filing enterprise. */
    protected C incomingCertificate(Filing filing, String from) {
        C c = certificate(from);
        if (c == null) {
            throw Refusal.of("该人员未调往本企业");
        }
        if (!c.isTransferringTo(filing.enterprise())) {
            throw notFiler(from);
        }
        return c;
    }

    /** 人员调入 approved: the certificate moves to the declaring enterprise, still 调转中 towards it. */
    protected void completeTransferIn(Declaration declaration, F form) {
        C c = certificateOf(form);
        if (!c.isTransferringTo(declaration.getEnterprise())) {
            throw new IllegalStateException("该人员已不在调往本企业的调转中");
        }
        c.completeTransfer(LocalDate.now());
    }

    /** The certificate of the declaration's form, for the approval effect. */
    protected C certificateOf(F form) {
        Long id = certificateIdOf(form);
        C c = id == null ? null : em.find(kind().type(), id);
        if (c == null) {
            throw new IllegalStateException("证书信息已不存在");
        }
        return c;
    }

    private String notStartable(C c) {
        return "证书状态为“" + c.getStatus().label() + "”，不能办理" + label();
    }
}
