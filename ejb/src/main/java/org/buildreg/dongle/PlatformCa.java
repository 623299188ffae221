package org.buildreg.dongle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;

/**
 * The platform's certificate authority for dongles (加密锁): it issues a dongle's certificate from the CSR its
 * token made — for digital signatures only, to be bound to one account by issuer and serial number — and signs the
 * CRL that a login checks without soft fail. Its key and certificate live in a PKCS#12 keystore (created at domain
 * set-up for the embedded default; configured in production).
 */
public final class PlatformCa {

    static final String ALIAS = "platform-ca";
    private static final String SIGNATURE = "SHA256withECDSA";
    private final PrivateKey key;
    private final X509Certificate certificate;

    private PlatformCa(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /** A new CA: an EC P-256 key and a self-signed certificate valid from {@code from} until {@code until}. */
    public static PlatformCa create(String name, Instant from, Instant until) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + name + ",O=内蒙古自治区建筑业信息管理平台,C=CN");
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE,
                    Date.from(from), Date.from(until), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(pair.getPublic()));
            return new PlatformCa(pair.getPrivate(), x509(builder.build(signer(pair.getPrivate()))));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot create the platform CA", e);
        }
    }

    /**
     * Issues a dongle certificate for the key in {@code csr}: refused unless the CSR is signed by that key (the
     * token holds it). Key usage digitalSignature + nonRepudiation, extended key usage clientAuth, not a CA.
     */
    public X509Certificate issue(PKCS10CertificationRequest csr, BigInteger serial, Instant from, Instant until) {
        try {
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(DongleVerifier.BC)
                    .build(csr.getSubjectPublicKeyInfo()))) {
                throw new IllegalArgumentException("证书请求的签名无效");
            }
            if (imitatesPlatform(csr.getSubject())) {
                throw new IllegalArgumentException("证书请求的主题不能使用本平台的名称（" + csr.getSubject() + "）");
            }
            PublicKey subjectKey = new org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter()
                    .setProvider(DongleVerifier.BC).getPublicKey(csr.getSubjectPublicKeyInfo());
            return certify(csr.getSubject(), subjectKey, serial, from, until,
                    KeyUsage.digitalSignature | KeyUsage.nonRepudiation, KeyPurposeId.id_kp_clientAuth);
        } catch (PKCSException | OperatorCreationException | IOException e) {
            throw new IllegalArgumentException("证书请求无法解析或验证", e);
        }
    }

    /** Names only the platform's own certificates carry: a dongle's subject that uses one would pass for them. */
    private static final List<String> PLATFORM_NAMES = List.of("内蒙古自治区建筑业信息管理平台", "电子签章", "加密锁CA",
            "buildreg");

    /**
     * Whether a requested subject imitates the platform's own names (its seal, its CA), in any attribute, whatever
     * the spacing or case: a dongle holder is a person or an enterprise, never the platform.
     */
    static boolean imitatesPlatform(X500Name subject) {
        for (org.bouncycastle.asn1.x500.RDN rdn : subject.getRDNs()) {
            for (org.bouncycastle.asn1.x500.AttributeTypeAndValue value : rdn.getTypesAndValues()) {
                String text = value.getValue().toString().replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
                if (PLATFORM_NAMES.stream().anyMatch(text::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Issues an end-entity certificate (not a CA) for {@code subjectKey} that the platform itself holds, such as its
     * document-signing key (电子签章): the given key usage bits ({@link KeyUsage} constants) and, when any are given,
     * those extended key usages.
     */
    public X509Certificate certify(X500Name subject, PublicKey subjectKey, BigInteger serial, Instant from,
                                   Instant until, int keyUsage, KeyPurposeId... purposes) {
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial, Date.from(from),
                    Date.from(until), subject, subjectKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(certificate))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKey));
            if (purposes.length > 0) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
            }
            return x509(builder.build(signer(key)));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot issue a certificate for " + subject, e);
        }
    }

    /** The CRL listing {@code revoked} (serial → revocation time), valid from {@code now} until {@code next}. */
    public X509CRL crl(Map<BigInteger, Instant> revoked, BigInteger number, Instant now, Instant next) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(new X509CertificateHolder(certificate.getEncoded())
                    .getSubject(), Date.from(now)).setNextUpdate(Date.from(next))
                    .addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(number))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            revoked.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.keyCompromise));
            X509CRLHolder holder = builder.build(signer(key));
            return (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(holder.getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot sign the CRL", e);
        }
    }

    /** The CA as a PKCS#12 keystore protected by {@code password} (alias "platform-ca"). */
    public byte[] toPkcs12(char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            storeIn(store, password);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write the CA keystore", e);
        }
    }

    public static PlatformCa fromPkcs12(InputStream in, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return from(store, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read the CA keystore", e);
        }
    }

    /** Puts the CA's key and certificate into {@code store} under alias "platform-ca". */
    void storeIn(KeyStore store, char[] password) throws KeyStoreException {
        store.setKeyEntry(ALIAS, key, password, new java.security.cert.Certificate[] {certificate});
    }

    /** The CA held in {@code store} under alias "platform-ca". */
    static PlatformCa from(KeyStore store, char[] password) throws GeneralSecurityException {
        PrivateKey key = (PrivateKey) store.getKey(ALIAS, password);
        if (key == null) {
            throw new KeyStoreException("the keystore holds no key under alias " + ALIAS);
        }
        return new PlatformCa(key, (X509Certificate) store.getCertificate(ALIAS));
    }

    public X509Certificate certificate() {
        return certificate;
    }

    private static ContentSigner signer(PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(SIGNATURE).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate x509(X509CertificateHolder holder) throws GeneralSecurityException, IOException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    }
}
