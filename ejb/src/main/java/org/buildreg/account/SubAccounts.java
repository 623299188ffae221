package org.buildreg.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.auth.PasswordHasher;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.TextLimit;

/**
 * 账号管理: the main account adds sub-accounts with module permissions, changes them, and disables the account
 * of staff who leave (the manual: 工作人员变动必须收回加密锁或撤销权限). Only within its own enterprise.
 */
@Stateless
@RolesAllowed("ENTERPRISE_MAIN")
public class SubAccounts {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private AuditLog audit;

    public List<SubAccountRow> list() {
        Account main = callers.enterpriseMain();
        return em.createQuery("SELECT a FROM Account a WHERE a.enterprise.id = :e AND a.role = :sub"
                        + " ORDER BY a.createdAt, a.id", Account.class)
                .setParameter("e", main.enterpriseId()).setParameter("sub", Role.ENTERPRISE_SUB)
                .getResultList().stream().map(SubAccountRow::of).toList();
    }

    public SubAccountRow create(SubAccountForm form) {
        Account main = callers.enterpriseMain();
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkUsername("username", form.getUsername(), errors);
        AccountRules.checkPassword("password", form.getPassword(), errors);
        AccountRules.required("holderName", form.getHolderName(), "使用者姓名", errors);
        TextLimit.PERSON_NAME.check(errors, "holderName", form.getHolderName(), "使用者姓名");
        if (form.getModules() == null || form.getModules().isEmpty()) {
            errors.reject("modules", "请至少勾选一个模块权限");
        }
        errors.throwIfAny();
        String username = form.getUsername().trim();
        if (!em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .getResultList().isEmpty()) {
            throw Refusal.onField("username", "用户名已被使用，请换一个");
        }
        Account sub = Account.enterpriseSub(main.getEnterprise(), username, PasswordHasher.hash(form.getPassword()),
                form.getHolderName().trim(), EnumSet.copyOf(form.getModules()), LocalDateTime.now());
        em.persist(sub);
        audit.record(main.getUsername(), AuditAction.SUB_ACCOUNT_CREATED, username,
                SubAccountRow.of(sub).getModuleLabels());
        return SubAccountRow.of(sub);
    }

    public void changeModules(Long subAccountId, Set<Module> modules) {
        Account main = callers.enterpriseMain();
        if (modules == null || modules.isEmpty()) {
            throw Refusal.onField("editModules", "请至少勾选一个模块权限");
        }
        Account sub = ownSubAccount(main, subAccountId);
        sub.grant(EnumSet.copyOf(modules));
        audit.record(main.getUsername(), AuditAction.SUB_ACCOUNT_CHANGED, sub.getUsername(),
                SubAccountRow.of(sub).getModuleLabels());
    }

    public void disable(Long subAccountId) {
        Account main = callers.enterpriseMain();
        Account sub = ownSubAccount(main, subAccountId);
        sub.disable();
        audit.record(main.getUsername(), AuditAction.SUB_ACCOUNT_DISABLED, sub.getUsername(), null);
    }

    public void enable(Long subAccountId) {
        Account main = callers.enterpriseMain();
        Account sub = ownSubAccount(main, subAccountId);
        sub.enable();
        audit.record(main.getUsername(), AuditAction.SUB_ACCOUNT_ENABLED, sub.getUsername(), null);
    }

    private Account ownSubAccount(Account main, Long id) {
        Account sub = id == null ? null : em.find(Account.class, id);
        if (sub == null || sub.getRole() != Role.ENTERPRISE_SUB) {
            throw Refusal.of("子账户不存在");
        }
        callers.requireOwnEnterprise(main, sub.enterpriseId());
        return sub;
    }
}
