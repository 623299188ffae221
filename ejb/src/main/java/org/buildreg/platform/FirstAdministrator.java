package org.buildreg.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.buildreg.account.Account;
import org.buildreg.account.OneTimePassword;
import org.buildreg.account.Role;
import org.buildreg.auth.PasswordHasher;

/**
 * A production database starts with no accounts at all: the first deploy creates the administrator
 * {@code admin} with a one-time password written to the server log, to be changed at the first login.
 * Skipped when the demo data (which has its own administrator) is wanted, and once any administrator exists.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void createIfNone() {
        if (Boolean.getBoolean("buildreg.demo")) {
            return;
        }
        long admins = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        String password = OneTimePassword.generate();
        Account admin = Account.staff(Role.ADMIN, "admin", null, "协会信息中心", null, LocalDateTime.now());
        admin.resetPassword(PasswordHasher.hash(password));
        em.persist(admin);
        LOG.warning(() -> "首个管理员账号 admin 已创建，一次性密码 " + password + "（首次登录须修改）");
    }
}
