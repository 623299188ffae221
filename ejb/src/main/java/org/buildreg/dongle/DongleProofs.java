package org.buildreg.dongle;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;

/**
 * Checks what a browser brings from its dongle (登录 and 绑定加密锁): uses up the nonce, then verifies the CMS
 * signature over it against the platform CA and a CRL signed from the revocations as they stand now, so that a
 * revocation takes effect at the next login.
 */
@Stateless
@PermitAll
public class DongleProofs {

    @EJB
    private LoginNonces nonces;
    @EJB
    private DongleAuthority authority;
    @EJB
    private DongleCertificates certificates;

    public VerifiedCertificate verify(DongleProof proof) throws DongleRefusal {
        if (proof == null || proof.isMissing()) {
            throw new DongleRefusal(DongleRefusal.Reason.MISSING);
        }
        nonces.use(proof.nonce());
        return authority.verifier().verify(proof.signature(), proof.nonce(), certificates.currentCrl(), Instant.now());
    }
}
