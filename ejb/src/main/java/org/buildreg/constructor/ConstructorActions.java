package org.buildreg.constructor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.buildreg.account.Account;
import org.buildreg.account.Enterprise;
import org.buildreg.account.Module;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.declaration.DeclarationService;
import org.buildreg.declaration.Stage;
import org.buildreg.platform.ListQuery;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.buildreg.platform.Refusal;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.reference.IdCardNumber;

/**
 * The 二级建造师 actions that are not declarations, and the lists the business types start from: 人员调出 (the
 * person becomes 调转中 towards the chosen enterprise), 人员调入's list and its 退回, the 选择企业 dialog, and the
 * search for 已注销 persons of 重新注册.
 */
@Stateless
@RolesAllowed("MODULE_CONSTRUCTOR")
public class ConstructorActions {

    /** 人员调出 is no declaration; this code names it among the business types' start rules. */
    public static final String TRANSFER_OUT = "CONSTRUCTOR_TRANSFER_OUT";

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private AuditLog audit;

    /** The caller's registrations that {@code businessType} (or 人员调出) may start from, filtered by name/ID. */
    public Page<RegistrationChoice> startable(String businessType, String name, String idNumber, PageRequest request) {
        Account me = callers.enterpriseUser(Module.CONSTRUCTOR);
        Set<CertificateStatus> statuses = EnumSet.noneOf(CertificateStatus.class);
        for (CertificateStatus s : CertificateStatus.values()) {
            if (ConstructorRules.mayStart(businessType, s)) {
                statuses.add(s);
            }
        }
        if (statuses.isEmpty() || TransferInType.CODE.equals(businessType)
                || ReregistrationType.CODE.equals(businessType)) {
            throw new IllegalArgumentException(businessType + " does not start from the enterprise's own list");
        }
        return choices(ListQuery.of(ConstructorRegistration.class, "r", "ConstructorRegistration r")
                .where("r.enterprise.id = :enterprise", "enterprise", me.enterpriseId())
                .where("r.status IN :statuses", "statuses", statuses), name, idNumber, request, true);
    }

    /** The caller's registration {@code id} if {@code businessType} (or 人员调出) may start from it, else null. */
    public RegistrationChoice startableOne(String businessType, Long id) {
        Account me = callers.enterpriseUser(Module.CONSTRUCTOR);
        ConstructorRegistration held = id == null ? null : em.find(ConstructorRegistration.class, id);
        if (held != null && (held.getEnterprise() == null || !held.getEnterprise().getId().equals(me.enterpriseId()))) {
            throw callers.denied(me, "二级建造师注册 " + id);
        }
        return choices(ListQuery.of(ConstructorRegistration.class, "r", "ConstructorRegistration r")
                .where("r.id = :id", "id", id)
                .where("r.enterprise.id = :enterprise", "enterprise", me.enterpriseId()), null, null,
                PageRequest.firstPage(1), true).rows().stream()
                .filter(r -> ConstructorRules.mayStart(businessType, r.status())).findFirst().orElse(null);
    }

    /** 人员调入: persons other enterprises have 调出 to the caller's enterprise. */
    public Page<RegistrationChoice> incoming(PageRequest request) {
        Account me = callers.enterpriseUser(Module.CONSTRUCTOR);
        return choices(ListQuery.of(ConstructorRegistration.class, "r", "ConstructorRegistration r")
                .where("r.transferTo.id = :enterprise", "enterprise", me.enterpriseId())
                .where("r.status = :status", "status", CertificateStatus.IN_TRANSFER), null, null, request, true);
    }

    /** 重新注册: 已注销 persons found by name and ID number (both required, so nobody browses the register). */
    public List<RegistrationChoice> findCancelled(String name, String idNumber) {
        callers.enterpriseUser(Module.CONSTRUCTOR);
        Refusal.Collector errors = new Refusal.Collector();
        if (name == null || name.isBlank()) {
            errors.reject("searchName", "请填写人员姓名");
        }
        if (idNumber == null || idNumber.isBlank()) {
            errors.reject("searchIdNumber", "请填写证件号码");
        }
        errors.throwIfAny();
        List<RegistrationChoice> rows = choices(ListQuery.of(ConstructorRegistration.class, "r",
                        "ConstructorRegistration r")
                .where("r.person.name = :name", "name", name.strip())
                .where("r.person.idNumber = :id", "id", IdCardNumber.normalize(idNumber))
                .where("r.status = :status", "status", CertificateStatus.CANCELLED), null, null,
                PageRequest.firstPage(10), false).rows();
        if (rows.isEmpty()) {
            throw Refusal.of("未找到该姓名和证件号码的已注销人员；只有已注销人员才能办理重新注册");
        }
        return rows;
    }

