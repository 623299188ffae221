package org.buildreg.dongle.agent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import javax.security.auth.login.LoginException;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * One request's work on the token: logged in with the request's PIN when opened, logged out when closed, so
 * the next request must bring the PIN again (SunPKCS11 would otherwise skip the login of a later request, and a
 * wrong PIN would pass). The PIN is not kept.
 */
final class DongleSession implements AutoCloseable {

    static final int MAX_NONCE_LENGTH = 512;
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** The self-signed placeholder only has to last until the platform has issued the real certificate. */
    private static final Duration PLACEHOLDER_VALIDITY = Duration.ofDays(30);

    private final AuthProvider provider;
    private final KeyStore keyStore;

    private DongleSession(AuthProvider provider, KeyStore keyStore) {
        this.provider = provider;
        this.keyStore = keyStore;
    }

    static DongleSession open(AuthProvider provider, char[] pin) throws GeneralSecurityException, IOException {
        KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
        keyStore.load(null, pin);
        return new DongleSession(provider, keyStore);
    }

    /** The certificate chosen by {@link #alias(String)}: leaf first, then the CA certificates stored with it. */
    CertificateEntry certificate(String aliasHint) throws GeneralSecurityException {
        String alias = alias(aliasHint);
        return new CertificateEntry(alias, chain(alias));
    }

    /**
     * A CMS SignedData over the nonce's UTF-8 bytes (encapsulated), SHA-256, the signature computed by the token,
     * standard signed attributes, with the signer certificate and its stored chain.
     */
    Signed sign(String aliasHint, String nonce) throws GeneralSecurityException, IOException {
        String alias = alias(aliasHint);
        List<X509Certificate> chain = chain(alias);
        PrivateKey key = privateKey(alias);
        try {
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm(key)).setProvider(provider).build(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(signer, chain.get(0)));
            generator.addCertificates(new JcaCertStore(chain));
            // DER, not the generator's default BER (indefinite lengths): one encoding for the platform to check.
            byte[] signed = generator.generate(new CMSProcessableByteArray(nonce.getBytes(StandardCharsets.UTF_8)), true)
                    .getEncoded(ASN1Encoding.DER);
            return new Signed(alias, signed);
        } catch (OperatorCreationException | CMSException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }

