package org.buildreg.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.auth.PasswordHasher;
import org.buildreg.platform.ListQuery;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.buildreg.platform.Refusal;

/**
 * The association's account console: find accounts, lock or unlock one or every account of an enterprise
 * (the manual: 锁定全部账号, 待信息核实无误后再次开放权限), and reset a password to a one-time password.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AccountAdministration {

    private static final String ROW = "NEW org.buildreg.account.AccountRow(a.id, a.username, a.role, a.displayName,"
            + " e.id, e.name, e.uscc, a.cityCode, a.enabled, a.adminLocked, a.lockedUntil, a.lastLoginAt, b.holderName)";

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private AuditLog audit;

    /** Accounts whose username, enterprise name or USCC contain the given text; all when it is blank. */
    public Page<AccountRow> search(String username, String enterprise, String uscc, Role role, PageRequest page) {
        callers.requireRole(Role.ADMIN);
        return ListQuery.of(AccountRow.class, ROW, "Account a LEFT JOIN a.enterprise e"
                        + " LEFT JOIN DongleBinding b ON b.account = a AND b.unboundAt IS NULL")
                .counting("a")
                .whereContains("a.username", "username", username)
                .whereContains("e.name", "enterprise", enterprise)
                .whereContains("e.uscc", "uscc", uscc)
                .where("a.role = :role", "role", role)
                .sortable("username", "a.username")
                .sortable("enterpriseName", "e.name")
                .sortable("lastLoginAt", "a.lastLoginAt")
                .orderBy("a.id")
                .page(em, page);
    }

    public void lock(Long accountId) {
        Account admin = callers.requireRole(Role.ADMIN);
        Account account = find(accountId);
        account.lockByAdmin();
        audit.record(admin.getUsername(), AuditAction.ACCOUNT_LOCKED, account.getUsername(), null);
    }

    public void unlock(Long accountId) {
        Account admin = callers.requireRole(Role.ADMIN);
        Account account = find(accountId);
        account.unlock();
        audit.record(admin.getUsername(), AuditAction.ACCOUNT_UNLOCKED, account.getUsername(), null);
    }

    /** Locks every account of the enterprise; returns how many. */
    public int lockAll(Long enterpriseId) {
        Account admin = callers.requireRole(Role.ADMIN);
        List<Account> accounts = accountsOf(enterpriseId);
        accounts.forEach(Account::lockByAdmin);
        audit.record(admin.getUsername(), AuditAction.ACCOUNT_LOCKED, enterpriseName(enterpriseId),
                "锁定全部账号（" + accounts.size() + "个）");
        return accounts.size();
    }

    public int unlockAll(Long enterpriseId) {
        Account admin = callers.requireRole(Role.ADMIN);
        List<Account> accounts = accountsOf(enterpriseId);
        accounts.forEach(Account::unlock);
        audit.record(admin.getUsername(), AuditAction.ACCOUNT_UNLOCKED, enterpriseName(enterpriseId),
                "解锁全部账号（" + accounts.size() + "个）");
        return accounts.size();
    }

    /** Sets a one-time password, to be changed at the next login, and returns it to be shown once. */
    public String resetPassword(Long accountId) {
        Account admin = callers.requireRole(Role.ADMIN);
        Account account = find(accountId);
        String password = OneTimePassword.generate();
        account.resetPassword(PasswordHasher.hash(password));
        audit.record(admin.getUsername(), AuditAction.PASSWORD_RESET, account.getUsername(), null);
        return password;
    }

    private List<Account> accountsOf(Long enterpriseId) {
        List<Account> accounts = em.createNamedQuery("Account.ofEnterprise", Account.class)
                .setParameter("enterprise", enterpriseId).getResultList();
        if (accounts.isEmpty()) {
            throw Refusal.of("该企业没有账号");
        }
        return accounts;
    }

    private String enterpriseName(Long enterpriseId) {
        Enterprise e = em.find(Enterprise.class, enterpriseId);
        return e == null ? String.valueOf(enterpriseId) : e.getName();
    }

    private Account find(Long id) {
        Account account = id == null ? null : em.find(Account.class, id);
        if (account == null) {
            throw Refusal.of("账号不存在");
        }
        return account;
    }
}