    /** 选择企业: enterprises by name, for 人员调出's dialog (never the caller's own). */
    public Page<EnterpriseChoice> searchEnterprises(String name, PageRequest request) {
        Account me = callers.enterpriseUser(Module.CONSTRUCTOR);
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
    public void transferOut(Long registrationId, Long targetEnterpriseId) {
        Account me = callers.enterpriseUser(Module.CONSTRUCTOR);
        ConstructorRegistration r = em.find(ConstructorRegistration.class, registrationId);
        if (r == null || r.getEnterprise() == null || !r.getEnterprise().getId().equals(me.enterpriseId())) {
            throw callers.denied(me, "二级建造师注册 " + registrationId);
        }
        if (targetEnterpriseId == null) {
            throw Refusal.onField("target", "请双击选择现聘用企业");
        }
        Enterprise target = em.find(Enterprise.class, targetEnterpriseId);
        if (target == null || target.getId().equals(me.enterpriseId())) {
            throw Refusal.onField("target", "请选择其他企业作为现聘用企业");
        }
        if (!ConstructorRules.mayStart(TRANSFER_OUT, r.getStatus())) {
            throw Refusal.of("证书状态为“" + r.getStatus().label() + "”，不能调出");
        }
        String inFlight = DeclarationService.inFlightNote(em, Module.CONSTRUCTOR, r.getPerson().getIdNumber(),
                me.enterpriseId());
        if (inFlight != null) {
            throw Refusal.of(r.getPerson().getName() + " 有在办申报（" + inFlight + "），办结或删除之前不能调出");
        }
        r.startTransfer(target);
        audit.record(me.getUsername(), AuditAction.PERSON_TRANSFERRED_OUT, r.getRegistrationNo(),
                r.getPerson().getName() + " → " + target.getName());
    }

    /** 人员调入 → 退回: only while the new enterprise has not filed (or has deleted) its transfer-in declaration. */
    public void returnTransfer(Long registrationId) {
        Account me = callers.enterpriseUser(Module.CONSTRUCTOR);
        ConstructorRegistration r = em.find(ConstructorRegistration.class, registrationId);
        if (r == null || r.getTransferTo() == null || !r.getTransferTo().getId().equals(me.enterpriseId())) {
            throw callers.denied(me, "二级建造师注册 " + registrationId);
        }
        List<Stage> stages = em.createQuery("SELECT d.stage FROM Declaration d WHERE d.businessType = :type"
                        + " AND d.subjectKey = :key AND d.enterprise.id = :me AND d.stage NOT IN :done", Stage.class)
                .setParameter("type", TransferInType.CODE).setParameter("key", r.getPerson().getIdNumber())
                .setParameter("me", me.enterpriseId()).setParameter("done", EnumSet.of(Stage.APPROVED, Stage.REJECTED))
                .getResultList();
        String refusal = ConstructorRules.refusalOfReturn(stages.isEmpty() ? null : stages.get(0));
        if (refusal != null) {
            throw Refusal.of(refusal);
        }
        String target = r.getTransferTo().getName();
        r.returnTransfer(LocalDate.now());
        audit.record(me.getUsername(), AuditAction.PERSON_TRANSFER_RETURNED, r.getRegistrationNo(),
                r.getPerson().getName() + " 由 " + target + " 退回");
    }

    private Page<RegistrationChoice> choices(ListQuery<ConstructorRegistration> query, String name, String idNumber,
                                             PageRequest request, boolean startable) {
        Page<ConstructorRegistration> page = query.fetch("JOIN FETCH r.person LEFT JOIN FETCH r.enterprise")
                .whereContains("r.person.name", "personName", name)
                .where("r.person.idNumber = :idNumber", "idNumber",
                        idNumber == null || idNumber.isBlank() ? null : IdCardNumber.normalize(idNumber))
                .sortable("registrationNo", "r.registrationNo")
                .sortable("validUntil", "r.validUntil")
                .orderBy("r.registrationNo").page(em, request);
        List<RegistrationChoice> rows = new ArrayList<>();
        for (ConstructorRegistration r : page.rows()) {
            rows.add(new RegistrationChoice(r.getId(), r.getRegistrationNo(), r.getQualificationNo(),
                    r.getCertificateNo(), r.getPerson().getName(), r.getPerson().getIdType(),
                    r.getPerson().getIdNumber(), r.getEnterprise() == null ? "" : r.getEnterprise().getName(),
                    r.getIssuingAuthority(), r.getIssuedOn(), r.getValidUntil(), r.getStatus(), startable));
        }
        return new Page<>(rows, page.total());
    }
}
