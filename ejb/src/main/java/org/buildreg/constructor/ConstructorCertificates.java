package org.buildreg.constructor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.buildreg.account.Account;
import org.buildreg.account.Module;
import org.buildreg.auth.Callers;
import org.buildreg.platform.ListQuery;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.reference.DivisionCatalog;

/** 证书查询 → 已办证书: the caller's enterprise's constructor registrations, paged in the database. */
@Stateless
@RolesAllowed("MODULE_CONSTRUCTOR")
public class ConstructorCertificates {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private DivisionCatalog divisions;

    public Page<ConstructorCertificateRow> searchOwn(String name, String idNumber, CertificateStatus status,
                                                     PageRequest request) {
        Account me = callers.enterpriseUser(Module.CONSTRUCTOR);
        Page<ConstructorRegistration> page = ListQuery.of(ConstructorRegistration.class, "r",
                        "ConstructorRegistration r")
                .fetch("JOIN FETCH r.person LEFT JOIN FETCH r.enterprise")
                .where("r.enterprise.id = :enterprise", "enterprise", me.enterpriseId())
                .whereContains("r.person.name", "name", name)
                .where("r.person.idNumber = :idNumber", "idNumber",
                        idNumber == null ? null : idNumber.trim().toUpperCase())
                .where("r.status = :status", "status", status)
                .sortable("registrationNo", "r.registrationNo")
                .sortable("validUntil", "r.validUntil")
                .sortable("personName", "r.person.name")
                .orderBy("r.registrationNo")
                .page(em, request);
        Map<Long, Set<Specialty>> specialties = specialtiesOf(page.rows());
        List<ConstructorCertificateRow> rows = new ArrayList<>();
        for (ConstructorRegistration r : page.rows()) {
            rows.add(new ConstructorCertificateRow(r.getId(), r.getPerson().getName(), r.getPerson().getIdType(),
                    r.getPerson().getIdNumber(), r.getEnterprise() == null ? "" : divisions.nameOf(
                    r.getEnterprise().getCityCode()), r.getEnterprise() == null ? "" : r.getEnterprise().getName(),
                    r.getRegistrationNo(), r.getQualificationNo(), r.getCertificateNo(),
                    specialties.getOrDefault(r.getId(), Set.of()).stream().sorted().map(Specialty::label)
                            .collect(Collectors.joining("、")),
                    r.getIssuedOn(), r.getValidUntil(), r.getStatus(), r.getPerson().getLegacyCode() != null));
        }
        return new Page<>(rows, page.total());
    }

    /** The specialties of a page of registrations, in one query. */
    private Map<Long, Set<Specialty>> specialtiesOf(List<ConstructorRegistration> registrations) {
        Map<Long, Set<Specialty>> result = new HashMap<>();
        if (registrations.isEmpty()) {
            return result;
        }
        List<Long> ids = registrations.stream().map(ConstructorRegistration::getId).toList();
        for (Object[] row : em.createQuery("SELECT r.id, s FROM ConstructorRegistration r JOIN r.specialties s"
                + " WHERE r.id IN :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            result.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(Specialty.class)).add((Specialty) row[1]);
        }
        return result;
    }
}
