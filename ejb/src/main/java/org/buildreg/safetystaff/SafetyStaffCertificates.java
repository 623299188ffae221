package org.buildreg.safetystaff;

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
import org.buildreg.reference.CertificateStatus;
import org.buildreg.reference.DivisionCatalog;

/** 证书查询 → 已办证书: the caller's enterprise's safety staff certificates, paged in the database. */
@Stateless
@RolesAllowed("MODULE_SAFETY_STAFF")
public class SafetyStaffCertificates {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private DivisionCatalog divisions;

    public Page<SafetyStaffCertificateRow> searchOwn(String name, SafetyStaffCategory category,
                                                     CertificateStatus status, PageRequest request) {
        Account me = callers.enterpriseUser(Module.SAFETY_STAFF);
        Page<SafetyStaffCertificate> page = ListQuery.of(SafetyStaffCertificate.class, "c", "SafetyStaffCertificate c")
                .fetch("JOIN FETCH c.person LEFT JOIN FETCH c.enterprise")
                .where("c.enterprise.id = :enterprise", "enterprise", me.enterpriseId())
                .whereContains("c.person.name", "name", name)
                .where("c.category = :category", "category", category)
                .where("c.status = :status", "status", status)
                .sortable("certificateNo", "c.certificateNo")
                .sortable("validUntil", "c.validUntil")
                .orderBy("c.certificateNo")
                .page(em, request);
        return new Page<>(page.rows().stream().map(c -> new SafetyStaffCertificateRow(c.getId(), c.getCertificateNo(),
                c.getPerson().getName(), c.getPerson().getIdNumber(), c.getCategory(),
                c.getEnterprise() == null ? "" : divisions.nameOf(c.getEnterprise().getCityCode()),
                c.getEnterprise() == null ? "" : c.getEnterprise().getName(), c.getIssuedOn(), c.getValidFrom(),
                c.getValidUntil(), c.getStatus(), c.getPerson().getLegacyCode() != null)).toList(), page.total());
    }
}
