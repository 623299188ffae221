package org.buildreg.declaration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.buildreg.account.Account;
import org.buildreg.account.Module;
import org.buildreg.auth.Callers;
import org.buildreg.platform.ListQuery;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.buildreg.reference.DivisionCatalog;

/**
 * 申报列表 of an enterprise: 待上报申请(批次), 已上报申请(批次), 待上报申请(单个), 已上报申请(单个), with the manual's
 * filters, paged and counted in the database. "待上报" holds what the enterprise still has in hand (未提交 and
 * 退回修改); "已上报" what the reviewers hold or have decided.
 */
@Stateless
@RolesAllowed("ENTERPRISE")
public class DeclarationLists {

    static final Set<Stage> PENDING = EnumSet.of(Stage.DRAFT, Stage.RETURNED);
    static final Set<Stage> SUBMITTED = EnumSet.of(Stage.CITY_REVIEW, Stage.PROVINCE_REVIEW, Stage.APPROVED,
            Stage.REJECTED);

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private DivisionCatalog divisions;
    @Inject
    private BusinessTypes types;

    /** 待上报申请(单个) when {@code submitted} is false, 已上报申请(单个) otherwise. */
    public Page<DeclarationRow> singles(Module module, boolean submitted, DeclarationFilter filter,
                                        PageRequest request) {
        Account me = callers.enterpriseUser(module);
        ListQuery<Declaration> query = ListQuery.of(Declaration.class, "d", "Declaration d")
                .where("d.enterprise.id = :enterprise", "enterprise", me.enterpriseId())
                .where("d.module = :module", "module", module)
                .where("d.stage IN :scope", "scope", submitted ? SUBMITTED : PENDING);
        return rowsOf(filtered(query, filter), request);
    }

    /** 待上报申请(批次) when {@code submitted} is false (open batches), 已上报申请(批次) otherwise. */
    public Page<BatchRow> batches(Module module, boolean submitted, DeclarationFilter filter, PageRequest request) {
        Account me = callers.enterpriseUser(module);
        ListQuery<DeclarationBatch> query = ListQuery.of(DeclarationBatch.class, "b", "DeclarationBatch b")
                .fetch("JOIN FETCH b.enterprise")
                .where("b.enterprise.id = :enterprise", "enterprise", me.enterpriseId())
                .where("b.module = :module", "module", module)
                .where("b.status = :status", "status",
                        submitted ? DeclarationBatch.Status.SUBMITTED : DeclarationBatch.Status.OPEN)
                .where("b.cityCode = :city", "city", filter.cityCode())
                .where("EXISTS (SELECT t FROM Declaration t WHERE t.batch = b AND t.businessType = :type)", "type",
                        filter.businessType())
                .where("b.createdAt >= :from", "from", filter.from() == null ? null : filter.from().atStartOfDay())
                .where("b.createdAt < :to", "to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay())
                .sortable("createdAt", "b.createdAt")
                .sortable("name", "b.name")
                .orderBy("b.createdAt DESC, b.id DESC");
        if (filter.declarationStatus() != null && !filter.declarationStatus().isBlank()) {
            query.where("EXISTS (SELECT t FROM Declaration t WHERE t.batch = b AND t.stage IN :declStages)",
                    "declStages", nonEmpty(DeclarationStatuses.withDeclarationStatus(filter.declarationStatus())));
        }
        if (filter.reviewStatus() != null && !filter.reviewStatus().isBlank()) {
            query.where("EXISTS (SELECT t FROM Declaration t WHERE t.batch = b AND t.stage IN :reviewStages)",
                    "reviewStages", nonEmpty(DeclarationStatuses.withReviewStatus(filter.reviewStatus())));
        }
        Page<DeclarationBatch> page = query.page(em, request);
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, Set<String>> typesOf = new HashMap<>();
        if (!page.rows().isEmpty()) {
            for (Object[] row : em.createQuery("SELECT d.batch.id, d.businessType, COUNT(d) FROM Declaration d"
                    + " WHERE d.batch IN :batches GROUP BY d.batch.id, d.businessType", Object[].class)
                    .setParameter("batches", page.rows()).getResultList()) {
                Long id = (Long) row[0];
                counts.computeIfAbsent(id, k -> new long[1])[0] += ((Number) row[2]).longValue();
                typesOf.computeIfAbsent(id, k -> new TreeSet<>()).add(types.labelOf((String) row[1]));
            }
        }
        List<BatchRow> rows = new ArrayList<>();
        for (DeclarationBatch b : page.rows()) {
            rows.add(new BatchRow(b.getId(), b.getBatchNo(), b.getName(), divisions.nameOf(b.getCityCode()),
                    String.join("、", typesOf.getOrDefault(b.getId(), Set.of())), b.getEnterprise().getName(),
                    counts.getOrDefault(b.getId(), new long[1])[0], b.getCreatedAt(), b.getCreatedBy(),
                    b.getStatus(), b.getSubmittedAt()));
        }
        return new Page<>(rows, page.total());
    }

    /** Adds the manual's filters to a declaration query (shared with the reviewers' queue). */
    static ListQuery<Declaration> filtered(ListQuery<Declaration> query, DeclarationFilter filter) {
        query.where("d.cityCode = :city", "city", filter.cityCode())
                .where("d.businessType = :type", "type", filter.businessType())
                .where("d.createdAt >= :from", "from", filter.from() == null ? null : filter.from().atStartOfDay())
                .where("d.createdAt < :to", "to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay())
                .sortable("declarationNo", "d.declarationNo")
                .sortable("createdAt", "d.createdAt")
                .sortable("submittedAt", "d.submittedAt")
                .sortable("subjectName", "d.subjectName")
                .orderBy("d.createdAt DESC, d.id DESC");
        if (filter.declarationStatus() != null && !filter.declarationStatus().isBlank()) {
            query.where("d.stage IN :declStages", "declStages",
                    nonEmpty(DeclarationStatuses.withDeclarationStatus(filter.declarationStatus())));
        }
        if (filter.reviewStatus() != null && !filter.reviewStatus().isBlank()) {
            query.where("d.stage IN :reviewStages", "reviewStages",
                    nonEmpty(DeclarationStatuses.withReviewStatus(filter.reviewStatus())));
        }
        return query;
    }

    /** An unknown status selects nothing rather than everything (an empty IN list is not portable SQL). */
    private static Set<Stage> nonEmpty(Set<Stage> stages) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("unknown status");
        }
        return stages;
    }

    Page<DeclarationRow> rowsOf(ListQuery<Declaration> query, PageRequest request) {
        return toRows(em, divisions, types, query.fetch("JOIN FETCH d.enterprise LEFT JOIN FETCH d.batch")
                .pagedBy("d.id", Declaration::getId).page(em, request));
    }

    static Page<DeclarationRow> toRows(EntityManager em, DivisionCatalog divisions, BusinessTypes types,
                                       Page<Declaration> page) {
        List<DeclarationRow> rows = new ArrayList<>();
        for (Declaration d : page.rows()) {
            rows.add(new DeclarationRow(d.getId(), d.getDeclarationNo(), divisions.nameOf(d.getCityCode()),
                    d.getBusinessType(), types.labelOf(d.getBusinessType()), d.getSubjectName(), d.getSubjectKey(),
                    d.getEnterprise().getName(), d.getBatch() == null ? "" : d.getBatch().getName(),
                    d.getCreatedAt(), d.getSubmittedAt(), d.getStage(), d.getVersion()));
        }
        return new Page<>(rows, page.total());
    }
}
