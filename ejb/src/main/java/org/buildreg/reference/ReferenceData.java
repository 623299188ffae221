package org.buildreg.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * 参考数据 for the administrator: the 盟市 with how many 旗县区 each has, the 注册专业, the 安管人员 categories and
 * every business type with its application form number — what the forms and lists of every module draw from.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ReferenceData {

    @PersistenceContext
    private EntityManager em;

    public List<ReferenceRow> cities() {
        return em.createQuery("SELECT d.code, d.name, COUNT(c) FROM Division d, Division c"
                        + " WHERE d.level = :city AND c.parentCode = d.code GROUP BY d.code, d.name ORDER BY d.code",
                        Object[].class)
                .setParameter("city", Division.CITY).getResultList().stream()
                .map(r -> new ReferenceRow((String) r[0], (String) r[1], r[2] + " 个旗县区")).toList();
    }

    public List<ReferenceRow> countiesOf(String cityCode) {
        return em.createNamedQuery("Division.countiesOf", Division.class).setParameter("city", cityCode)
                .getResultList().stream().map(d -> new ReferenceRow(d.getCode(), d.getName(), null)).toList();
    }

    public List<ReferenceRow> specialties() {
        return rows("SELECT code, name, CAST(NULL AS VARCHAR2(1 CHAR)) FROM specialty ORDER BY sort_order");
    }

    public List<ReferenceRow> safetyStaffCategories() {
        return rows("SELECT code, name, CAST(NULL AS VARCHAR2(1 CHAR)) FROM safety_staff_category ORDER BY code");
    }

    /** Business types, grouped by module, with 申请表 numbers where the form has one. */
    public List<ReferenceRow> businessTypes() {
        return rows("SELECT module, name, form_no FROM business_type ORDER BY module, sort_order").stream()
                .map(r -> new ReferenceRow(moduleLabel(r.code()), r.name(),
                        r.detail() == null ? null : "申请表（" + r.detail() + "）"))
                .toList();
    }

    private List<ReferenceRow> rows(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new ReferenceRow((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    private static String moduleLabel(String module) {
        try {
            return org.buildreg.account.Module.valueOf(module).label();
        } catch (IllegalArgumentException e) {
            return module;
        }
    }
}
