package org.buildreg.constructor;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.buildreg.account.Enterprise;
import org.buildreg.person.Person;
import org.buildreg.person.PersonCertificate;
import org.buildreg.reference.CertificateStatus;

/**
 * 二级建造师注册: one person's registration — 注册编号, 资格证书编号 (NMG…), 证书编号, the registered
 * specialties, the employer, 有效期至 and 证书状态.
 */
@Entity
@Table(name = "constructor_registration")
public class ConstructorRegistration extends PersonCertificate {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_constructor_registration", sequenceName = "seq_constructor_registration",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_constructor_registration")
    private Long id;
    @Column(name = "registration_no")
    private String registrationNo;
    @Column(name = "qualification_no")
    private String qualificationNo;
    @Column(name = "certificate_no")
    private String certificateNo;
    @Column(name = "issuing_authority")
    private String issuingAuthority;
    @Column(name = "required_hours")
    private int requiredHours;
    @Column(name = "elective_hours")
    private int electiveHours;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "constructor_specialty", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "specialty")
    @Enumerated(EnumType.STRING)
    private Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);

    protected ConstructorRegistration() {
    }

    public ConstructorRegistration(Person person, Enterprise enterprise, String registrationNo, String qualificationNo,
                                   String certificateNo, Set<Specialty> specialties, String issuingAuthority,
                                   LocalDate issuedOn, LocalDate validUntil, CertificateStatus status) {
        super(person, enterprise, issuedOn, validUntil, status);
        this.registrationNo = registrationNo;
        this.qualificationNo = qualificationNo;
        this.certificateNo = certificateNo;
        this.specialties = EnumSet.copyOf(specialties);
        this.issuingAuthority = issuingAuthority;
    }

    /** 延续注册 approved: the continued specialties stay, the validity restarts on {@code day}. */
    public void renew(Set<Specialty> continued, LocalDate day) {
        requireStatus(CertificateStatus.VALID, CertificateStatus.EXPIRED);
        if (continued.isEmpty() || !specialties.containsAll(continued)) {
            throw new IllegalArgumentException("延续的专业必须是已注册专业");
        }
        specialties.retainAll(continued);
        restart(day);
    }

    /** 增项注册 approved: one more specialty; the validity does not change. */
    public void addSpecialty(Specialty specialty) {
        requireStatus(CertificateStatus.VALID);
        if (!specialties.add(specialty)) {
            throw new IllegalStateException("专业已注册: " + specialty.label());
        }
    }

    /** 遗失补办 approved: a new 证书编号; the old number is no longer valid. */
    public void replaceCertificate(String newCertificateNo) {
        requireStatus(CertificateStatus.VALID, CertificateStatus.EXPIRED);
        this.certificateNo = newCertificateNo;
    }

    /** 重新注册 approved: same 注册编号 and specialties, a new certificate, with the new employer, from {@code day}. */
    public void reregister(Enterprise employer, String newCertificateNo, LocalDate day) {
        requireStatus(CertificateStatus.CANCELLED);
        moveTo(employer);
        this.certificateNo = newCertificateNo;
        restart(day);
    }

    private void restart(LocalDate day) {
        reissue(day, ConstructorRules.validUntil(day));
    }

    @Override
    public Long getId() { return id; }

    @Override
    public String number() {
        return registrationNo;
    }

    public String getRegistrationNo() { return registrationNo; }
    public String getQualificationNo() { return qualificationNo; }
    @Override
    public String getCertificateNo() { return certificateNo; }
    public String getIssuingAuthority() { return issuingAuthority; }
    public int getRequiredHours() { return requiredHours; }
    public int getElectiveHours() { return electiveHours; }
    public Set<Specialty> getSpecialties() { return specialties; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ConstructorRegistration other
                && Objects.equals(registrationNo, other.registrationNo);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(registrationNo);
    }
}