    /**
     * A new EC P-256 key pair generated on the token and a PKCS#10 request signed by it. The key is stored under
     * the alias with a self-signed placeholder certificate: SunPKCS11's keystore only lists a private key that
     * has a certificate, and the key must be found again (after a restart) when the issued one is stored.
     */
    Enrolment enrol(String alias, String subject) throws GeneralSecurityException, IOException {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw AgentException.badRequest("证书名称须为 1 到 64 个字母、数字或 . _ -");
        }
        X500Name name = subjectName(subject);
        if (keyStore.containsAlias(alias)) {
            Certificate existing = keyStore.getCertificate(alias);
            if (!keyStore.isKeyEntry(alias) || !(existing instanceof X509Certificate x509) || !selfSigned(x509)) {
                throw AgentException.aliasExists();
            }
            // An earlier enrolment whose certificate never came: its key is replaced by the new one.
            keyStore.deleteEntry(alias);
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").setProvider(provider)
                    .build(pair.getPrivate());
            Instant now = Instant.now();
            X509Certificate placeholder = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                            Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(PLACEHOLDER_VALIDITY)),
                            name, pair.getPublic()).build(signer));
            keyStore.setKeyEntry(alias, pair.getPrivate(), null, new Certificate[] {placeholder});
            PKCS10CertificationRequest csr = new JcaPKCS10CertificationRequestBuilder(name, pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(provider).build(pair.getPrivate()));
            return new Enrolment(alias, pem(csr));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }

    /**
     * Puts the issued certificate (leaf first, then its CA chain) under the alias in place of what was there,
     * after the token's key has proved, by signing, that the leaf's public key is its own.
     */
    X509Certificate store(String alias, String pem) throws GeneralSecurityException {
        if (alias == null || alias.isEmpty()) {
            throw AgentException.badRequest("请指定证书名称");
        }
        List<X509Certificate> chain = parseCertificates(pem);
        if (!keyStore.isKeyEntry(alias)) {
            throw AgentException.noCertificate();
        }
        PrivateKey key = privateKey(alias);
        if (!ownsKey(key, chain.get(0).getPublicKey())) {
            throw AgentException.keyMismatch();
        }
        keyStore.setKeyEntry(alias, key, null, chain.toArray(new Certificate[0]));
        return chain.get(0);
    }

    /** Removes the entry {@code alias} (key and certificates) from the token, if there is one. */
    void delete(String alias) throws GeneralSecurityException {
        if (alias != null && keyStore.containsAlias(alias)) {
            keyStore.deleteEntry(alias);
        }
    }

    @Override
    public void close() {
        try {
            provider.logout();
        } catch (LoginException e) {
            System.err.println("加密锁注销失败：" + e);
        }
    }

    /**
     * The key entry for the request: the alias asked for if the token has it; otherwise the only key entry, since
     * a real dongle holds one key and the alias the platform sends (the login name) is only a hint.
     */
    private String alias(String hint) throws GeneralSecurityException {
        if (hint != null && keyStore.isKeyEntry(hint)) {
            return hint;
        }
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(keyStore.aliases())) {
            if (keyStore.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        if (keys.size() != 1) {
            throw AgentException.noCertificate();
        }
        return keys.get(0);
    }

    private List<X509Certificate> chain(String alias) throws GeneralSecurityException {
        Certificate[] chain = keyStore.getCertificateChain(alias);
        if (chain == null || chain.length == 0) {
            throw AgentException.noCertificate();
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : chain) {
            certificates.add((X509Certificate) certificate);
        }
        return certificates;
    }

    private PrivateKey privateKey(String alias) throws GeneralSecurityException {
        if (!(keyStore.getKey(alias, null) instanceof PrivateKey key)) {
            throw AgentException.noCertificate();
        }
        return key;
    }

    private static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw AgentException.tokenError("不支持的密钥类型 " + key.getAlgorithm());
        };
    }

    private boolean ownsKey(PrivateKey key, PublicKey certified) throws GeneralSecurityException {
        if (!key.getAlgorithm().equals(certified.getAlgorithm())) {
            return false;
        }
        byte[] challenge = new byte[32];
        new SecureRandom().nextBytes(challenge);
        Signature signer = Signature.getInstance(signatureAlgorithm(key), provider);
        signer.initSign(key);
        signer.update(challenge);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(signatureAlgorithm(key));
        verifier.initVerify(certified);
        verifier.update(challenge);
        try {
            return verifier.verify(signature);
        } catch (java.security.SignatureException e) {
            return false;
        }
    }

    private static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static X500Name subjectName(String subject) {
        if (subject == null || subject.isBlank()) {
            throw AgentException.badRequest("请填写证书主题，例如 CN=张三,O=某公司,C=CN");
        }
        try {
            X500Name name = new X500Name(subject.trim());
            if (name.getRDNs().length == 0) {
                throw new IllegalArgumentException("empty");
            }
            return name;
        } catch (IllegalArgumentException e) {
            throw AgentException.badRequest("证书主题格式不正确：" + subject);
        }
    }

    private static List<X509Certificate> parseCertificates(String pem) {
        if (pem == null || pem.isBlank()) {
            throw AgentException.badRequest("请提供 PEM 格式的证书");
        }
        try {
            Collection<? extends Certificate> parsed = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : parsed) {
                chain.add((X509Certificate) certificate);
            }
            if (chain.isEmpty()) {
                throw AgentException.badRequest("请提供 PEM 格式的证书");
            }
            return chain;
        } catch (CertificateException e) {
            throw AgentException.badRequest("证书无法解析，请提供 PEM 格式的证书");
        }
    }

    private static String pem(Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }

    /** The chosen alias and its chain, leaf first. */
    record CertificateEntry(String alias, List<X509Certificate> chain) {
    }

    record Signed(String alias, byte[] cms) {
    }

    record Enrolment(String alias, String csrPem) {
    }

    /** Overwrites a PIN copy once the login is done. */
    static void wipe(char[] pin) {
        if (pin != null) {
            Arrays.fill(pin, '\0');
        }
    }
}
