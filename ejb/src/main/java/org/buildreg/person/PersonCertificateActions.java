package org.buildreg.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.buildreg.account.Account;
import org.buildreg.account.Enterprise;
import org.buildreg.auth.AccessDenied;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.declaration.DeclarationService;
import org.buildreg.declaration.FormCodec;
import org.buildreg.declaration.PrintedForm;
import org.buildreg.declaration.Stage;
import org.buildreg.dongle.DongleAuthority;
import org.buildreg.platform.ListQuery;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.buildreg.platform.Refusal;
import org.buildreg.print.FormPrinter;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.reference.IdCardNumber;

/**
 * What an enterprise does with its persons' certificates outside a declaration, the same in every person module:
 * the lists its business types start from, 人员调出 (the certificate goes 调转中 towards the chosen enterprise),
 * 人员调入's list and its 退回, the 选择企业 dialog, and 打印证书.
 * A module subclasses it as a {@code @Stateless} bean with its role, certificate and start rules; every method
 * checks that the caller holds the module and touches only his enterprise's certificates.
 *
 * @param <C> the certificate
 * @param <R> the module's list line
 */
@RolesAllowed({"ENTERPRISE_MAIN", "ENTERPRISE_SUB"})
public abstract class PersonCertificateActions<C extends PersonCertificate, R extends CertificateChoice> {

    @PersistenceContext
    protected EntityManager em;
    @EJB
    protected Callers callers;
    @EJB
    private AuditLog audit;
    @EJB
    private DongleAuthority authority;
    @Inject
    private FormPrinter printer;

    /** The module's certificate: its entity, rules and codes. */
    protected abstract CertificateKind<C> kind();

    /** The module's code of 人员调出 among its start rules. */
    public String transferOutCode() {
        return kind().transferOut();
    }

    protected abstract R choiceOf(C certificate);

    /** The business type that changes a holder's name or ID number, named in 信息补录's refusal. */
    protected abstract String changeLabel();

    /** The module's printed certificate. */
    protected abstract PrintedCertificate<C> printedCertificate();

    /** The caller's certificates that {@code businessType} (or 人员调出) may start from, filtered by name/ID. */
    public Page<R> startable(String businessType, String name, String idNumber, PageRequest request) {
        Account me = callers.enterpriseUser(kind().module());
        Set<CertificateStatus> statuses = EnumSet.noneOf(CertificateStatus.class);
        for (CertificateStatus s : CertificateStatus.values()) {
            if (kind().mayStart(businessType, s)) {
                statuses.add(s);
            }
        }
        // 调转中 persons are listed by 人员调入, 已注销 ones found by name and ID number only, never browsed.
        if (statuses.isEmpty() || statuses.contains(CertificateStatus.IN_TRANSFER)
                || statuses.contains(CertificateStatus.CANCELLED)) {
            throw new IllegalArgumentException(businessType + " does not start from the enterprise's own list");
        }
        return choices(query().where("r.enterprise.id = :enterprise", "enterprise", me.enterpriseId())
                .where("r.status IN :statuses", "statuses", statuses), name, idNumber, request);
    }

    /** The caller's certificate {@code id} if {@code businessType} (or 人员调出) may start from it, else null. */
    public R startableOne(String businessType, Long id) {
        Account me = callers.enterpriseUser(kind().module());
        C held = id == null ? null : em.find(kind().type(), id);
        if (held != null && !isOwn(me, held)) {
            throw denied(me, id);
        }
        return choices(query().where("r.id = :id", "id", id)
                        .where("r.enterprise.id = :enterprise", "enterprise", me.enterpriseId()), null, null,
                PageRequest.firstPage(1)).rows().stream()
                .filter(r -> kind().mayStart(businessType, r.status())).findFirst().orElse(null);
    }

    /** 人员调入: persons other enterprises have 调出 to the caller's enterprise. */
    public Page<R> incoming(PageRequest request) {
        Account me = callers.enterpriseUser(kind().module());
        return choices(query().where("r.transferTo.id = :enterprise", "enterprise", me.enterpriseId())
                .where("r.status = :status", "status", CertificateStatus.IN_TRANSFER), null, null, request);
    }

    /** 选择企业: enterprises by name, for 人员调出's dialog (never the caller's own). */
    public Page<EnterpriseChoice> searchEnterprises(String name, PageRequest request) {
        Account me = callers.enterpriseUser(kind().module());
        Page<Enterprise> page = ListQuery.of(Enterprise.class, "e", "Enterprise e")
                .where("e.id <> :me", "me", me.enterpriseId())
                .whereContains("e.name", "name", name)
                .orderBy("e.name").page(em, request);
        List<EnterpriseChoice> rows = new ArrayList<>();
        for (Enterprise e : page.rows()) {
            rows.add(new EnterpriseChoice(e.getId(), e.getName(), "施工", e.getEconomicType(),
                    e.getLegalRepresentative(), e.getRegisteredAddress(), e.getCurrentAddress(), e.getContactName(),
                    e.getContactPhone(), e.getUscc()));
        }
        return new Page<>(rows, page.total());
    }

