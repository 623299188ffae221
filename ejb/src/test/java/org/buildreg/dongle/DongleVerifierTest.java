package org.buildreg.dongle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.buildreg.dongle.DongleRefusal.Reason;
import org.junit.jupiter.api.Test;

/** Every check a dongle login signature passes through, each refusal with its own reason. */
class DongleVerifierTest {

    private static final Instant NOW = Instant.now();
    private static final String NONCE = "n0nce-for-this-login";
    private static final char[] PASSWORD = "test".toCharArray();

    private final PlatformCa ca = PlatformCa.create("BuildReg 加密锁 CA", NOW.minus(Duration.ofDays(10)),
            NOW.plus(Duration.ofDays(3650)));
    private final DongleVerifier verifier = new DongleVerifier(ca.certificate());
    private final KeyPair token = ecKey();
    private final X509Certificate certificate = issue(ca, token, BigInteger.valueOf(1001), NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(700)));

    private static KeyPair ecKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate issue(PlatformCa ca, KeyPair key, BigInteger serial, Instant from, Instant until) {
        try {
            return ca.issue(new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=demoqy01,O=示范企业,C=CN"),
                    key.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate())),
                    serial, from, until);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sign(String content, KeyPair key, X509Certificate cert, String algorithm) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                .build()).build(new JcaContentSignerBuilder(algorithm).build(key.getPrivate()), cert));
        generator.addCertificates(new JcaCertStore(List.of(cert)));
        return generator.generate(new CMSProcessableByteArray(content.getBytes(StandardCharsets.UTF_8)), true)
                .getEncoded();
    }

    private X509CRL crl(BigInteger... revoked) {
        Map<BigInteger, Instant> entries = new java.util.LinkedHashMap<>();
        for (BigInteger serial : revoked) {
            entries.put(serial, NOW.minus(Duration.ofHours(1)));
        }
        return ca.crl(entries, BigInteger.ONE, NOW.minus(Duration.ofMinutes(1)), NOW.plus(Duration.ofDays(1)));
    }

    private Reason refusal(byte[] cms, X509CRL crl) {
        return assertThrows(DongleRefusal.class, () -> verifier.verify(cms, NONCE, crl, NOW)).reason();
    }

    @Test
    void acceptsTheTokensSignatureOverThisNonce() throws Exception {
        VerifiedCertificate verified = verifier.verify(sign(NONCE, token, certificate, "SHA256withECDSA"), NONCE,
                crl(), NOW);
        assertEquals(certificate, verified.certificate());
        assertEquals("3e9", verified.serialHex());
        assertEquals(ca.certificate().getSubjectX500Principal().getName(), verified.issuer());
    }

    @Test
    void refusesASignatureOverAnotherNonce() throws Exception {
        assertEquals(Reason.OTHER_NONCE, refusal(sign("an-older-nonce", token, certificate, "SHA256withECDSA"), crl()));
    }

    @Test
    void refusesATamperedSignature() throws Exception {
        byte[] cms = sign(NONCE, token, certificate, "SHA256withECDSA");
        // The ECDSA signature value is the last element of the SignerInfo, at the end of the structure.
        cms[cms.length - 5] ^= 0x01;
        Reason reason = refusal(cms, crl());
        assertEquals(true, reason == Reason.BAD_SIGNATURE || reason == Reason.MALFORMED, reason.name());
    }

    @Test
    void refusesASignatureByAnotherKeyThanTheCertificates() throws Exception {
        assertEquals(Reason.BAD_SIGNATURE, refusal(sign(NONCE, ecKey(), certificate, "SHA256withECDSA"), crl()));
    }

    @Test
    void refusesGarbageAndNothing() {
        assertEquals(Reason.MALFORMED, refusal("not a CMS".getBytes(StandardCharsets.UTF_8), crl()));
        assertEquals(Reason.MISSING, refusal(new byte[0], crl()));
    }

    @Test
    void refusesThePlatformsSealCertificate() throws Exception {
        PlatformSeal seal = PlatformSeal.issue(ca, NOW);
        KeyPair sealKey = new KeyPair(seal.certificate().getPublicKey(), seal.key());
        assertEquals(Reason.KEY_USAGE, refusal(sign(NONCE, sealKey, seal.certificate(), "SHA256withECDSA"), crl()));
    }

    @Test
    void refusesSha1() throws Exception {
        assertEquals(Reason.BAD_SIGNATURE, refusal(sign(NONCE, token, certificate, "SHA1withECDSA"), crl()));
    }

    @Test
    void refusesACertificateOfAnotherCaEvenWithTheSameName() throws Exception {
        PlatformCa impostor = PlatformCa.create("BuildReg 加密锁 CA", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(10)));
        X509Certificate foreign = issue(impostor, token, BigInteger.valueOf(1001), NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(10)));
        assertEquals(Reason.UNTRUSTED, refusal(sign(NONCE, token, foreign, "SHA256withECDSA"), crl()));
        PlatformCa other = PlatformCa.create("Some Other CA", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(10)));
        X509Certificate otherCert = issue(other, token, BigInteger.TEN, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(10)));
        assertEquals(Reason.UNTRUSTED, refusal(sign(NONCE, token, otherCert, "SHA256withECDSA"), crl()));
    }

    @Test
    void refusesAnExpiredOrNotYetValidCertificate() throws Exception {
        X509Certificate expired = issue(ca, token, BigInteger.valueOf(1002), NOW.minus(Duration.ofDays(800)),
                NOW.minus(Duration.ofDays(1)));
        assertEquals(Reason.EXPIRED, refusal(sign(NONCE, token, expired, "SHA256withECDSA"), crl()));
        X509Certificate future = issue(ca, token, BigInteger.valueOf(1003), NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(800)));
        assertEquals(Reason.NOT_YET_VALID, refusal(sign(NONCE, token, future, "SHA256withECDSA"), crl()));
    }

    @Test
    void refusesARevokedCertificateAndWithoutACrl() throws Exception {
        byte[] cms = sign(NONCE, token, certificate, "SHA256withECDSA");
        assertEquals(Reason.REVOKED, refusal(cms, crl(BigInteger.valueOf(1001))));
        assertEquals(Reason.REVOKED, refusal(cms, null));
        // Another certificate's revocation does not touch this one.
        verifier.verify(cms, NONCE, crl(BigInteger.valueOf(1002)), NOW);
    }

    @Test
    void refusesACrlOfAnotherCa() throws Exception {
        PlatformCa other = PlatformCa.create("BuildReg 加密锁 CA", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(10)));
        X509CRL foreignCrl = other.crl(Map.of(), BigInteger.ONE, NOW.minus(Duration.ofMinutes(1)),
                NOW.plus(Duration.ofDays(1)));
        assertEquals(Reason.UNTRUSTED, refusal(sign(NONCE, token, certificate, "SHA256withECDSA"), foreignCrl));
    }

    @Test
    void refusesACertificateWithoutDigitalSignatureUsage() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(ca.toPkcs12(PASSWORD)), PASSWORD);
        PrivateKey caKey = (PrivateKey) store.getKey("platform-ca", PASSWORD);
        X509Certificate encipherOnly = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                ca.certificate(), BigInteger.valueOf(1004), Date.from(NOW.minus(Duration.ofDays(1))),
                Date.from(NOW.plus(Duration.ofDays(10))), new X500Name("CN=demoqy01"), token.getPublic())
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyEncipherment))
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKey)));
        assertEquals(Reason.KEY_USAGE, refusal(sign(NONCE, token, encipherOnly, "SHA256withECDSA"), crl()));
    }

    @Test
    void eachRefusalHasAChineseMessage() {
        for (Reason reason : Reason.values()) {
            assertEquals(true, reason.message().codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff), reason.name());
        }
        assertEquals("该加密锁未绑定此账号", new DongleRefusal(Reason.NOT_BOUND).userMessage());
    }

    @Test
    void parsesTheCertificateFactoryWay() throws Exception {
        // The verifier's certificate equals what any X.509 parser reads from the token's DER.
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate.getEncoded()));
        assertEquals(certificate, parsed);
    }
}
