package org.buildreg.dongle;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.buildreg.account.Account;
import org.buildreg.account.Role;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.auth.PasswordHasher;
import org.buildreg.auth.RequestOrigin;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.Throttles;
import org.buildreg.reference.IdCardNumber;

/**
 * 加密锁绑定: binds the certificate of the dongle at hand to an account (the password authorises it; the dongle
 * proves it is present by signing a nonce), shows an account's binding, and unbinds one — the enterprise's main
 * account for its own enterprise's accounts, ADMIN for any (工作人员变动必须收回加密锁或撤销权限). An account has
 * at most one bound dongle and a dongle is bound to at most one account.
 */
@Stateless
public class DongleBindings {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private DongleProofs proofs;
    @EJB
    private Throttles throttles;
    @Inject
    private RequestOrigin origin;
    @EJB
    private Callers callers;
    @EJB
    private AuditLog audit;

    /**
     * One answer for every refusal that concerns the account (unknown, wrong password, already bound, disabled,
     * locked): the page must not tell a right password from a wrong one, nor which accounts have a dongle.
     */
    static final String NOT_BINDABLE = "用户名或密码错误，或该账号已绑定加密锁、已停用或已锁定；如需更换加密锁，"
            + "请由企业主账号或协会信息中心先解除原绑定";
    static final String TOO_MANY = "绑定尝试次数过多，请15分钟后再试";
    static final String DONGLE_BOUND = "该加密锁已绑定账号，可直接插入该加密锁登录；如需改绑其他账号，"
            + "请由企业主账号或协会信息中心先解除原绑定";

    /**
     * 绑定: the dongle proves it is here, then its own state is checked (bound already?), then the account and its
     * password. Throttled per source address and per dongle certificate, apart from the login lockout: a wrong
     * password here never counts against the account, so nobody can lock another's account from this page. An
     * account that has a dongle is never bound to another without its owner (who unbinds first).
     */
    @PermitAll
    public BindingResult bind(BindingForm form, DongleProof proof) {
        Refusal.Collector errors = new Refusal.Collector();
        form.check(errors);
        errors.throwIfAny();
        String name = form.getUsername().trim();
        if (!throttles.bindFromAddress(String.valueOf(origin.address()))) {
            audit.record(name, AuditAction.DONGLE_BIND_REFUSED, name, "来源地址尝试次数过多");
            return BindingResult.refused(TOO_MANY);
        }
        VerifiedCertificate certificate;
        try {
            certificate = proofs.verify(proof);
        } catch (DongleRefusal refusal) {
            audit.record(name, AuditAction.DONGLE_BIND_REFUSED, name, refusal.getMessage());
            return BindingResult.refused(refusal.userMessage());
        }
        if (!throttles.bindWithDongle(certificate.issuer() + "#" + certificate.serialHex())) {
            audit.record(name, AuditAction.DONGLE_BIND_REFUSED, name, "加密锁尝试次数过多，序列号 "
                    + certificate.serialHex());
            return BindingResult.refused(TOO_MANY);
        }
        DongleBinding existing = activeOf(certificate);
        if (existing != null) {
            audit.record(name, AuditAction.DONGLE_BIND_REFUSED, name, "加密锁已绑定账号 "
                    + existing.getAccount().getUsername());
            return BindingResult.refused(DONGLE_BOUND);
        }
        Account account = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", name)
                .getResultStream().findFirst().orElse(null);
        String reason = refusal(account, form.getPassword());
        if (reason != null) {
            audit.record(name, AuditAction.DONGLE_BIND_REFUSED, name, reason);
            return BindingResult.refused(NOT_BINDABLE);
        }
        em.persist(new DongleBinding(account, certificate, form.getHolderName().strip(),
                IdCardNumber.normalize(form.getHolderIdNumber()), form.getHolderPhone().strip(), LocalDateTime.now()));
        audit.record(name, AuditAction.DONGLE_BOUND, name, certificate.subject() + "，序列号 " + certificate.serialHex()
                + "，使用者 " + form.getHolderName().strip());
        return BindingResult.bound("加密锁绑定成功，请插入该加密锁登录");
    }

