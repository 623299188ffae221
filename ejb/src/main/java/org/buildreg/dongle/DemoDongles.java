package org.buildreg.dongle;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import org.buildreg.account.Account;
import org.buildreg.auth.AuditLog;
import org.buildreg.dongle.agent.TokenEnrolment;

/**
 * Demo only: a dongle for every demo account on one SoftHSM2 token (the run command's software dongle), so that a
 * newcomer on a bare machine can log in through the agent at once. The same steps as a real enrolment — a key pair
 * made on the token, a CSR, a certificate from the platform CA (registered and audited), stored back on the token
 * under the login name — and the binding the user would make on 绑定加密锁, with the demo holder.
 */
@Stateless
public class DemoDongles {

    private static final Logger LOG = Logger.getLogger(DemoDongles.class.getName());

    @PersistenceContext
    private EntityManager em;
    @EJB
    private DongleAuthority authority;
    @EJB
    private DongleCertificates certificates;
    @EJB
    private AuditLog audit;

    /** Enrols and binds a dongle for each account that has none bound; a no-op without a demo token. */
    public int enrolUnbound(List<Account> accounts, Function<Account, String> holderName, String holderIdNumber,
            String holderPhone) {
        String label = System.getProperty("buildreg.demo.token.label", "");
        String pin = System.getProperty("buildreg.demo.token.pin", "");
        if (label.isBlank() || pin.isBlank()) {
            LOG.warning("No demo token (buildreg.demo.token.label): the demo accounts get no dongle");
            return 0;
        }
        Path library = Path.of(System.getProperty("buildreg.demo.token.library", "/usr/lib/softhsm/libsofthsm2.so"));
        int enrolled = 0;
        try (TokenEnrolment token = TokenEnrolment.open(library, label, pin.toCharArray())) {
            for (Account account : accounts) {
                if (!em.createNamedQuery("DongleBinding.activeOfAccount", DongleBinding.class)
                        .setParameter("account", account.getId()).getResultList().isEmpty()) {
                    continue;
                }
                String alias = account.getUsername();
                String holder = holderName.apply(account);
                String csr = token.enrol(alias, "CN=" + alias + ",OU=" + alias + ",C=CN");
                X509Certificate certificate = DongleCertificates.record(em, authority.ca(), audit,
                        DongleCertificates.parse(csr), "demo");
                token.store(alias, DongleCertificates.pem(certificate) + certificates.caCertificate());
                em.persist(new DongleBinding(account, new VerifiedCertificate(certificate), holder, holderIdNumber,
                        holderPhone, LocalDateTime.now()));
                enrolled++;
            }
        } catch (Exception e) {
            LOG.severe("Could not enrol the demo dongles on token " + label + ": " + e);
        }
        return enrolled;
    }
}
