package org.buildreg.dongle;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/** 加密锁证书: one certificate the platform CA issued, by serial number, and whether it was revoked. */
@Entity
@Table(name = "dongle_certificate")
public class DongleCertificate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "serial_no")
    private Long serialNo;
    private String subject;
    @Column(name = "not_before")
    private LocalDateTime notBefore;
    @Column(name = "not_after")
    private LocalDateTime notAfter;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issued_at")
    private LocalDateTime issuedAt;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String pem;
    @Version
    private int version;

    protected DongleCertificate() {
    }

    DongleCertificate(Long serialNo, String subject, LocalDateTime notBefore, LocalDateTime notAfter, String issuedBy,
                      LocalDateTime issuedAt, String pem) {
        this.serialNo = serialNo;
        this.subject = subject;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.pem = pem;
    }

    /** 吊销: once; the next CRL lists it and the next login with it is refused. */
    void revoke(String by, LocalDateTime at) {
        if (revokedAt != null) {
            throw new IllegalStateException("证书已吊销");
        }
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getSerialNo() { return serialNo; }
    public String getSubject() { return subject; }
    public LocalDateTime getNotBefore() { return notBefore; }
    public LocalDateTime getNotAfter() { return notAfter; }
    public String getIssuedBy() { return issuedBy; }
    public LocalDateTime getIssuedAt() { return issuedAt; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public String getPem() { return pem; }
}
