package org.buildreg.auth;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import org.buildreg.account.Account;
import org.buildreg.account.Module;
import org.buildreg.account.Role;
import org.buildreg.dongle.DongleBinding;

/**
 * Who is calling, and the object-level checks every service makes before it touches an object: the caller's
 * own enterprise, its own 盟市, a module granted to it. A refused check is audited and throws {@link AccessDenied}.
 */
@Stateless
@PermitAll
public class Callers {

    @Resource
    private SessionContext context;
    @PersistenceContext
    private EntityManager em;
    @EJB
    private AuditLog audit;
    @Inject
    private LoginSession session;

    /**
     * The logged-in account; refuses anonymous callers, and ends a session whose login no longer holds
     * ({@link SessionEnded}).
     */
    public Account current() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || "ANONYMOUS".equals(name)) {
            throw new AccessDenied("请先登录");
        }
        Account account = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", name)
                .getResultStream().findFirst().orElseThrow(() -> new AccessDenied("账号不存在"));
        requireLive(account);
        return account;
    }

    /**
     * A session ends at its next request once its account is locked by the administrator (锁定, 锁定全部),
     * disabled, has no dongle bound, or has a newer password than the session logged in with. A lockout after
     * failed logins does not end it: those may be anyone's guesses. Checked once per request.
     */
    private void requireLive(Account account) {
        LoginSession session = loginSession();
        if (session != null && session.isLive(account)) {
            return;
        }
        String reason = account.isAdminLocked() ? "账号已被锁定"
                : !account.isEnabled() ? "账号已停用"
                : session != null && session.credentialVersion() != null
                        && session.credentialVersion() != account.getCredentialVersion() ? "密码已修改或重置"
                : !hasDongle(account) ? "加密锁已解除绑定" : null;
        if (reason != null) {
            audit.recordAlone(account.getUsername(), AuditAction.SESSION_ENDED, account.getUsername(), reason);
            throw new SessionEnded(reason);
        }
        if (session != null) {
            session.live(account);
        }
    }

    private boolean hasDongle(Account account) {
        return em.createNamedQuery("DongleBinding.activeOfAccount", DongleBinding.class)
                .setParameter("account", account.getId()).getResultStream().findFirst().isPresent();
    }

    private LoginSession loginSession() {
        try {
            session.credentialVersion();
            return session;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** An enterprise account that may use {@code module}. */
    public Account enterpriseUser(Module module) {
        Account me = current();
        if (!me.getRole().isEnterprise() || !me.grants(module) || !me.isEnabled()) {
            throw denied(me, "模块 " + module.label());
        }
        return me;
    }

    /** The enterprise's main account (only it manages sub-accounts). */
    public Account enterpriseMain() {
        Account me = current();
        if (me.getRole() != Role.ENTERPRISE_MAIN) {
            throw denied(me, "账号管理");
        }
        return me;
    }

    /** Refuses unless {@code enterpriseId} is the caller's own enterprise. */
    public void requireOwnEnterprise(Account me, Long enterpriseId) {
        if (enterpriseId == null || !enterpriseId.equals(me.enterpriseId())) {
            throw denied(me, "企业 " + enterpriseId);
        }
    }

    public Account requireRole(Role... roles) {
        Account me = current();
        for (Role role : roles) {
            if (me.getRole() == role) {
                return me;
            }
        }
        throw denied(me, "角色 " + me.getRole());
    }

    public AccessDenied denied(Account me, String what) {
        audit.recordAlone(me.getUsername(), AuditAction.ACCESS_DENIED, what, null);
        return new AccessDenied("您无权访问该数据");
    }
}
