package org.buildreg.dongle;

import java.security.cert.X509Certificate;

/** A dongle certificate whose signature, chain, validity, key usage and revocation all checked out. */
public record VerifiedCertificate(X509Certificate certificate) {

    /** The issuer, as RFC 2253 text: with the serial number it names the certificate (never the CN alone). */
    public String issuer() {
        return certificate.getIssuerX500Principal().getName();
    }

    public String serialHex() {
        return certificate.getSerialNumber().toString(16);
    }

    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }
}
