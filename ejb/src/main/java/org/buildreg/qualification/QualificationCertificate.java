package org.buildreg.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.buildreg.account.Enterprise;

/** 资质证书: number, 资质类别及等级 (as written on the certificate), issuer and validity. */
@Entity
@Table(name = "qualification_certificate")
public class QualificationCertificate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_qualification_certificate", sequenceName = "seq_qualification_certificate",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_qualification_certificate")
    private Long id;
    @Column(name = "certificate_no")
    private String certificateNo;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;
    private String categories;
    @Column(name = "issuing_authority")
    private String issuingAuthority;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Version
    private int version;

    protected QualificationCertificate() {
    }

    public QualificationCertificate(String certificateNo, Enterprise enterprise, String categories,
                                    String issuingAuthority, LocalDate issuedOn, LocalDate validUntil) {
        this.certificateNo = certificateNo;
        this.enterprise = enterprise;
        this.categories = categories;
        this.issuingAuthority = issuingAuthority;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
    }

    public Long getId() { return id; }
    public String getCertificateNo() { return certificateNo; }
    public Enterprise getEnterprise() { return enterprise; }
    public String getCategories() { return categories; }
    public String getIssuingAuthority() { return issuingAuthority; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getValidUntil() { return validUntil; }

    /** Whether it is still valid on {@code day}. */
    public boolean isValidOn(LocalDate day) {
        return validUntil == null || !day.isAfter(validUntil);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof QualificationCertificate other
                && Objects.equals(certificateNo, other.certificateNo);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(certificateNo);
    }
}
