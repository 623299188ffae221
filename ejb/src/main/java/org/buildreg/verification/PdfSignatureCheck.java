package org.buildreg.verification;

import java.io.Serializable;
import java.time.Instant;

/**
 * The outcome of checking an uploaded PDF: the status, and for a signed file the signer's name and the signing
 * time; {@code documentNo} (申报单号 or 证书编号) only when the platform's signature vouches for it.
 */
public record PdfSignatureCheck(PdfSignatureStatus status, String signer, Instant signedAt, String documentNo)
        implements Serializable {

    static PdfSignatureCheck of(PdfSignatureStatus status) {
        return new PdfSignatureCheck(status, null, null, null);
    }

    public boolean isValid() {
        return status == PdfSignatureStatus.VALID;
    }

    /** The signing time as people here read it (Beijing time). */
    public String getSignedAtText() {
        return signedAt == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneId.of("Asia/Shanghai")).format(signedAt);
    }

    public String getMessage() {
        return status.message();
    }
}
