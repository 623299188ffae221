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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.buildreg.account.Enterprise;
import org.buildreg.person.Person;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.reference.IssuedCertificate;

/**
 * 二级建造师注册: one person's registration — 注册编号, 资格证书编号 (NMG…), 证书编号, the registered
 * specialties, the employer, 有效期至 and 证书状态.
 */
@Entity
@Table(name = "constructor_registration")
public class ConstructorRegistration extends IssuedCertificate {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_constructor_registration", sequenceName = "seq_constructor_registration",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_constructor_registration")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
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
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transfer_to_id")
    private Enterprise transferTo;
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
        super(enterprise, issuedOn, validUntil, status);
        this.person = person;
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

    /** 注销注册 approved. */
    public void cancel() {
        requireStatus(CertificateStatus.VALID, CertificateStatus.EXPIRED);
        changeStatus(CertificateStatus.CANCELLED);
    }

    /** 重新注册 approved: same 注册编号 and specialties, a new certificate, with the new employer, from {@code day}. */
    public void reregister(Enterprise employer, String newCertificateNo, LocalDate day) {
        requireStatus(CertificateStatus.CANCELLED);
        moveTo(employer);
        this.certificateNo = newCertificateNo;
        restart(day);
    }

    /** 人员调出: the registration is 调转中 until {@code target} takes it in or sends it back. */
    public void startTransfer(Enterprise target) {
        requireStatus(CertificateStatus.VALID, CertificateStatus.EXPIRED);
        if (target.equals(getEnterprise())) {
            throw new IllegalArgumentException("不能调出到本企业");
        }
        this.transferTo = target;
        changeStatus(CertificateStatus.IN_TRANSFER);
    }

    /** 人员调入 → 退回: back to the old employer, as it was. */
    public void returnTransfer(LocalDate today) {
        requireStatus(CertificateStatus.IN_TRANSFER);
        this.transferTo = null;
        changeStatus(statusOn(today));
    }

    /** 人员调入 approved (变更注册, 聘用企业变更): the new employer holds it; the validity does not change. */
    public void completeTransfer(LocalDate today) {
        requireStatus(CertificateStatus.IN_TRANSFER);
        moveTo(transferTo);
        this.transferTo = null;
        changeStatus(statusOn(today));
    }

    private CertificateStatus statusOn(LocalDate today) {
        return getValidUntil() != null && today.isAfter(getValidUntil()) ? CertificateStatus.EXPIRED
                : CertificateStatus.VALID;
    }

    private void restart(LocalDate day) {
        reissue(day, ConstructorRules.validUntil(day));
    }

    public Long getId() { return id; }
    public Enterprise getTransferTo() { return transferTo; }
    public Person getPerson() { return person; }
    public String getRegistrationNo() { return registrationNo; }
    public String getQualificationNo() { return qualificationNo; }
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
