package org.buildreg.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.buildreg.auth.PasswordHasher;

/**
 * A production database starts with no accounts at all: the first deploy creates the administrator {@code admin}
 * with a one-time password, written to a file only the server's user can read ({@link #passwordFile}), for
 * {@code payara-config/domain.sh enrol-admin} to enrol the administrator's dongle with (login needs one). While no
 * administrator has ever had a dongle, a start that finds the file gone issues a new one-time password (the installer
 * lost it). Skipped when the demo data (which has its own administrator) is wanted.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdministrator {

    public static final String USERNAME = "admin";
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
        Path file = passwordFile();
        if (admins == 0) {
            String password = OneTimePassword.generate();
            Account admin = Account.staff(Role.ADMIN, USERNAME, null, "协会信息中心", null, LocalDateTime.now());
            admin.resetPassword(PasswordHasher.hash(password));
            em.persist(admin);
            tell(file, password);
            return;
        }
        long adminDongles = em.createQuery("SELECT COUNT(b) FROM DongleBinding b WHERE b.account.role = :admin",
                Long.class).setParameter("admin", Role.ADMIN).getSingleResult();
        Account admin = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", USERNAME)
                .getResultStream().findFirst().orElse(null);
        if (adminDongles == 0 && admin != null && admin.isMustChangePassword() && file != null
                && !Files.exists(file)) {
            String password = OneTimePassword.generate();
            admin.resetPassword(PasswordHasher.hash(password));
            tell(file, password);
        }
    }

    /** Where the one-time password waits for the installer: the domain's config folder (null outside Payara). */
    public static Path passwordFile() {
        String instance = System.getProperty("com.sun.aas.instanceRoot");
        return instance == null ? null : Path.of(instance, "config", "buildreg-first-admin.txt");
    }

    private static void tell(Path file, String password) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, password + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
                LOG.warning(() -> "首个管理员账号 " + USERNAME + " 已创建，一次性密码已写入 " + file
                        + "（仅本机可读）：用 payara-config/domain.sh enrol-admin 登记其加密锁后登录，首次登录须修改密码");
                return;
            } catch (IOException | UnsupportedOperationException e) {
                LOG.warning("The first administrator's password file " + file + " cannot be written: " + e);
            }
        }
        LOG.warning(() -> "首个管理员账号 " + USERNAME + " 已创建，一次性密码 " + password + "（首次登录须修改）");
    }
}
