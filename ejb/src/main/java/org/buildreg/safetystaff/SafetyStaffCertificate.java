package org.buildreg.safetystaff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.buildreg.account.Enterprise;
import org.buildreg.person.Person;
import org.buildreg.person.PersonCertificate;
import org.buildreg.reference.CertificateStatus;

/** 安管人员证书: 蒙建安{A|B|C}({年}){7位序号} ({@link SafetyStaffCategory#certificateNo}), valid three years. */
@Entity
@Table(name = "safety_staff_certificate")
public class SafetyStaffCertificate extends PersonCertificate {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_safety_staff_certificate", sequenceName = "seq_safety_staff_certificate",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_safety_staff_certificate")
    private Long id;
    @Column(name = "certificate_no")
    private String certificateNo;
    @Enumerated(EnumType.STRING)
    private SafetyStaffCategory category;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    /** 遗失补办: the day the certificate was issued again */
    @Column(name = "reissued_on")
    private LocalDate reissuedOn;

    protected SafetyStaffCertificate() {
    }

    public SafetyStaffCertificate(String certificateNo, Person person, Enterprise enterprise,
                                  SafetyStaffCategory category, LocalDate issuedOn, LocalDate validFrom,
                                  LocalDate validUntil, CertificateStatus status) {
        super(person, enterprise, issuedOn, validUntil, status);
        this.certificateNo = certificateNo;
        this.category = category;
        this.validFrom = validFrom;
    }

    /** 证书延期 approved: three more years after the present 有效期至 (the number and 发证日期 stay). */
    public void extend() {
        requireStatus(CertificateStatus.VALID);
        extendUntil(SafetyStaffRules.extendedUntil(getValidUntil()));
    }

    /** 遗失补办 approved: the same certificate, issued again on {@code day} (number and validity stay). */
    public void reissue(LocalDate day) {
        requireStatus(CertificateStatus.VALID, CertificateStatus.EXPIRED);
        this.reissuedOn = day;
    }

    /** 证书变更 of the 人员类别, approved: only among C1–C3, so the number (its letter C) stays. */
    public void changeCategory(SafetyStaffCategory newCategory) {
        requireStatus(CertificateStatus.VALID, CertificateStatus.EXPIRED);
        if (!SafetyStaffRules.mayChangeCategory(category, newCategory)) {
            throw new IllegalArgumentException("人员类别不能由" + category.label() + "变更为" + newCategory.label());
        }
        this.category = newCategory;
    }

    @Override
    public Long getId() { return id; }

    @Override
    public String number() {
        return certificateNo;
    }

    @Override
    public String getCertificateNo() { return certificateNo; }
    public SafetyStaffCategory getCategory() { return category; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getReissuedOn() { return reissuedOn; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SafetyStaffCertificate other
                && Objects.equals(certificateNo, other.certificateNo);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(certificateNo);
    }
}
