package org.buildreg.dongle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import org.buildreg.print.PdfSeal;

/**
 * Holds the platform CA and the document-signing key (电子签章) for the running server, from the keystore the domain
 * names ({@code buildreg.ca.keystore}, password {@code buildreg.ca.password}, a password alias): on the embedded
 * default's first start the file is created; a keystore without the signing key gets one issued by its CA
 * ({@link PlatformKeystore}).
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class DongleAuthority {

    /** How long a CRL is valid (its next update). */
    static final Duration CRL_VALIDITY = Duration.ofDays(1);

    private static final Logger LOG = Logger.getLogger(DongleAuthority.class.getName());
    private PlatformCa ca;
    private PdfSeal pdfSeal;
    private DongleVerifier verifier;

    @PostConstruct
    void load() {
        String location = System.getProperty("buildreg.ca.keystore");
        String password = System.getProperty("buildreg.ca.password");
        if (location == null || password == null || password.isBlank() || password.startsWith("${")) {
            LOG.severe("buildreg.ca.keystore / buildreg.ca.password are not set: no dongle certificates can be issued"
                    + " and no PDF can be signed");
            return;
        }
        Path file = Path.of(location);
        try {
            boolean existed = Files.exists(file);
            PlatformKeystore keystore = PlatformKeystore.open(file, password.toCharArray(), Instant.now());
            if (!existed) {
                LOG.info("Created the platform's dongle CA and signing key in " + file);
            }
            ca = keystore.ca();
            verifier = new DongleVerifier(ca.certificate());
            pdfSeal = new PdfSeal(keystore.seal().key(), keystore.seal().chain());
        } catch (IOException | RuntimeException e) {
            LOG.severe("Cannot open the dongle CA keystore " + file + ": " + e);
        }
    }

    /** The CA; refuses when the domain has none configured. */
    public PlatformCa ca() {
        if (ca == null) {
            throw new IllegalStateException("平台CA未配置（buildreg.ca.keystore）");
        }
        return ca;
    }

    /** Signs the platform's PDFs with its 电子签章; refuses when the domain has no keystore configured. */
    public PdfSeal pdfSeal() {
        if (pdfSeal == null) {
            throw new IllegalStateException("平台电子签章未配置（buildreg.ca.keystore）");
        }
        return pdfSeal;
    }

    /** The verifier of dongle signatures, trusting this CA. */
    public DongleVerifier verifier() {
        ca();
        return verifier;
    }

    /** The last CRL signed, and the revocations it lists. */
    private record SignedCrl(Map<BigInteger, Instant> revoked, X509CRL crl) {
    }

    private volatile SignedCrl lastCrl;

    /**
     * A CRL listing exactly {@code revoked}: the one signed last while the revocations are the same and it has more
     * than half its day to run, else a new one. The caller reads the revocations from the database at every login,
     * so a revocation on any server counts at once; what is saved is a signature per login.
     */
    public X509CRL crl(Map<BigInteger, Instant> revoked) {
        Instant now = Instant.now();
        SignedCrl last = lastCrl;
        if (last != null && last.revoked().equals(revoked)
                && last.crl().getNextUpdate().toInstant().isAfter(now.plus(CRL_VALIDITY.dividedBy(2)))) {
            return last.crl();
        }
        X509CRL crl = ca().crl(revoked, BigInteger.valueOf(now.toEpochMilli()), now.minusSeconds(60),
                now.plus(CRL_VALIDITY));
        lastCrl = new SignedCrl(Map.copyOf(revoked), crl);
        return crl;
    }
}
