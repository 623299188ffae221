package org.buildreg.dongle;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The platform's document-signing key (电子签章): an EC P-256 key whose certificate the platform CA issued, so that
 * anyone holding the CA certificate (published at /dongle/ca.pem) can check a printed form or certificate. It signs
 * documents only: digitalSignature + nonRepudiation, not a CA, and its certificate alone carries the extended key
 * usage documentSigning (RFC 9336). Dongle certificates carry clientAuth only, so no dongle can seal and the seal
 * cannot log in: {@link #isSeal} is the one trust rule both sides apply.
 */
public record PlatformSeal(PrivateKey key, X509Certificate certificate, X509Certificate caCertificate) {

    /** Where the seal lives in the CA's PKCS#12 keystore, beside "platform-ca". */
    public static final String ALIAS = "platform-seal";
    public static final String NAME = "内蒙古自治区建筑业信息管理平台 电子签章";
    /** id-kp-documentSigning (RFC 9336): the purpose only the platform's seal certificate has. */
    public static final KeyPurposeId DOCUMENT_SIGNING =
            KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36"));
    /** Ten years, and never beyond the CA: a signature is checked against the signer's validity at signing time. */
    private static final Duration VALIDITY = Duration.ofDays(3650);

    /** A new key and its certificate from {@code ca}, valid from a day before {@code now}. */
    public static PlatformSeal issue(PlatformCa ca, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            // Dongle serials come from a database sequence (small numbers): a random 127-bit serial cannot meet one.
            BigInteger serial = new BigInteger(127, new SecureRandom()).setBit(126);
            Instant caEnd = ca.certificate().getNotAfter().toInstant();
            Instant until = now.plus(VALIDITY).isAfter(caEnd) ? caEnd : now.plus(VALIDITY);
            X509Certificate cert = ca.certify(new X500Name("CN=" + NAME + ",O=内蒙古自治区建筑业信息管理平台,C=CN"),
                    pair.getPublic(), serial, now.minus(Duration.ofDays(1)), until,
                    KeyUsage.digitalSignature | KeyUsage.nonRepudiation, DOCUMENT_SIGNING);
            return new PlatformSeal(pair.getPrivate(), cert, ca.certificate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the platform's signing key", e);
        }
    }

    /**
     * Whether {@code certificate} is a seal certificate of the platform's kind: documentSigning among its extended key
     * usages and clientAuth not (a certificate that can also log in is a dongle's). The chain to the platform CA is
     * checked separately.
     */
    public static boolean isSeal(X509Certificate certificate) {
        try {
            List<String> purposes = certificate.getExtendedKeyUsage();
            return purposes != null && purposes.contains(DOCUMENT_SIGNING.getId())
                    && !purposes.contains(KeyPurposeId.id_kp_clientAuth.getId());
        } catch (java.security.cert.CertificateParsingException e) {
            return false;
        }
    }

    /** The signer's chain as a signature carries it: the seal's certificate, then the CA's. */
    public List<X509Certificate> chain() {
        return List.of(certificate, caCertificate);
    }
}
