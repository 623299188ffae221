package org.buildreg.safetylicence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.buildreg.account.Enterprise;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.reference.IssuedCertificate;

/** 安全生产许可证: (蒙)JZ安许证字[{年}]{6位序号}, 许可范围 建筑施工, valid three years. */
@Entity
@Table(name = "safety_licence")
public class SafetyLicence extends IssuedCertificate {

    private static final long serialVersionUID = 1L;
    public static final String CONSTRUCTION = "建筑施工";

    @Id
    @SequenceGenerator(name = "seq_safety_licence", sequenceName = "seq_safety_licence", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_safety_licence")
    private Long id;
    @Column(name = "licence_no")
    private String licenceNo;
    private String principal;
    private String scope;

    protected SafetyLicence() {
    }

    public SafetyLicence(String licenceNo, Enterprise enterprise, String principal, String scope, LocalDate issuedOn,
                         LocalDate validUntil, CertificateStatus status) {
        super(enterprise, issuedOn, validUntil, status);
        this.licenceNo = licenceNo;
        this.principal = principal;
        this.scope = scope;
    }

    public Long getId() { return id; }
    public String getLicenceNo() { return licenceNo; }
    public String getPrincipal() { return principal; }
    public String getScope() { return scope; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SafetyLicence other && Objects.equals(licenceNo, other.licenceNo);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(licenceNo);
    }
}
