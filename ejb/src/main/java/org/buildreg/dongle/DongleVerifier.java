package org.buildreg.dongle;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.buildreg.dongle.DongleRefusal.Reason;

/**
 * Verifies a dongle's login signature with BouncyCastle: a CMS SignedData (SHA-256) whose encapsulated content is
 * exactly the nonce this login was given, signed by the key of a certificate that chains to the trusted CA (PKIX),
 * is within its validity dates, may make digital signatures, and is not on the CRL (a CRL must be given: there is no
 * soft fail). Whether the certificate is bound to the account is the caller's question. A plain class, so that unit
 * tests and the benchmark reach it without a server.
 */
public final class DongleVerifier {

    /** One provider for the JVM: creating BouncyCastleProvider costs tens of milliseconds. */
    static final Provider BC = new BouncyCastleProvider();
    private static final int MAX_SIGNATURE_BYTES = 16 * 1024;

    private final X509Certificate trustedCa;

    public DongleVerifier(X509Certificate trustedCa) {
        this.trustedCa = trustedCa;
    }

    public VerifiedCertificate verify(byte[] cms, String nonce, X509CRL crl, Instant now) throws DongleRefusal {
        if (cms == null || cms.length == 0 || nonce == null) {
            throw new DongleRefusal(Reason.MISSING);
        }
        if (cms.length > MAX_SIGNATURE_BYTES) {
            throw new DongleRefusal(Reason.MALFORMED, "too large");
        }
        CMSSignedData signed;
        SignerInformation signer;
        X509Certificate certificate;
        try {
            signed = new CMSSignedData(cms);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new DongleRefusal(Reason.MALFORMED, signers.size() + " signers");
            }
            signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
            if (matches.size() != 1) {
                throw new DongleRefusal(Reason.MALFORMED, "signer certificate not in the signature");
            }
            certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(matches.iterator().next());
        } catch (CMSException | GeneralSecurityException | RuntimeException e) {
            throw new DongleRefusal(Reason.MALFORMED, e.toString());
        }
        checkCertificate(certificate, crl, now);
        if (!NISTObjectIdentifiers.id_sha256.getId().equals(signer.getDigestAlgOID())) {
            throw new DongleRefusal(Reason.BAD_SIGNATURE, "digest " + signer.getDigestAlgOID());
        }
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate))) {
                throw new DongleRefusal(Reason.BAD_SIGNATURE);
            }
        } catch (CMSVerifierCertificateNotValidException e) {
            throw new DongleRefusal(Reason.EXPIRED, "at signing time");
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            throw new DongleRefusal(Reason.BAD_SIGNATURE, e.toString());
        }
        Object content = signed.getSignedContent() == null ? null : signed.getSignedContent().getContent();
        if (!(content instanceof byte[] bytes) || !Arrays.equals(bytes, nonce.getBytes(StandardCharsets.UTF_8))) {
            throw new DongleRefusal(Reason.OTHER_NONCE);
        }
        return new VerifiedCertificate(certificate);
    }

    /** The certificate's own checks, cheapest and most telling first, then a full PKIX validation. */
    void checkCertificate(X509Certificate certificate, X509CRL crl, Instant now) throws DongleRefusal {
        if (!certificate.getIssuerX500Principal().equals(trustedCa.getSubjectX500Principal())) {
            throw new DongleRefusal(Reason.UNTRUSTED, certificate.getIssuerX500Principal().getName());
        }
        try {
            certificate.verify(trustedCa.getPublicKey(), BC);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new DongleRefusal(Reason.UNTRUSTED, "not signed by the CA");
        }
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new DongleRefusal(Reason.EXPIRED);
        } catch (CertificateNotYetValidException e) {
            throw new DongleRefusal(Reason.NOT_YET_VALID);
        }
        if (crl == null) {
            throw new DongleRefusal(Reason.REVOKED, "no CRL to check against");
        }
        if (crl.isRevoked(certificate)) {
            throw new DongleRefusal(Reason.REVOKED);
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage == null || !usage[0] || !loginPurpose(certificate)) {
            throw new DongleRefusal(Reason.KEY_USAGE);
        }
        try {
            PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(trustedCa, null)));
            params.setDate(Date.from(now));
            params.setRevocationEnabled(true);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl)),
                    BC));
            CertPathValidator.getInstance("PKIX", BC).validate(
                    CertificateFactory.getInstance("X.509", BC).generateCertPath(List.of(certificate)), params);
        } catch (CertPathValidatorException e) {
            throw new DongleRefusal(e.getReason() == CertPathValidatorException.BasicReason.REVOKED
                    ? Reason.REVOKED : Reason.UNTRUSTED, e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new DongleRefusal(Reason.UNTRUSTED, e.toString());
        }
    }

    /** A dongle certificate is for logging in (clientAuth); the platform's seal certificate never logs in. */
    private static boolean loginPurpose(X509Certificate certificate) {
        try {
            List<String> purposes = certificate.getExtendedKeyUsage();
            return purposes != null && purposes.contains(KeyPurposeId.id_kp_clientAuth.getId())
                    && !PlatformSeal.isSeal(certificate);
        } catch (java.security.cert.CertificateParsingException e) {
            return false;
        }
    }
}
