package org.buildreg.dongle;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import org.buildreg.account.Account;
import org.buildreg.account.Role;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.RequestOrigin;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.Throttles;
import org.buildreg.reference.IdCardNumber;

/**
 * 首个管理员的加密锁: on a fresh installation nobody can log in (login needs a bound dongle, and only an administrator
 * issues dongles), so the installer enrols the first administrator's token from the server itself
 * ({@code payara-config/domain.sh enrol-admin}): a key and CSR made on the token, a certificate from the platform
 * CA, and the binding, in one step. Allowed only from the server's own loopback address, with the administrator's
 * one-time password, and only while no administrator has ever had a dongle: after that, dongles come from
 * 加密锁证书 like everyone's.
 */
@Stateless
@PermitAll
public class FirstAdministratorDongle {

    /** Who the audit names as the issuer. */
    static final String ISSUER = "首个管理员登记";

    @PersistenceContext
    private EntityManager em;
    @EJB
    private DongleAuthority authority;
    @EJB
    private AuditLog audit;
    @EJB
    private Throttles throttles;
    @Inject
    private RequestOrigin origin;

    /**
     * Issues a certificate for the key of {@code csrPem} and binds it to the administrator the form names, with the
     * holder the form gives. Returns the certificate and the CA's (PEM, leaf first), to be stored on the token.
     */
    public String enrol(BindingForm form, String csrPem) {
        Refusal.Collector errors = new Refusal.Collector();
        form.check(errors);
        errors.throwIfAny();
        String address = origin.address();
        if (!isLoopback(address)) {
            throw Refusal.of("首个管理员的加密锁只能在平台服务器本机登记");
        }
        long adminDongles = em.createQuery("SELECT COUNT(b) FROM DongleBinding b WHERE b.account.role = :admin",
                Long.class).setParameter("admin", Role.ADMIN).getSingleResult();
        if (adminDongles > 0) {
            // Said at once, costing no try: after the first enrolment this address is closed for good.
            throw Refusal.of(refusal(null, null, adminDongles));
        }
        if (!throttles.bindFromAddress(address)) {
            throw Refusal.of("尝试次数过多，请15分钟后再试");
        }
        String name = form.getUsername().strip();
        Account account = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", name)
                .getResultStream().findFirst().orElse(null);
        String refusal = refusal(account, form.getPassword(), adminDongles);
        if (refusal != null) {
            audit.record(name, AuditAction.DONGLE_BIND_REFUSED, name, "首个管理员登记：" + refusal);
            throw Refusal.of(refusal);
        }
        X509Certificate certificate = DongleCertificates.record(em, authority.ca(), audit,
                DongleCertificates.parse(csrPem), ISSUER);
        em.persist(new DongleBinding(account, new VerifiedCertificate(certificate), form.getHolderName().strip(),
                IdCardNumber.normalize(form.getHolderIdNumber()), form.getHolderPhone().strip(),
                LocalDateTime.now()));
        audit.record(name, AuditAction.DONGLE_BOUND, name, ISSUER + "，" + certificate.getSubjectX500Principal()
                .getName() + "，使用者 " + form.getHolderName().strip());
        return DongleCertificates.pem(certificate) + DongleCertificates.pem(authority.ca().certificate());
    }

    /**
     * Why {@code account} may not get the first administrator's dongle with {@code password}, or null: it must be an
     * enabled administrator still on its one-time password, and no administrator may ever have had a dongle.
     */
    static String refusal(Account account, String password, long adminDonglesEver) {
        if (adminDonglesEver > 0) {
            return "已有管理员绑定过加密锁：请由管理员在“加密锁证书”中签发";
        }
        if (account == null || account.getRole() != Role.ADMIN || !account.isMustChangePassword()
                || account.checkPassword(password) == Account.PasswordCheck.WRONG) {
            return "登录名或一次性密码不正确（须为尚未修改一次性密码的管理员）";
        }
        if (!account.isEnabled() || account.isAdminLocked()) {
            return "该管理员账号已停用或锁定";
        }
        return null;
    }

    /** Whether {@code address} is this machine's loopback (127.0.0.0/8 or ::1); never resolves a host name. */
    static boolean isLoopback(String address) {
        if (address == null || !address.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
