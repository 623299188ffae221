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

    public Long getId() { return id; }
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
