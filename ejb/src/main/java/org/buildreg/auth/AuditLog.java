package org.buildreg.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.buildreg.platform.ListQuery;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;

/**
 * Writes and reads the audit log. {@link #record} joins the caller's transaction so that an action and its
 * record commit together; {@link #recordAlone} commits on its own, for refusals whose transaction rolls back.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private RequestOrigin origin;

    public void record(String actor, AuditAction action, String target, String detail) {
        em.persist(new AuditRecord(LocalDateTime.now(), actor, action, target, detail, address()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(String actor, AuditAction action, String target, String detail) {
        record(actor, action, target, detail);
    }

    /** Newest first; filtered by actor (exact) and action when given. */
    @RolesAllowed("ADMIN")
    public Page<AuditRecord> search(String actor, String action, PageRequest page) {
        return ListQuery.of(AuditRecord.class, "r", "AuditRecord r")
                .where("r.actor = :actor", "actor", actor)
                .where("r.action = :action", "action", action)
                .orderBy("r.occurredAt DESC, r.id DESC")
                .page(em, page);
    }

    private String address() {
        try {
            return origin.address();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
