package org.buildreg.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.buildreg.auth.Callers;
import org.buildreg.reference.DivisionCatalog;
import org.buildreg.reference.OrganizationCode;

/** 企业信息: what the caller's own enterprise looks like on the platform. */
@Stateless
@RolesAllowed("MODULE_ENTERPRISE")
public class EnterpriseService {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private DivisionCatalog divisions;

    public EnterpriseProfile ownProfile() {
        Account me = callers.enterpriseUser(Module.ENTERPRISE);
        Enterprise e = me.getEnterprise();
        long accounts = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.enterprise.id = :e", Long.class)
                .setParameter("e", e.getId()).getSingleResult();
        return new EnterpriseProfile(e.getName(), e.getUscc(), OrganizationCode.display(e.getOrgCode()), e.getBusinessRegNo(),
                divisions.nameOf(e.getCityCode()), divisions.nameOf(e.getCountyCode()), e.getRegisteredAddress(),
                e.getCurrentAddress(), e.getLegalRepresentative(), e.getEconomicType(), e.getContactName(),
                e.getContactPhone(), e.isNeedsUsccFiling(), e.getCreatedAt(), accounts);
    }
}
