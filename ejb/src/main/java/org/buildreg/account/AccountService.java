package org.buildreg.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.auth.PasswordHasher;
import org.buildreg.expiry.ExpirySweep;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.Throttle;
import org.buildreg.platform.Throttles;
import org.buildreg.reference.DivisionCatalog;

/** The logged-in user's own account: 个人中心 and 修改密码. */
@Stateless
@PermitAll
public class AccountService {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Throttles throttles;
    @EJB
    private Callers callers;
    @EJB
    private DivisionCatalog divisions;
    @EJB
    private AuditLog audit;

    public AccountOverview overview() {
        Account me = callers.current();
        Enterprise enterprise = me.getEnterprise();
        long subs = enterprise == null ? 0 : em.createQuery(
                        "SELECT COUNT(a) FROM Account a WHERE a.enterprise.id = :e AND a.role = :sub", Long.class)
                .setParameter("e", enterprise.getId()).setParameter("sub", Role.ENTERPRISE_SUB).getSingleResult();
        Long id = enterprise == null ? null : enterprise.getId();
        return new AccountOverview(me.getUsername(), me.getRole().label(), me.getDisplayName(),
                enterprise == null ? null : enterprise.getName(), divisions.nameOf(me.getCityCode()),
                me.modules().stream().map(Module::label).collect(Collectors.joining("、")), me.getLastLoginAt(), subs,
                count(me, Module.CONSTRUCTOR, "ConstructorRegistration", id),
                count(me, Module.SAFETY_STAFF, "SafetyStaffCertificate", id),
                count(me, Module.SAFETY_LICENCE, "SafetyLicence", id),
                count(me, Module.QUALIFICATION, "QualificationCertificate", id));
    }

    /**
     * 证书到期提醒: the reminders the expiry sweep wrote for the caller's enterprise that still stand, in the modules
     * the caller may see, soonest first (at most 50 per kind: a longer list is read in the module).
     */
    public List<ExpiryNotice> expiringCertificates() {
        Account me = callers.current();
        Long enterpriseId = me.enterpriseId();
        if (enterpriseId == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(ExpirySweep.ZONE);
        List<ExpiryNotice> notices = new ArrayList<>();
        for (ExpirySweep.Target kind : ExpirySweep.Target.values()) {
            if (me.grants(kind.module())) {
                notices.addAll(reminders(kind, enterpriseId, today));
            }
        }
        notices.sort(Comparator.comparing(ExpiryNotice::validUntil));
        return notices;
    }

    private List<ExpiryNotice> reminders(ExpirySweep.Target kind, Long enterpriseId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(kind.remindersSql())
                .setParameter(1, enterpriseId).setParameter(2, enterpriseId)
                .setParameter(3, java.sql.Date.valueOf(today))
                .setMaxResults(50).getResultList();
        return rows.stream().map(r -> {
            LocalDate until = date(r[2]);
            return new ExpiryNotice(kind.label(), (String) r[0], (String) r[1], until,
                    ChronoUnit.DAYS.between(today, until), ((Number) r[3]).intValue(), date(r[4]));
        }).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : value instanceof java.sql.Date d ? d.toLocalDate()
                : ((java.sql.Timestamp) value).toLocalDateTime().toLocalDate();
    }

    /** What the enterprise holds in a module the caller may see; 0 when it may not. */
    private long count(Account me, Module module, String entity, Long enterpriseId) {
        if (enterpriseId == null || !me.grants(module)) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.enterprise.id = :e", Long.class)
                .setParameter("e", enterpriseId).getSingleResult();
    }

    /**
     * Changes the caller's password; the old one must be given (also after a one-time password). Returns the new
     * credential version: the caller's session goes on with it, every other session of the account ends.
     */
    public int changePassword(String oldPassword, String newPassword, String confirmation) {
        Account me = callers.current();
        Throttle wrongTries = throttles.wrongOldPasswords();
        if (wrongTries.exhausted(me.getUsername())) {
            throw Refusal.onField("oldPassword", "原密码错误次数过多，请15分钟后再试");
        }
        Refusal.Collector errors = new Refusal.Collector();
        if (!PasswordHasher.verify(oldPassword, me.getPasswordHash())) {
            wrongTries.spend(me.getUsername());
            errors.reject("oldPassword", "原密码不正确");
        }
        AccountRules.checkPassword("newPassword", newPassword, errors);
        if (newPassword != null && !newPassword.equals(confirmation)) {
            errors.reject("confirmation", "两次输入的新密码不一致");
        }
        if (newPassword != null && newPassword.equals(oldPassword)) {
            errors.reject("newPassword", "新密码不能与原密码相同");
        }
        errors.throwIfAny();
        me.changePassword(PasswordHasher.hash(newPassword));
        audit.record(me.getUsername(), AuditAction.PASSWORD_CHANGED, me.getUsername(), null);
        return me.getCredentialVersion();
    }
}
