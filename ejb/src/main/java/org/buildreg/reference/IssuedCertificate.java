package org.buildreg.reference;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import org.buildreg.account.Enterprise;

/**
 * What every certificate the platform issues has: the enterprise that holds it, 发证日期, 有效期至 and
 * 证书状态, and the optimistic-lock version that keeps two reviewers from changing it at once.
 */
@MappedSuperclass
public abstract class IssuedCertificate implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    private CertificateStatus status;
    @Version
    private int version;

    protected IssuedCertificate() {
    }

    protected IssuedCertificate(Enterprise enterprise, LocalDate issuedOn, LocalDate validUntil,
                                CertificateStatus status) {
        this.enterprise = enterprise;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
        this.status = status;
    }

    /** Issued again on {@code day}: 有效 until {@code until}. */
    protected void reissue(LocalDate day, LocalDate until) {
        this.issuedOn = day;
        this.validUntil = until;
        this.status = CertificateStatus.VALID;
    }

    /** Valid for longer (延期): same certificate, same 发证日期, a later 有效期至. */
    protected void extendUntil(LocalDate until) {
        if (validUntil != null && !until.isAfter(validUntil)) {
            throw new IllegalArgumentException("延期后的有效期至必须晚于原有效期至");
        }
        this.validUntil = until;
        this.status = CertificateStatus.VALID;
    }

    protected void changeStatus(CertificateStatus newStatus) {
        this.status = newStatus;
    }

    /** Moves the certificate to another enterprise (人员调入, 重新注册). */
    protected void moveTo(Enterprise employer) {
        this.enterprise = employer;
    }

    /** Refuses a change the certificate's status does not allow (it changed since the form was filled). */
    protected void requireStatus(CertificateStatus... allowed) {
        for (CertificateStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new IllegalStateException("证书状态为" + status.label() + "，不能办理");
    }

    /** True when the certificate is 有效 and {@code day} is not after 有效期至. */
    public boolean isValidOn(LocalDate day) {
        return status == CertificateStatus.VALID && (validUntil == null || !day.isAfter(validUntil));
    }

    public Enterprise getEnterprise() { return enterprise; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public CertificateStatus getStatus() { return status; }

    public String getStatusLabel() {
        return status.label();
    }
}
