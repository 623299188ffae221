package org.buildreg.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.buildreg.account.Account;
import org.buildreg.account.Module;
import org.buildreg.dongle.DongleBindings;
import org.buildreg.dongle.DongleProof;
import org.buildreg.dongle.DongleProofs;
import org.buildreg.dongle.DongleRefusal;
import org.buildreg.dongle.VerifiedCertificate;

/**
 * Checks a login: the dongle's signature (see {@link DongleProofs}), then the name and password: lockout after five failures in a row, the administrator's lock, disabled
 * sub-accounts, and the one-time upgrade of an old MD5 hash to PBKDF2. Every outcome is audited. The message
 * never says whether the name or the password was wrong.
 */
@Stateless
@PermitAll
public class LoginService {

    static final String BAD_CREDENTIALS = "用户名或密码错误";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext
    private EntityManager em;
    @EJB
    private AuditLog audit;
    @EJB
    private DongleProofs proofs;
    @EJB
    private DongleBindings bindings;

    /**
     * 登录 = dongle + password. The dongle first: the nonce this session was given (once, within two minutes), the
     * token's signature over it, its certificate (trusted CA, dates, key usage, CRL) and its binding to this
     * account; then the password. Each refusal is audited with its reason; the user is told what to do, and never
     * whether an unknown name or a wrong password was the cause.
     */
    public LoginResult authenticate(String username, String password, DongleProof proof) {
        LocalDateTime now = LocalDateTime.now();
        String name = username == null ? "" : username.trim();
        VerifiedCertificate certificate;
        try {
            certificate = proofs.verify(proof);
        } catch (DongleRefusal refusal) {
            audit.record(name, AuditAction.LOGIN_FAILED, name, "加密锁：" + refusal.getMessage());
            return LoginResult.refused(refusal.userMessage());
        }
        Account account = lockedAccount(name);
        if (account == null || !bindings.isBoundTo(certificate, account)) {
            audit.record(name, AuditAction.LOGIN_FAILED, name, "加密锁：未绑定此账号（" + certificate.subject() + "，序列号 "
                    + certificate.serialHex() + "）");
            return LoginResult.refused(DongleRefusal.Reason.NOT_BOUND.message());
        }
        return checkPassword(account, name, password, now);
    }

    private Account lockedAccount(String name) {
        return em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
    }

    private LoginResult checkPassword(Account account, String name, String password, LocalDateTime now) {
        if (account.isAdminLocked()) {
            audit.record(name, AuditAction.LOGIN_FAILED, name, "账号已被管理员锁定");
            return LoginResult.refused("账号已被锁定，请联系协会信息中心");
        }
        if (account.isLockedAt(now)) {
            audit.record(name, AuditAction.LOGIN_FAILED, name, "连续失败锁定中");
            return LoginResult.refused(lockedMessage(account));
        }
        Account.PasswordCheck check = account.checkPassword(password);
        if (check == Account.PasswordCheck.WRONG) {
            account.recordFailedLogin(now);
            boolean lockedNow = account.isLockedAt(now);
            audit.record(name, lockedNow ? AuditAction.LOGIN_LOCKED : AuditAction.LOGIN_FAILED, name, "密码错误");
            return LoginResult.refused(lockedNow ? lockedMessage(account) : BAD_CREDENTIALS);
        }
        if (!account.isEnabled()) {
            audit.record(name, AuditAction.LOGIN_FAILED, name, "账号已停用");
            return LoginResult.refused("账号已停用，请联系本企业主账号");
        }
        if (check == Account.PasswordCheck.RIGHT_AND_UPGRADED) {
            audit.record(name, AuditAction.LEGACY_PASSWORD_UPGRADED, name, null);
        }
        account.recordSuccessfulLogin(now);
        audit.record(name, AuditAction.LOGIN, name, null);
        return LoginResult.success(name, groupsOf(account), account.isMustChangePassword(),
                account.getCredentialVersion());
    }

    /** The security groups of an account: its role, and for enterprise accounts one per granted module. */
    public static Set<String> groupsOf(Account account) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(account.getRole().name());
        if (account.getRole().isEnterprise()) {
            groups.add("ENTERPRISE");
        }
        for (Module module : account.modules()) {
            groups.add(module.role());
        }
        return groups;
    }

    private static String lockedMessage(Account account) {
        return "连续" + Account.MAX_FAILED_LOGINS + "次密码错误，账号已锁定至 "
                + account.getLockedUntil().format(TIME) + "，请稍后再试";
    }
}
