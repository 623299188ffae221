package org.buildreg.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.buildreg.auth.PasswordHasher;

/**
 * A login (账号): an enterprise's main account or sub-account, a reviewer, or an administrator.
 * Holds the password hash and the lockout state; the rules of both live here.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.ofEnterprise",
        query = "SELECT a FROM Account a WHERE a.enterprise.id = :enterprise ORDER BY a.role, a.username")
public class Account implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Failed logins in a row that lock the account. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "seq_account", sequenceName = "seq_account", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_account")
    private Long id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;
    @Column(name = "city_code")
    private String cityCode;
    @Column(name = "display_name")
    private String displayName;
    private String phone;
    private String modules;
    private boolean enabled = true;
    @Column(name = "admin_locked")
    private boolean adminLocked;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;
    /** Raised by every new password: sessions that logged in with an older one end (see {@code Callers}). */
    @Column(name = "credential_version")
    private int credentialVersion;
    @Version
    private int version;

    protected Account() {
    }

    private Account(String username, String passwordHash, Role role, String displayName, LocalDateTime now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.createdAt = now;
    }

    public static Account enterpriseMain(Enterprise enterprise, String username, String passwordHash,
                                         LocalDateTime now) {
        Account a = new Account(username, passwordHash, Role.ENTERPRISE_MAIN, enterprise.getName(), now);
        a.enterprise = enterprise;
        a.cityCode = enterprise.getCityCode();
        return a;
    }

    public static Account enterpriseSub(Enterprise enterprise, String username, String passwordHash,
                                        String holderName, Set<Module> modules, LocalDateTime now) {
        Account a = new Account(username, passwordHash, Role.ENTERPRISE_SUB, holderName, now);
        a.enterprise = enterprise;
        a.cityCode = enterprise.getCityCode();
        a.modules = Module.format(modules);
        return a;
    }

    public static Account staff(Role role, String username, String passwordHash, String displayName,
                                String cityCode, LocalDateTime now) {
        if (role.isEnterprise()) {
            throw new IllegalArgumentException("enterprise accounts belong to an enterprise");
        }
        Account a = new Account(username, passwordHash, role, displayName, now);
        a.cityCode = cityCode;
        return a;
    }

    /**
     * An account of the old system: only its MD5 hash is known, kept wrapped in PBKDF2 (never bare) until the first
     * login re-hashes the password itself.
     */
    public static Account legacyMain(Enterprise enterprise, String username, String legacyMd5, LocalDateTime now) {
        Account a = new Account(username, PasswordHasher.wrapLegacyMd5(legacyMd5), Role.ENTERPRISE_MAIN,
                enterprise.getName(), now);
        a.enterprise = enterprise;
        a.cityCode = enterprise.getCityCode();
        return a;
    }

    /** The modules this account may open: all for a main account, the ticked ones for a sub-account. */
    public Set<Module> modules() {
        if (role == Role.ENTERPRISE_MAIN) {
            return EnumSet.allOf(Module.class);
        }
        if (role == Role.ENTERPRISE_SUB) {
            return Module.parse(modules);
        }
        return EnumSet.noneOf(Module.class);
    }

    public boolean grants(Module module) {
        return modules().contains(module);
    }

    public void grant(Set<Module> granted) {
        if (role != Role.ENTERPRISE_SUB) {
            throw new IllegalStateException("only sub-accounts have module permissions");
        }
        this.modules = Module.format(granted);
    }

    public boolean isLockedAt(LocalDateTime now) {
        return adminLocked || (lockedUntil != null && now.isBefore(lockedUntil));
    }

    /** Counts a failed login; the fifth in a row locks the account for {@link #LOCKOUT}. */
    public void recordFailedLogin(LocalDateTime now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCKOUT);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin(LocalDateTime now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void lockByAdmin() {
        adminLocked = true;
    }

    /** Lifts both the administrator's lock and a lockout after failed logins. */
    public void unlock() {
        adminLocked = false;
        lockedUntil = null;
        failedLogins = 0;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void changePassword(String newHash) {
        credentialVersion++;
        passwordHash = newHash;
        mustChangePassword = false;
    }

    /** A password the administrator issued: valid once, to be changed at the next login. */
    public void resetPassword(String oneTimeHash) {
        credentialVersion++;
        passwordHash = oneTimeHash;
        mustChangePassword = true;
        unlock();
    }

    /** What a password check found. */
    public enum PasswordCheck { WRONG, RIGHT, RIGHT_AND_UPGRADED }

    /**
     * Checks a password. An account migrated from the old system is checked against its wrapped MD5 once: when that
     * matches, the password is re-hashed with PBKDF2 and the wrapped MD5 replaced, so it is never used again. A right password
     * whose hash has fewer iterations than the platform now uses is hashed again.
     */
    public PasswordCheck checkPassword(String password) {
        if (PasswordHasher.isWrappedLegacyMd5(passwordHash)) {
            if (!PasswordHasher.verifyWrappedLegacyMd5(password, passwordHash)) {
                return PasswordCheck.WRONG;
            }
            passwordHash = PasswordHasher.hash(password);
            return PasswordCheck.RIGHT_AND_UPGRADED;
        }
        if (!PasswordHasher.verify(password, passwordHash)) {
            return PasswordCheck.WRONG;
        }
        if (PasswordHasher.needsRehash(passwordHash)) {
            passwordHash = PasswordHasher.hash(password);
        }
        return PasswordCheck.RIGHT;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    /** Whether only the old system's MD5 (wrapped) is known: an old account that has not logged in here yet. */
    public boolean hasLegacyPassword() { return PasswordHasher.isWrappedLegacyMd5(passwordHash); }
    public Role getRole() { return role; }
    public Enterprise getEnterprise() { return enterprise; }
    public String getCityCode() { return cityCode; }
    public String getDisplayName() { return displayName; }
    public String getPhone() { return phone; }
    public boolean isEnabled() { return enabled; }
    public boolean isAdminLocked() { return adminLocked; }
    public int getFailedLogins() { return failedLogins; }
    public int getCredentialVersion() { return credentialVersion; }
    public LocalDateTime getLockedUntil() { return lockedUntil; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getLastLoginAt() { return lastLoginAt; }

    public Long enterpriseId() {
        return enterprise == null ? null : enterprise.getId();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account other && Objects.equals(username, other.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }
}
