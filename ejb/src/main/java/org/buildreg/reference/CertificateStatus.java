package org.buildreg.reference;

/** 证书状态, shared by every certificate and licence the platform issues. */
public enum CertificateStatus {
    VALID("有效"), EXPIRED("已过期"), IN_TRANSFER("调转中"), CANCELLED("已注销");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
