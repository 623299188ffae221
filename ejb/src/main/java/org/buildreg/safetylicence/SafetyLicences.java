package org.buildreg.safetylicence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.buildreg.account.Account;
import org.buildreg.account.Module;
import org.buildreg.auth.Callers;
import org.buildreg.platform.ListQuery;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;

/** 证书查询: the caller's enterprise's safety production licences, newest first. */
@Stateless
@RolesAllowed("MODULE_SAFETY_LICENCE")
public class SafetyLicences {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;

    public Page<SafetyLicence> searchOwn(PageRequest request) {
        Account me = callers.enterpriseUser(Module.SAFETY_LICENCE);
        return ListQuery.of(SafetyLicence.class, "l", "SafetyLicence l")
                .where("l.enterprise.id = :enterprise", "enterprise", me.enterpriseId())
                .orderBy("l.issuedOn DESC, l.id DESC")
                .page(em, request);
    }
}
