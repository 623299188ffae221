package org.buildreg.dongle;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.buildreg.account.Account;
import org.buildreg.account.Role;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.platform.ListQuery;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.Sequences;

/**
 * ADMIN's dongle certificates: issue one from a token's CSR (PEM), list them, revoke one; and the CRL the platform
 * publishes, freshly signed, for anyone.
 */
@Stateless
public class DongleCertificates {

    /** How long an issued dongle certificate is valid. */
    static final Duration VALIDITY = Duration.ofDays(730);

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private AuditLog audit;
    @EJB
    private DongleAuthority authority;

    /** 签发: the certificate for the key of {@code csrPem}, as PEM. */
    @RolesAllowed("ADMIN")
    public String issue(String csrPem) {
        Account me = callers.requireRole(Role.ADMIN);
        return pem(record(em, authority.ca(), audit, parse(csrPem), me.getUsername()));
    }

    /**
     * Issues and registers a certificate for {@code csr}, valid from now for {@link #VALIDITY}, audited. Static, so
     * that the demo enrolment reuses it within its own transaction without being an ADMIN caller.
     */
    static X509Certificate record(EntityManager em, PlatformCa ca, AuditLog audit, PKCS10CertificationRequest csr,
            String issuedBy) {
        long serial = Sequences.next(em, "seq_dongle_serial");
        Instant now = Instant.now();
        X509Certificate cert;
        try {
            cert = ca.issue(csr, BigInteger.valueOf(serial), now.minus(Duration.ofMinutes(5)),
                    now.plus(VALIDITY));
        } catch (IllegalArgumentException e) {
            throw Refusal.onField("csr", "证书请求（CSR）无效：" + e.getMessage());
        }
        em.persist(new DongleCertificate(serial, cert.getSubjectX500Principal().getName(), local(cert.getNotBefore()
                .toInstant()), local(cert.getNotAfter().toInstant()), issuedBy, LocalDateTime.now(), pem(cert)));
        audit.record(issuedBy, AuditAction.DONGLE_CERTIFICATE_ISSUED, String.valueOf(serial),
                cert.getSubjectX500Principal().getName());
        return cert;
    }

    @RolesAllowed("ADMIN")
    public Page<DongleCertificate> list(PageRequest request) {
        callers.requireRole(Role.ADMIN);
        return ListQuery.of(DongleCertificate.class, "c", "DongleCertificate c").orderBy("c.serialNo DESC")
                .page(em, request);
    }

    /** 吊销: the next CRL lists it. */
    @RolesAllowed("ADMIN")
    public void revoke(Long serialNo) {
        Account me = callers.requireRole(Role.ADMIN);
        DongleCertificate c = em.find(DongleCertificate.class, serialNo);
        if (c == null) {
            throw Refusal.of("未找到该证书");
        }
        if (c.isRevoked()) {
            throw Refusal.of("证书 " + serialNo + " 已吊销");
        }
        c.revoke(me.getUsername(), LocalDateTime.now());
        audit.record(me.getUsername(), AuditAction.DONGLE_CERTIFICATE_REVOKED, String.valueOf(serialNo), c.getSubject());
    }

    /** The CRL (DER): every revoked certificate, next update in a day (signed again when a revocation is added). */
    @PermitAll
    public byte[] crl() {
        try {
            return currentCrl().getEncoded();
        } catch (CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The CRL as the revocations stand now: a login checks against it, so a revocation counts at once. Signed only
     * when the revocations changed ({@link DongleAuthority#crl}).
     */
    @PermitAll
    public X509CRL currentCrl() {
        Map<BigInteger, Instant> revoked = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT c.serialNo, c.revokedAt FROM DongleCertificate c"
                + " WHERE c.revokedAt IS NOT NULL ORDER BY c.serialNo", Object[].class).getResultList()) {
            revoked.put(BigInteger.valueOf((Long) row[0]),
                    ((LocalDateTime) row[1]).atZone(ZoneId.systemDefault()).toInstant());
        }
        return authority.crl(revoked);
    }

    /** The CA certificate (PEM), for whoever configures trust in it. */
    @PermitAll
    public String caCertificate() {
        return pem(authority.ca().certificate());
    }

    static PKCS10CertificationRequest parse(String csrPem) {
        if (csrPem == null || csrPem.isBlank()) {
            throw Refusal.onField("csr", "请粘贴证书请求（CSR，PEM格式）");
        }
        try (PEMParser parser = new PEMParser(new StringReader(csrPem.strip()))) {
            Object read = parser.readObject();
            if (read instanceof PKCS10CertificationRequest csr) {
                return csr;
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the message
        }
        throw Refusal.onField("csr", "不是PEM格式的证书请求（-----BEGIN CERTIFICATE REQUEST-----）");
    }

    static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }
}
