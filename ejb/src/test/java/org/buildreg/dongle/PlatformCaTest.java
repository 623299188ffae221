package org.buildreg.dongle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;

class PlatformCaTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private final PlatformCa ca = PlatformCa.create("BuildReg Dongle CA", NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(3650)));

    private static KeyPair tokenKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static PKCS10CertificationRequest csr(KeyPair pair, String cn) throws Exception {
        return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + cn), pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
    }

    private void validate(X509Certificate cert, X509CRL crl) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(ca.certificate(), null)));
        params.setDate(Date.from(NOW.plus(Duration.ofHours(1))));
        params.setRevocationEnabled(true);
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(cert)), params);
    }

    @Test
    void aDongleCertificateFromTheTokensCsrIsForSignaturesAndChainsToTheCa() throws Exception {
        KeyPair token = tokenKey();
        X509Certificate cert = ca.issue(csr(token, "demoqy01"), BigInteger.valueOf(1001), NOW,
                NOW.plus(Duration.ofDays(730)));
        assertEquals(token.getPublic(), cert.getPublicKey());
        assertEquals(ca.certificate().getSubjectX500Principal(), cert.getIssuerX500Principal());
        assertTrue(cert.getKeyUsage()[0], "digitalSignature");
        assertTrue(cert.getKeyUsage()[1], "nonRepudiation");
        assertFalse(cert.getKeyUsage()[5], "no keyCertSign");
        assertEquals(-1, cert.getBasicConstraints());
        validate(cert, ca.crl(Map.of(), BigInteger.ONE, NOW, NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void aRevokedCertificateFailsPathValidationWithTheCrl() throws Exception {
        X509Certificate cert = ca.issue(csr(tokenKey(), "demoqy02"), BigInteger.valueOf(1002), NOW,
                NOW.plus(Duration.ofDays(730)));
        X509CRL crl = ca.crl(Map.of(BigInteger.valueOf(1002), NOW), BigInteger.TWO, NOW, NOW.plus(Duration.ofDays(1)));
        crl.verify(ca.certificate().getPublicKey());
        assertTrue(crl.isRevoked(cert));
        CertPathValidatorException e = assertThrows(CertPathValidatorException.class, () -> validate(cert, crl));
        assertEquals(java.security.cert.CertPathValidatorException.BasicReason.REVOKED, e.getReason());
    }

    @Test
    void aCsrNotSignedByItsKeyIsRefused() throws Exception {
        KeyPair token = tokenKey();
        KeyPair other = tokenKey();
        PKCS10CertificationRequest forged = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=x"),
                token.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(other.getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> ca.issue(forged, BigInteger.TEN, NOW, NOW.plusSeconds(60)));
    }

    @Test
    void aCsrInThePlatformsNamesIsRefused() throws Exception {
        for (String subject : List.of("CN=内蒙古自治区建筑业信息管理平台 电子签章", "CN=张三,O=内蒙古自治区　建筑业信息管理平台",
                "CN=电子签章", "CN=x,OU=BuildReg 加密锁 CA", "CN=buildreg")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ca.issue(csr(tokenKey(), subject.substring(3)), BigInteger.TEN, NOW, NOW.plusSeconds(60)),
                    subject);
            assertTrue(e.getMessage().contains("不能使用本平台的名称"), e.getMessage());
        }
        assertTrue(PlatformCa.imitatesPlatform(new X500Name("CN=内蒙古自治区 建筑业信息管理平台")));
        assertFalse(PlatformCa.imitatesPlatform(new X500Name("CN=demoqy01,O=内蒙古示范建设集团有限公司,C=CN")));
    }

    @Test
    void aDongleCertificateIsForLoginOnlyAndTheSealForDocumentsOnly() throws Exception {
        X509Certificate dongle = ca.issue(csr(tokenKey(), "demoqy01"), BigInteger.valueOf(8), NOW,
                NOW.plusSeconds(3600));
        assertTrue(dongle.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.2"), "clientAuth");
        assertFalse(PlatformSeal.isSeal(dongle));
        X509Certificate seal = PlatformSeal.issue(ca, NOW).certificate();
        assertTrue(PlatformSeal.isSeal(seal));
        assertEquals(List.of(PlatformSeal.DOCUMENT_SIGNING.getId()), seal.getExtendedKeyUsage());
    }

    @Test
    void theCaSurvivesItsKeystore() throws Exception {
        char[] password = "changeit".toCharArray();
        PlatformCa back = PlatformCa.fromPkcs12(new ByteArrayInputStream(ca.toPkcs12(password)), password);
        assertArrayEquals(ca.certificate().getEncoded(), back.certificate().getEncoded());
        X509Certificate cert = back.issue(csr(tokenKey(), "admin"), BigInteger.valueOf(7), NOW, NOW.plusSeconds(3600));
        cert.verify(ca.certificate().getPublicKey());
    }

    @Test
    void theSealCertificateIsAnEndEntityForDocumentSignaturesIssuedByTheCa() throws Exception {
        PlatformSeal seal = PlatformSeal.issue(ca, NOW);
        X509Certificate cert = seal.certificate();
        cert.verify(ca.certificate().getPublicKey());
        assertEquals(-1, cert.getBasicConstraints(), "not a CA");
        boolean[] usage = cert.getKeyUsage();
        assertTrue(usage[0] && usage[1], "digitalSignature + nonRepudiation");
        assertFalse(usage[5], "no keyCertSign");
        assertEquals("EC", cert.getPublicKey().getAlgorithm());
        assertTrue(cert.getSubjectX500Principal().getName().contains("CN=内蒙古自治区建筑业信息管理平台 电子签章"));
        assertFalse(cert.getNotAfter().after(ca.certificate().getNotAfter()), "never outlives its CA");
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(ca.certificate(), null)));
        params.setDate(Date.from(NOW));
        params.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(cert)), params);
    }
}
