package org.buildreg.declaration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.buildreg.account.Account;
import org.buildreg.account.Role;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.platform.ListQuery;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.TextLimit;
import org.buildreg.reference.DivisionCatalog;

/**
 * The reviewers' side (审核): the city bureau reviews its 盟市's submissions, the regional department approves
 * what the city passed on. A decision names the version the reviewer saw, so of two reviewers acting on the
 * same declaration exactly one wins; the final approval applies the business type's effect and writes the
 * history in one transaction.
 */
@Stateless
@RolesAllowed({"CITY_REVIEWER", "PROVINCE_REVIEWER"})
public class ReviewService {

    /** What a reviewer works through: 待审核 (at its level now) or 全部 (everything it has seen). */
    public enum Scope { WAITING, ALL }

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private DeclarationAccess access;
    @EJB
    private DivisionCatalog divisions;
    @EJB
    private AuditLog audit;
    @Inject
    private BusinessTypes types;

    public Page<DeclarationRow> queue(Scope scope, DeclarationFilter filter, PageRequest request) {
        Account me = reviewer();
        ListQuery<Declaration> query = scoped(me, scope, ListQuery.of(Declaration.class, "d", "Declaration d"));
        DeclarationLists.filtered(query, filter);
        return DeclarationLists.toRows(em, divisions, types,
                query.fetch("JOIN FETCH d.enterprise LEFT JOIN FETCH d.batch").pagedBy("d.id", Declaration::getId)
                        .page(em, request));
    }

