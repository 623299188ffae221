package org.buildreg.person;

import jakarta.persistence.EntityManager;
import org.buildreg.account.Enterprise;
import org.buildreg.qualification.QualificationCertificate;

/** 聘用企业情况 / 所在企业 as every module's form shows it: the enterprise's profile and its newest 资质证书. */
public final class Employers {

    private Employers() {
    }

    public static EmployerDetails of(EntityManager em, Enterprise e) {
        EmployerDetails d = new EmployerDetails();
        d.setEnterpriseId(e.getId());
        d.setName(e.getName());
        d.setNature(e.getEconomicType());
        d.setRegisteredAddress(e.getRegisteredAddress());
        d.setContactAddress(e.getCurrentAddress());
        d.setLegalRepresentative(e.getLegalRepresentative());
        d.setContactName(e.getContactName());
        d.setContactPhone(e.getContactPhone());
        d.setEnterpriseType("施工");
        em.createQuery("SELECT q FROM QualificationCertificate q WHERE q.enterprise = :e ORDER BY q.issuedOn DESC",
                QualificationCertificate.class).setParameter("e", e).setMaxResults(1).getResultStream().findFirst()
                .ifPresent(q -> {
                    d.setQualification(q.getCategories());
                    d.setQualificationCertificateNo(q.getCertificateNo());
                });
        return d;
    }
}
