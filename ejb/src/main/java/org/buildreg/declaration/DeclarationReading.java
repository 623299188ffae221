package org.buildreg.declaration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.buildreg.account.Account;
import org.buildreg.auth.Callers;
import org.buildreg.reference.DivisionCatalog;

/**
 * Reading one declaration — its form, attachments, 审核历史 and 跟踪 — for whoever may: the filing enterprise,
 * the city reviewer of its 盟市, the province once the city passed it on. A guessed id is refused and audited.
 */
@Stateless
@RolesAllowed({"ENTERPRISE", "CITY_REVIEWER", "PROVINCE_REVIEWER"})
public class DeclarationReading {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private DeclarationAccess access;
    @EJB
    private DivisionCatalog divisions;
    @Inject
    private BusinessTypes types;

    public DeclarationView view(Long declarationId) {
        Declaration d = access.readable(callers.current(), declarationId);
        return viewOf(d);
    }

    /** 审核历史 in the order the steps were taken. */
    public List<HistoryRow> history(Long declarationId) {
        Declaration d = access.readable(callers.current(), declarationId);
        return historyOf(d);
    }

    public AttachmentContent attachment(Long declarationId, Long attachmentId) {
        Account me = callers.current();
        Declaration d = access.readable(me, declarationId);
        DeclarationAttachment a = em.find(DeclarationAttachment.class, attachmentId);
        if (a == null || !a.getDeclaration().equals(d)) {
            throw callers.denied(me, "附件 " + attachmentId);
        }
        return new AttachmentContent(a.getFileName(), a.getContentType(), a.getContent());
    }

    /** The form of a declaration as its business type reads it, e.g. for printing. */
    public Object form(Long declarationId) {
        Declaration d = access.readable(callers.current(), declarationId);
        return FormCodec.read(d.getFormData(), types.of(d.getBusinessType()).formType());
    }

    private DeclarationView viewOf(Declaration d) {
        BusinessType<?> type = types.of(d.getBusinessType());
        return new DeclarationView(d.getId(), d.getDeclarationNo(), d.getBusinessType(), type.label(),
                divisions.nameOf(d.getCityCode()), d.getEnterprise().getName(), d.getSubjectName(), d.getSubjectKey(),
                d.getBatch() == null ? "" : d.getBatch().getName(), d.getStage(), whereNow(d), d.getCreatedAt(),
                d.getSubmittedAt(), d.getFinishedAt(), d.getVersion(), summarize(type, d),
                DeclarationService.checklistOf(em, type, d), historyOf(d));
    }

    /** 跟踪: who holds the declaration now, in words. */
    private String whereNow(Declaration d) {
        return switch (d.getStage()) {
            case DRAFT -> "企业填报中，尚未上报";
            case CITY_REVIEW -> "盟市审核：" + divisions.nameOf(d.getCityCode()) + "住房和城乡建设局";
            case PROVINCE_REVIEW -> "自治区审批：内蒙古自治区住房和城乡建设厅";
            case RETURNED -> "已退回企业修改，修改后可重新上报";
            case APPROVED -> "已办结：审核通过";
            case REJECTED -> "已办结：审核不通过";
        };
    }

    private <F> FormSummary summarize(BusinessType<F> type, Declaration d) {
        return type.summarize(FormCodec.read(d.getFormData(), type.formType()));
    }

    private List<HistoryRow> historyOf(Declaration d) {
        return em.createQuery("SELECT s FROM ReviewStep s WHERE s.declaration = :d ORDER BY s.reviewedAt, s.id",
                ReviewStep.class).setParameter("d", d).getResultList().stream().map(HistoryRow::of).toList();
    }
}
