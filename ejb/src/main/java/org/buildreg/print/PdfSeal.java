package org.buildreg.print;

import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * 电子签章: signs the platform's PDFs (application forms, certificates) with its document-signing key, PAdES
 * baseline-B, as an invisible signature over the whole file, so that whoever holds the file can check that the
 * platform issued it and that nothing was changed since (verification.SignedPdfCheck). Thread-safe.
 */
public final class PdfSeal {

    public static final String REASON = "内蒙古自治区建筑业信息管理平台签发";
    public static final String LOCATION = "内蒙古自治区";
    /** The document info key under which a printed form carries its number (申报单号 or 证书编号). */
    public static final String NUMBER_KEY = "BuildRegNo";

    private final PrivateKey key;
    private final Certificate[] chain;

    /** {@code chain}: the signer's certificate first, then its CA's. */
    public PdfSeal(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = chain.toArray(Certificate[]::new);
    }

    public byte[] sign(byte[] pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8 * 1024);
        try {
            SignerProperties properties = new SignerProperties().setReason(REASON).setLocation(LOCATION)
                    .setFieldName("BuildRegSeal");
            // The JDK's own SHA256withECDSA: no security provider has to be registered in the server for this.
            new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out).signWithBaselineBProfile(
                    properties, chain, new PrivateKeySignature(key, "SHA256", null));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the PDF", e);
        }
        return out.toByteArray();
    }
}