    /** 人员调出: the person goes 调转中 and appears in the target's 人员调入. Not while a declaration is in flight. */
    public void transferOut(Long certificateId, Long targetEnterpriseId) {
        Account me = callers.enterpriseUser(kind().module());
        C c = certificateId == null ? null : em.find(kind().type(), certificateId);
        if (c == null || !isOwn(me, c)) {
            throw denied(me, certificateId);
        }
        if (targetEnterpriseId == null) {
            throw Refusal.onField("target", "请双击选择现聘用企业");
        }
        Enterprise target = em.find(Enterprise.class, targetEnterpriseId);
        if (target == null || target.getId().equals(me.enterpriseId())) {
            throw Refusal.onField("target", "请选择其他企业作为现聘用企业");
        }
        if (!kind().mayStart(kind().transferOut(), c.getStatus())) {
            throw Refusal.of("证书状态为“" + c.getStatus().label() + "”，不能调出");
        }
        String inFlight = DeclarationService.inFlightNote(em, kind().module(), c.getPerson().getIdNumber(),
                me.enterpriseId());
        if (inFlight != null) {
            throw Refusal.of(c.getPerson().getName() + " 有在办申报（" + inFlight + "），办结或删除之前不能调出");
        }
        c.startTransfer(target);
        audit.record(me.getUsername(), AuditAction.PERSON_TRANSFERRED_OUT, c.number(),
                c.getPerson().getName() + " → " + target.getName());
    }

    /** 人员调入 → 退回: only while the new enterprise has not filed (or has deleted) its transfer-in declaration. */
    public void returnTransfer(Long certificateId) {
        Account me = callers.enterpriseUser(kind().module());
        C c = certificateId == null ? null : em.find(kind().type(), certificateId);
        if (c == null || c.getTransferTo() == null || !c.getTransferTo().getId().equals(me.enterpriseId())) {
            throw denied(me, certificateId);
        }
        List<Stage> stages = em.createQuery("SELECT d.stage FROM Declaration d WHERE d.businessType = :type"
                        + " AND d.subjectKey = :key AND d.enterprise.id = :me AND d.stage NOT IN :done", Stage.class)
                .setParameter("type", kind().transferIn()).setParameter("key", c.getPerson().getIdNumber())
                .setParameter("me", me.enterpriseId()).setParameter("done", EnumSet.of(Stage.APPROVED, Stage.REJECTED))
                .getResultList();
        String refusal = Transfers.refusalOfReturn(stages.isEmpty() ? null : stages.get(0));
        if (refusal != null) {
            throw Refusal.of(refusal);
        }
        String target = c.getTransferTo().getName();
        c.returnTransfer(LocalDate.now());
        audit.record(me.getUsername(), AuditAction.PERSON_TRANSFER_RETURNED, c.number(),
                c.getPerson().getName() + " 由 " + target + " 退回");
    }

    /**
     * 证书查询 → 打印证书: the certificate as a PDF with the platform's 电子签章 and a QR code to its public check, for
     * the enterprise that holds it only (a guessed id is refused and audited). {@code verifyBase} is the public
     * page's address up to "no=".
     */
    public PrintedForm printCertificate(Long certificateId, String verifyBase) {
        Account me = callers.enterpriseUser(kind().module());
        C c = certificateId == null ? null : em.find(kind().type(), certificateId);
        if (c == null || !isOwn(me, c)) {
            throw denied(me, certificateId);
        }
        PrintedCertificate<C> form = printedCertificate();
        String no = c.getCertificateNo();
        byte[] pdf = printer.print(form.layout(), form.values().apply(c), no,
                verifyBase == null ? null : verifyBase + URLEncoder.encode(no, StandardCharsets.UTF_8));
        return new PrintedForm(form.title() + "-" + no + ".pdf", authority.pdfSeal().sign(pdf));
    }

    /**
     * 信息补录 (the manual: 仅旧系统导入的人员需要补录信息; 当前人员无申报时可修改补录的信息，提交申报后只能“变更”): the
     * details of the holder of one of the caller's certificates, to complete; refused unless 信息补录 applies now.
     * Name and ID number are not supplemented: they change through the module's 变更.
     */
    public PersonDetails supplementable(Long certificateId) {
        Person p = supplementableHolder(callers.enterpriseUser(kind().module()), certificateId);
        PersonDetails d = new PersonDetails();
        PersonRules.fill(d, p);
        return d;
    }

