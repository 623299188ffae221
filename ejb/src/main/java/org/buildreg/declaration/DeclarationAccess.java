package org.buildreg.declaration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.buildreg.account.Account;
import org.buildreg.account.Role;
import org.buildreg.auth.Callers;

/**
 * Who may touch which declaration, asked by every service method that takes a declaration or batch id, so a
 * guessed id is refused (and audited) rather than served: the filing enterprise with the module granted; the
 * city reviewer of the declaration's 盟市; the province reviewer once the city has passed it on.
 */
@Stateless
@PermitAll
public class DeclarationAccess {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;

    /** The caller's own declaration (enterprise side). */
    public Declaration owned(Account me, Long declarationId) {
        Declaration d = declarationId == null ? null : em.find(Declaration.class, declarationId);
        if (d == null || !me.getRole().isEnterprise() || !d.getEnterprise().getId().equals(me.enterpriseId())
                || !me.grants(d.getModule())) {
            throw callers.denied(me, "申报 " + declarationId);
        }
        return d;
    }

    /** The caller's own batch (enterprise side). */
    public DeclarationBatch ownedBatch(Account me, Long batchId) {
        DeclarationBatch b = batchId == null ? null : em.find(DeclarationBatch.class, batchId);
        if (b == null || !me.getRole().isEnterprise() || !b.getEnterprise().getId().equals(me.enterpriseId())
                || !me.grants(b.getModule())) {
            throw callers.denied(me, "申报批次 " + batchId);
        }
        return b;
    }

    /** A declaration the caller may read: its own enterprise's, or one in its review scope. */
    public Declaration readable(Account me, Long declarationId) {
        if (me.getRole().isEnterprise()) {
            return owned(me, declarationId);
        }
        Declaration d = declarationId == null ? null : em.find(Declaration.class, declarationId);
        if (d == null || !inReviewScope(me, d)) {
            throw callers.denied(me, "申报 " + declarationId);
        }
        return d;
    }

    /** City reviewers see their 盟市's submitted declarations; the province what the city passed on. */
    public boolean inReviewScope(Account me, Declaration d) {
        if (d.getStage() == Stage.DRAFT) {
            return false;
        }
        if (me.getRole() == Role.CITY_REVIEWER) {
            return d.getCityCode().equals(me.getCityCode());
        }
        if (me.getRole() == Role.PROVINCE_REVIEWER) {
            return d.getStage() == Stage.PROVINCE_REVIEW || em.createQuery("SELECT COUNT(s) FROM ReviewStep s"
                    + " WHERE s.declaration = :d AND s.level = :city AND s.decision = :approve", Long.class)
                    .setParameter("d", d).setParameter("city", ReviewLevel.CITY)
                    .setParameter("approve", ReviewDecision.APPROVE).getSingleResult() > 0;
        }
        return false;
    }
}
