package org.buildreg.verification;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.buildreg.dongle.PlatformSeal;
import org.buildreg.print.PdfSeal;

/**
 * Checks the 电子签章 of a PDF someone holds: is it a PDF, is it signed, is the signature intact and does it cover
 * every byte of the file (an incremental update appended after signing — an added annotation, a changed form
 * field — counts as a change), and is the signer the platform's seal: a certificate with the seal's purpose
 * ({@link PlatformSeal#isSeal}) chaining to the platform CA, as it stood when the file was signed. A dongle's
 * certificate chains to the same CA, so a PDF an enterprise user signed with a dongle is 非本平台签章. The document
 * number shown is the one in the sealed bytes, which only the platform wrote; a file signed by anyone else shows none.
 * A plain class: the verification service gives it the CA certificate.
 */
public final class SignedPdfCheck {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private final X509Certificate platformCa;

    public SignedPdfCheck(X509Certificate platformCa) {
        this.platformCa = platformCa;
    }

    public PdfSignatureCheck check(byte[] content) {
        if (content == null || content.length < MAGIC.length
                || !Arrays.equals(Arrays.copyOf(content, MAGIC.length), MAGIC)) {
            return PdfSignatureCheck.of(PdfSignatureStatus.NOT_PDF);
        }
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(content)))) {
            return check(pdf);
        } catch (IOException | RuntimeException e) {
            // iText repairs what it can; a signed file it cannot read at all has been damaged since it was signed.
            return PdfSignatureCheck.of(contains(content, "/ByteRange") ? PdfSignatureStatus.MODIFIED
                    : PdfSignatureStatus.NOT_PDF);
        }
    }

    private PdfSignatureCheck check(PdfDocument pdf) {
        SignatureUtil signatures = new SignatureUtil(pdf);
        List<String> names = signatures.getSignatureNames();
        if (names.isEmpty()) {
            return PdfSignatureCheck.of(PdfSignatureStatus.UNSIGNED);
        }
        String last = names.get(names.size() - 1);
        PdfPKCS7 pkcs7;
        try {
            pkcs7 = signatures.readSignatureData(last);
        } catch (RuntimeException e) {
            return PdfSignatureCheck.of(PdfSignatureStatus.MODIFIED);
        }
        X509Certificate signerCert = pkcs7.getSigningCertificate();
        String signer = signerCert == null ? null : commonName(signerCert);
        java.time.Instant signedAt = pkcs7.getSignDate() == null ? null : pkcs7.getSignDate().toInstant();
        if (!intact(pkcs7) || !signatures.signatureCoversWholeDocument(last)) {
            return new PdfSignatureCheck(PdfSignatureStatus.MODIFIED, signer, signedAt, null);
        }
        if (signerCert == null || !trusted(pkcs7, signedAt == null ? new Date() : Date.from(signedAt))) {
            return new PdfSignatureCheck(PdfSignatureStatus.UNTRUSTED, signer, signedAt, null);
        }
        return new PdfSignatureCheck(PdfSignatureStatus.VALID, signer, signedAt,
                pdf.getDocumentInfo().getMoreInfo(PdfSeal.NUMBER_KEY));
    }

    private static boolean intact(PdfPKCS7 pkcs7) {
        try {
            return pkcs7.verifySignatureIntegrityAndAuthenticity();
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * PKIX from the signer through the certificates the signature carries to the platform CA as the one trust
     * anchor, at the signing time. No revocation check: the CRL lists dongles, and the platform's own signing key
     * is replaced with the keystore, not revoked.
     */
    private boolean trusted(PdfPKCS7 pkcs7, Date at) {
        try {
            List<X509Certificate> path = new ArrayList<>();
            for (java.security.cert.Certificate c : pkcs7.getSignCertificateChain()) {
                X509Certificate x = (X509Certificate) c;
                if (!x.equals(platformCa)) {
                    path.add(x);
                }
            }
            if (path.isEmpty() || !path.get(0).equals(pkcs7.getSigningCertificate())) {
                return false;
            }
            // Every dongle chains to the same CA: only the seal's own purpose tells the platform's signature apart.
            if (!PlatformSeal.isSeal(path.get(0))) {
                return false;
            }
            boolean[] usage = path.get(0).getKeyUsage();
            if (usage == null || !usage[0] && !usage[1]) {
                return false;
            }
            PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(platformCa, null)));
            params.setRevocationEnabled(false);
            params.setDate(at);
            CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509")
                    .generateCertPath(path), params);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static String commonName(X509Certificate cert) {
        try {
            for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            // fall through to the whole name
        }
        return cert.getSubjectX500Principal().getName();
    }

    private static boolean contains(byte[] content, String text) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
