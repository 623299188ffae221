package org.buildreg.qualification;

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

/** 资质证书查询: the caller's enterprise's qualification certificates (read-only). */
@Stateless
@RolesAllowed("MODULE_QUALIFICATION")
public class QualificationCertificates {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;

    public Page<QualificationCertificate> searchOwn(PageRequest request) {
        Account me = callers.enterpriseUser(Module.QUALIFICATION);
        return ListQuery.of(QualificationCertificate.class, "q", "QualificationCertificate q")
                .where("q.enterprise.id = :enterprise", "enterprise", me.enterpriseId())
                .orderBy("q.issuedOn DESC, q.id DESC")
                .page(em, request);
    }
}
