package org.buildreg.safetylicence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.buildreg.reference.CertificateStatus;

/** 安全生产许可证: (蒙)JZ安许证字[{年}]{6位序号}, 许可范围 建筑施工, valid three years. */
@Entity
@Table(name = "safety_licence")
public class SafetyLicence implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String CONSTRUCTION = "建筑施工";

    @Id
    @SequenceGenerator(name = "seq_safety_licence", sequenceName = "seq_safety_licence", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_safety_licence")
    private Long id;
    @Column(name = "licence_no")
    private String licenceNo;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;
    private String principal;
    private String scope;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    private CertificateStatus status;
    @Version
    private int version;

    protected SafetyLicence() {
    }

    public SafetyLicence(String licenceNo, Enterprise enterprise, String principal, String scope, LocalDate issuedOn,
                         LocalDate validUntil, CertificateStatus status) {
        this.licenceNo = licenceNo;
        this.enterprise = enterprise;
        this.principal = principal;
        this.scope = scope;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
        this.status = status;
    }

    public Long getId() { return id; }
    public String getLicenceNo() { return licenceNo; }
    public Enterprise getEnterprise() { return enterprise; }
    public String getPrincipal() { return principal; }
    public String getScope() { return scope; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public CertificateStatus getStatus() { return status; }

    public String getStatusLabel() {
        return status.label();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SafetyLicence other && Objects.equals(licenceNo, other.licenceNo);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(licenceNo);
    }
}