    /** Why {@code account} may not be bound with {@code password} (for the audit only), or null. */
    private String refusal(Account account, String password) {
        if (account == null) {
            PasswordHasher.hash(password == null ? "" : password); // the same time as a real check
            return "未知用户名";
        }
        Account.PasswordCheck check = account.checkPassword(password);
        if (check == Account.PasswordCheck.WRONG) {
            return "密码错误";
        }
        if (check == Account.PasswordCheck.RIGHT_AND_UPGRADED) {
            audit.record(account.getUsername(), AuditAction.LEGACY_PASSWORD_UPGRADED, account.getUsername(), null);
        }
        if (activeOf(account) != null) {
            return "账号已绑定其他加密锁";
        }
        if (!account.isEnabled()) {
            return "账号已停用";
        }
        if (account.isAdminLocked() || account.isLockedAt(LocalDateTime.now())) {
            return "账号已锁定";
        }
        return null;
    }

    /** Whether {@code certificate} is the dongle bound to {@code account} now. */
    @PermitAll
    public boolean isBoundTo(VerifiedCertificate certificate, Account account) {
        DongleBinding binding = activeOf(certificate);
        return binding != null && binding.getAccount().getId().equals(account.getId());
    }

    /** The caller's own binding, for 个人中心. */
    @PermitAll
    public DongleBinding mine() {
        return activeOf(callers.current());
    }

    /** The bindings of the accounts of the caller's enterprise (main account only), for 账号管理. */
    @RolesAllowed("ENTERPRISE_MAIN")
    public List<DongleBinding> ofMyEnterprise() {
        Account main = callers.enterpriseMain();
        return em.createQuery("SELECT b FROM DongleBinding b WHERE b.account.enterprise.id = :e"
                + " AND b.unboundAt IS NULL ORDER BY b.account.username", DongleBinding.class)
                .setParameter("e", main.enterpriseId()).getResultList();
    }

    /** The bindings of the given accounts (ADMIN), one query for a page of the account list. */
    @RolesAllowed("ADMIN")
    public List<DongleBinding> ofAccounts(List<Long> accountIds) {
        callers.requireRole(Role.ADMIN);
        if (accountIds == null || accountIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM DongleBinding b WHERE b.account.id IN :ids AND b.unboundAt IS NULL",
                DongleBinding.class).setParameter("ids", accountIds).getResultList();
    }

    /** 解除绑定 of an account's dongle: its main account (own enterprise only) or ADMIN. */
    @RolesAllowed({"ENTERPRISE_MAIN", "ADMIN"})
    public void unbind(Long accountId) {
        Account me = callers.requireRole(Role.ENTERPRISE_MAIN, Role.ADMIN);
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null) {
            throw Refusal.of("账号不存在");
        }
        if (me.getRole() == Role.ENTERPRISE_MAIN) {
            callers.requireOwnEnterprise(me, account.enterpriseId());
        }
        DongleBinding binding = activeOf(account);
        if (binding == null) {
            throw Refusal.of("账号 " + account.getUsername() + " 没有绑定加密锁");
        }
        binding.unbind(me.getUsername(), LocalDateTime.now());
        audit.record(me.getUsername(), AuditAction.DONGLE_UNBOUND, account.getUsername(),
                binding.getSubject() + "，序列号 " + binding.getSerialHex() + "，使用者 " + binding.getHolderName());
    }

    private DongleBinding activeOf(VerifiedCertificate certificate) {
        return em.createNamedQuery("DongleBinding.activeOfCertificate", DongleBinding.class)
                .setParameter("serial", certificate.serialHex()).setParameter("issuer", certificate.issuer())
                .getResultStream().findFirst().orElse(null);
    }

    private DongleBinding activeOf(Account account) {
        return em.createNamedQuery("DongleBinding.activeOfAccount", DongleBinding.class)
                .setParameter("account", account.getId()).getResultStream().findFirst().orElse(null);
    }
}