    /** 保存 of 信息补录: checks the fields, applies them and keeps before and after for 查看历史补录. */
    public void supplement(Long certificateId, PersonDetails details) {
        Account me = callers.enterpriseUser(kind().module());
        Person p = supplementableHolder(me, certificateId);
        Refusal.Collector errors = new Refusal.Collector();
        if (!"男".equals(details.getGender()) && !"女".equals(details.getGender())) {
            errors.reject("gender", "请选择性别");
        }
        if (details.getBirthDate() == null) {
            errors.reject("birthDate", "请填写出生日期");
        } else if (Person.ID_CARD.equals(p.getIdType())
                && !IdCardNumber.agreesWith(p.getIdNumber(), details.getBirthDate(), details.getGender())) {
            errors.reject("birthDate", "出生日期或性别与身份证号码不一致");
        }
        if (!PersonRules.isMobile(details.getMobile())) {
            errors.reject("mobile", "手机号码应为11位数字");
        }
        if (!PersonRules.isEmailOrBlank(details.getEmail())) {
            errors.reject("email", "电子邮箱格式不正确");
        }
        if (details.getGraduatedOn() != null && details.getGraduatedOn().isAfter(LocalDate.now())) {
            errors.reject("graduatedOn", "毕业时间不能晚于今天");
        }
        errors.throwIfAny();
        PersonDetails before = new PersonDetails();
        PersonRules.fill(before, p);
        p.complete(details.getGender(), details.getBirthDate(), strip(details.getEthnicity()),
                strip(details.getSchool()), strip(details.getMajor()), strip(details.getEducation()),
                details.getGraduatedOn(), strip(details.getDegree()), details.getMobile().strip(),
                strip(details.getPhone()), strip(details.getEmail()));
        PersonDetails after = new PersonDetails();
        PersonRules.fill(after, p);
        List<String> changes = SupplementChange.changes(before, after);
        if (changes.isEmpty()) {
            throw Refusal.of("没有修改任何信息");
        }
        em.persist(new PersonSupplement(p, kind().module(), me.getUsername(), java.time.LocalDateTime.now(),
                FormCodec.write(before), FormCodec.write(after)));
        audit.record(me.getUsername(), AuditAction.PERSON_SUPPLEMENTED, p.getName(), String.join("；", changes));
    }

    /** 查看历史补录 of the holder of one of the caller's certificates, in this module, newest first. */
    public List<SupplementChange> supplementHistory(Long certificateId) {
        Account me = callers.enterpriseUser(kind().module());
        Person p = ownCertificate(me, certificateId).getPerson();
        List<SupplementChange> result = new ArrayList<>();
        for (PersonSupplement s : em.createQuery("SELECT s FROM PersonSupplement s WHERE s.person = :p"
                + " AND s.module = :m ORDER BY s.changedAt DESC, s.id DESC", PersonSupplement.class)
                .setParameter("p", p).setParameter("m", kind().module()).getResultList()) {
            result.add(new SupplementChange(s.getChangedAt(), s.getChangedBy(), SupplementChange.changes(
                    FormCodec.read(s.getBefore(), PersonDetails.class), FormCodec.read(s.getAfter(), PersonDetails.class))));
        }
        return result;
    }

    private Person supplementableHolder(Account me, Long certificateId) {
        Person p = ownCertificate(me, certificateId).getPerson();
        if (p.getLegacyCode() == null) {
            throw Refusal.of("仅旧系统导入的人员需要补录信息");
        }
        List<Stage> stages = em.createQuery("SELECT d.stage FROM Declaration d WHERE d.module = :m"
                + " AND d.subjectKey = :key", Stage.class).setParameter("m", kind().module())
                .setParameter("key", p.getIdNumber()).getResultList();
        if (stages.stream().anyMatch(s -> s != Stage.DRAFT)) {
            throw Refusal.of(p.getName() + " 已提交过申报，信息只能通过“" + changeLabel() + "”修改");
        }
        if (!stages.isEmpty()) {
            throw Refusal.of(p.getName() + " 有未提交的申报，请先删除该申报再补录信息");
        }
        return p;
    }

    /** One of the caller's certificates by id; a guessed or foreign one is refused and audited (403). */
    private C ownCertificate(Account me, Long certificateId) {
        C c = certificateId == null ? null : em.find(kind().type(), certificateId);
        if (c == null || !isOwn(me, c)) {
            throw denied(me, certificateId);
        }
        return c;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private boolean isOwn(Account me, C c) {
        return c.getEnterprise() != null && c.getEnterprise().getId().equals(me.enterpriseId());
    }

    private AccessDenied denied(Account me, Long id) {
        return callers.denied(me, kind().label() + " " + id);
    }

    protected ListQuery<C> query() {
        return ListQuery.of(kind().type(), "r", kind().type().getSimpleName() + " r");
    }

    protected Page<R> choices(ListQuery<C> query, String name, String idNumber, PageRequest request) {
        Page<C> page = query.fetch("JOIN FETCH r.person LEFT JOIN FETCH r.enterprise")
                .whereContains("r.person.name", "personName", name)
                .where("r.person.idNumber = :idNumber", "idNumber",
                        idNumber == null || idNumber.isBlank() ? null : IdCardNumber.normalize(idNumber))
                .sortable(kind().numberField(), "r." + kind().numberField())
                .sortable("validUntil", "r.validUntil")
                .orderBy("r." + kind().numberField()).page(em, request);
        List<R> rows = new ArrayList<>();
        for (C c : page.rows()) {
            rows.add(choiceOf(c));
        }
        return new Page<>(rows, page.total());
    }
}
