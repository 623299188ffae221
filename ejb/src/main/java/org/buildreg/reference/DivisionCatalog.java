package org.buildreg.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the divisions: the 12 盟市 and the 旗县区 of each. Public: the registration page needs them. */
@Stateless
@PermitAll
public class DivisionCatalog {

    @PersistenceContext
    private EntityManager em;

    public List<Division> cities() {
        return em.createNamedQuery("Division.cities", Division.class).getResultList();
    }

    public List<Division> countiesOf(String cityCode) {
        if (cityCode == null || cityCode.isBlank()) {
            return List.of();
        }
        return em.createNamedQuery("Division.countiesOf", Division.class).setParameter("city", cityCode)
                .getResultList();
    }

    public Optional<Division> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Division.class, code));
    }

    public String nameOf(String code) {
        return find(code).map(Division::getName).orElse("");
    }
}
