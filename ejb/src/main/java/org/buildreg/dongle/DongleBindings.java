package org.buildreg.dongle;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.buildreg.account.Account;
import org.buildreg.account.Role;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.auth.LoginResult;
import org.buildreg.auth.LoginService;
import org.buildreg.platform.Refusal;
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
    private LoginService logins;
    @EJB
    private Callers callers;
    @EJB
    private AuditLog audit;

    @PermitAll
    public BindingResult bind(BindingForm form, DongleProof proof) {
        Refusal.Collector errors = new Refusal.Collector();
        form.check(errors);
        errors.throwIfAny();
        String name = form.getUsername().trim();
        VerifiedCertificate certificate;
        try {
            certificate = proofs.verify(proof);
        } catch (DongleRefusal refusal) {
            audit.record(name, AuditAction.DONGLE_BIND_REFUSED, name, refusal.getMessage());
            return BindingResult.refused(refusal.userMessage());
        }
        LoginResult password = logins.checkPassword(name, form.getPassword());
        if (!password.succeeded()) {
            return BindingResult.refused(password.message());
        }
        Account account = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", name)
                .getSingleResult();
        DongleBinding existing = activeOf(certificate);
        if (existing != null) {
            audit.record(name, AuditAction.DONGLE_BIND_REFUSED, name, "已绑定账号 " + existing.getAccount().getUsername());
            return BindingResult.refused(existing.getAccount().getId().equals(account.getId())
                    ? "该加密锁已绑定此账号，可直接登录"
                    : "该加密锁已绑定其他账号；如需更换，请由企业主账号或协会信息中心先解除原绑定");
        }
        if (activeOf(account) != null) {
            audit.record(name, AuditAction.DONGLE_BIND_REFUSED, name, "账号已绑定其他加密锁");
            return BindingResult.refused("该账号已绑定加密锁；更换加密锁须先由企业主账号或协会信息中心解除原绑定");
        }
        em.persist(new DongleBinding(account, certificate, form.getHolderName().strip(),
                IdCardNumber.normalize(form.getHolderIdNumber()), form.getHolderPhone().strip(), LocalDateTime.now()));
        audit.record(name, AuditAction.DONGLE_BOUND, name, certificate.subject() + "，序列号 " + certificate.serialHex()
                + "，使用者 " + form.getHolderName().strip());
        return BindingResult.bound("加密锁绑定成功，请插入该加密锁登录");
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