    /** 统计: counts of the reviewer's declarations by 审核状态, by 业务类型 and by 盟市. */
    public ReviewCounts counts() {
        Account me = reviewer();
        String where = me.getRole() == Role.CITY_REVIEWER ? " WHERE d.cityCode = :city AND d.stage <> :draft"
                : " WHERE d.stage <> :draft AND (d.stage = :province OR EXISTS (SELECT s FROM ReviewStep s"
                        + " WHERE s.declaration = d AND s.level = :cityLevel AND s.decision = :approve))";
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String label : DeclarationStatuses.reviewStatuses()) {
            if (!label.equals(Stage.DRAFT.reviewStatus())) {
                byStatus.put(label, 0L);
            }
        }
        for (Object[] row : grouped(me, "SELECT d.stage, COUNT(d) FROM Declaration d" + where + " GROUP BY d.stage")) {
            byStatus.merge(((Stage) row[0]).reviewStatus(), ((Number) row[1]).longValue(), Long::sum);
        }
        Map<String, Long> byType = new LinkedHashMap<>();
        for (Object[] row : grouped(me, "SELECT d.businessType, COUNT(d) FROM Declaration d" + where
                + " GROUP BY d.businessType ORDER BY d.businessType")) {
            byType.put(types.labelOf((String) row[0]) + "（" + moduleOf((String) row[0]) + "）",
                    ((Number) row[1]).longValue());
        }
        Map<String, Long> byCity = new LinkedHashMap<>();
        for (Object[] row : grouped(me, "SELECT d.cityCode, COUNT(d) FROM Declaration d" + where
                + " GROUP BY d.cityCode ORDER BY d.cityCode")) {
            byCity.put(divisions.nameOf((String) row[0]), ((Number) row[1]).longValue());
        }
        Map<String, String> averageWait = new LinkedHashMap<>();
        for (Object[] row : grouped(me, "SELECT s.level, AVG(s.waitedMinutes), COUNT(s) FROM ReviewStep s"
                + " JOIN s.declaration d" + where + " GROUP BY s.level ORDER BY s.level")) {
            averageWait.put(((ReviewLevel) row[0]).label(), ReviewCounts.duration(((Number) row[1]).doubleValue())
                    + "（" + row[2] + " 次）");
        }
        return new ReviewCounts(byStatus, byType, byCity, averageWait);
    }

    /**
     * 审核: {@code decision} on the declaration as the reviewer saw it ({@code seenVersion}). 不同意 and 退回修改
     * need an opinion. If someone else decided first, nothing happens and the reviewer is told so.
     */
    public Stage decide(Long declarationId, int seenVersion, ReviewDecision decision, String opinion) {
        Account me = reviewer();
        Declaration d = access.readable(me, declarationId);
        Stage result = decideOne(me, d, seenVersion, decision, opinion);
        flushOrTellAlreadyHandled();
        return result;
    }

    /** 批次审核: the same decision on every declaration of a batch that waits at the reviewer's level. */
    public int decideBatch(Long batchId, ReviewDecision decision, String opinion) {
        Account me = reviewer();
        DeclarationBatch batch = em.find(DeclarationBatch.class, batchId);
        if (batch == null) {
            throw callers.denied(me, "申报批次 " + batchId);
        }
        List<Declaration> waiting = em.createQuery("SELECT d FROM Declaration d WHERE d.batch = :b AND d.stage = :stage"
                        + " ORDER BY d.declarationNo", Declaration.class).setParameter("b", batch)
                .setParameter("stage", levelOf(me) == ReviewLevel.CITY ? Stage.CITY_REVIEW : Stage.PROVINCE_REVIEW)
                .getResultList();
        if (waiting.isEmpty()) {
            throw Refusal.of("该批次没有待您审核的申报");
        }
        for (Declaration d : waiting) {
            if (!access.inReviewScope(me, d)) {
                throw callers.denied(me, "申报 " + d.getId());
            }
            decideOne(me, d, d.getVersion(), decision, opinion);
        }
        flushOrTellAlreadyHandled();
        return waiting.size();
    }

    private Stage decideOne(Account me, Declaration d, int seenVersion, ReviewDecision decision, String opinion) {
        String text = opinion == null ? "" : opinion.strip();
        if (decision == null) {
            throw Refusal.onField("decision", "请选择审核结果");
        }
        if (decision != ReviewDecision.APPROVE && text.isEmpty()) {
            throw Refusal.onField("opinion", "不同意或退回修改时必须填写审核意见");
        }
        if (!TextLimit.REASON.fits(text)) {
            throw Refusal.onField("opinion", "审核意见不能超过" + TextLimit.REASON.length() + "个字");
        }
        ReviewLevel level = levelOf(me);
        if (d.getVersion() != seenVersion || d.getStage().reviewLevel() != level) {
            throw Refusal.of("申报 " + d.getDeclarationNo() + " 已被处理（当前状态：" + d.getStage().reviewStatus()
                    + "），请刷新后查看");
        }
        em.lock(d, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        LocalDateTime now = LocalDateTime.now();
        ReviewStep step = d.review(level, decision, me.getDisplayName() == null ? me.getUsername()
                : me.getDisplayName(), text.isEmpty() ? null : text, now);
        em.persist(step);
        // Written before the effect runs: the effect's queries must see the declaration as decided.
        em.flush();
        if (d.getStage() == Stage.APPROVED) {
            apply(types.of(d.getBusinessType()), d);
        }
        if (!d.getStage().isInFlight()) {
            DeclarationService.release(em, d);
        }
        audit.record(me.getUsername(), AuditAction.DECLARATION_REVIEWED, d.getDeclarationNo(),
                level.label() + "：" + decision.label());
        return d.getStage();
    }

    /** The business type's effect; a certificate that changed meanwhile refuses the approval with a reason. */
    private <F> void apply(BusinessType<F> type, Declaration d) {
        try {
            type.approve(d, FormCodec.read(d.getFormData(), type.formType()));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw Refusal.of("申报 " + d.getDeclarationNo() + " 不能审批通过：" + e.getMessage());
        }
    }

    /** The other reviewer's commit came first: report it instead of failing the page. */
    private void flushOrTellAlreadyHandled() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Refusal.of("该申报已被其他审核人处理，请刷新后查看");
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException
                    || e.getClass().getSimpleName().contains("OptimisticLock")) {
                throw Refusal.of("该申报已被其他审核人处理，请刷新后查看");
            }
            throw e;
        }
    }

    /** The batch of a declaration the reviewer may read, for 批次审核. */
    public Long batchOf(Long declarationId) {
        Declaration d = access.readable(reviewer(), declarationId);
        if (d.getBatch() == null) {
            throw Refusal.of("该申报不属于任何批次");
        }
        return d.getBatch().getId();
    }

    /** Whether the declaration waits at the caller's level (so the console shows the decision form). */
    public boolean mayDecide(Long declarationId) {
        Account me = reviewer();
        Declaration d = access.readable(me, declarationId);
        return d.getStage().reviewLevel() == levelOf(me);
    }

    private ListQuery<Declaration> scoped(Account me, Scope scope, ListQuery<Declaration> query) {
        if (me.getRole() == Role.CITY_REVIEWER) {
            query.where("d.cityCode = :myCity", "myCity", me.getCityCode());
            query.where("d.stage IN :myStages", "myStages", scope == Scope.WAITING ? EnumSet.of(Stage.CITY_REVIEW)
                    : EnumSet.complementOf(EnumSet.of(Stage.DRAFT)));
        } else if (scope == Scope.WAITING) {
            query.where("d.stage = :myStage", "myStage", Stage.PROVINCE_REVIEW);
        } else {
            query.where("(d.stage = org.buildreg.declaration.Stage.PROVINCE_REVIEW OR EXISTS (SELECT s FROM ReviewStep s"
                    + " WHERE s.declaration = d AND s.level = org.buildreg.declaration.ReviewLevel.CITY"
                    + " AND s.decision = org.buildreg.declaration.ReviewDecision.APPROVE))");
        }
        return query;
    }

    private List<Object[]> grouped(Account me, String jpql) {
        var query = em.createQuery(jpql, Object[].class).setParameter("draft", Stage.DRAFT);
        if (me.getRole() == Role.CITY_REVIEWER) {
            query.setParameter("city", me.getCityCode());
        } else {
            query.setParameter("province", Stage.PROVINCE_REVIEW).setParameter("cityLevel", ReviewLevel.CITY)
                    .setParameter("approve", ReviewDecision.APPROVE);
        }
        return query.getResultList();
    }

    private String moduleOf(String businessType) {
        return types.of(businessType).module().label();
    }

    private Account reviewer() {
        return callers.requireRole(Role.CITY_REVIEWER, Role.PROVINCE_REVIEWER);
    }

    private static ReviewLevel levelOf(Account me) {
        return me.getRole() == Role.CITY_REVIEWER ? ReviewLevel.CITY : ReviewLevel.PROVINCE;
    }
}
