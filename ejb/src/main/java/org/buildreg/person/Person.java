package org.buildreg.person;

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
import java.time.LocalDateTime;
import java.util.Objects;
import org.buildreg.account.Enterprise;

/** 人员: one person, whatever certificates he holds; the ID number is stored normalized (18 digits, upper X). */
@Entity
@Table(name = "person")
public class Person implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String ID_CARD = "身份证";

    @Id
    @SequenceGenerator(name = "seq_person", sequenceName = "seq_person", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_person")
    private Long id;
    private String name;
    private String gender;
    @Column(name = "id_type")
    private String idType;
    @Column(name = "id_number")
    private String idNumber;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    private String ethnicity;
    private String education;
    private String school;
    private String major;
    @Column(name = "graduated_on")
    private LocalDate graduatedOn;
    private String degree;
    private String mobile;
    private String phone;
    private String email;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;
    @Column(name = "legacy_code")
    private String legacyCode;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Version
    private int version;

    protected Person() {
    }

    public Person(String name, String gender, String idType, String idNumber, LocalDate birthDate,
                  Enterprise enterprise, LocalDateTime createdAt) {
        this.name = name;
        this.gender = gender;
        this.idType = idType;
        this.idNumber = idNumber;
        this.birthDate = birthDate;
        this.enterprise = enterprise;
        this.createdAt = createdAt;
    }

    public void describe(String ethnicity, String education, String school, String major, String mobile) {
        this.ethnicity = ethnicity;
        this.education = education;
        this.school = school;
        this.major = major;
        this.mobile = mobile;
    }

    /** 信息补录 / 初始注册: the details the forms carry besides name and ID number. */
    public void complete(String gender, LocalDate birthDate, String ethnicity, String school, String major,
                         String education, LocalDate graduatedOn, String degree, String mobile, String phone,
                         String email) {
        this.gender = gender;
        this.birthDate = birthDate;
        this.ethnicity = ethnicity;
        this.school = school;
        this.major = major;
        this.education = education;
        this.graduatedOn = graduatedOn;
        this.degree = degree;
        this.mobile = mobile;
        this.phone = phone;
        this.email = email;
    }

    /** A person migrated from the old system, known there as {@code code}: 信息补录 applies to him. */
    public void markImported(String code) {
        this.legacyCode = code;
    }

    /** 变更注册, 姓名变更. */
    public void rename(String newName) {
        this.name = newName;
    }

    /** 变更注册, 身份证号码变更 (normalized by the caller). */
    public void changeIdNumber(String newIdNumber) {
        this.idNumber = newIdNumber;
    }

    /** The person now works for {@code employer} (人员调入, 重新注册, 初始注册). */
    public void employBy(Enterprise employer) {
        this.enterprise = employer;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getGender() { return gender; }
    public String getIdType() { return idType; }
    public String getIdNumber() { return idNumber; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getEthnicity() { return ethnicity; }
    public String getEducation() { return education; }
    public String getSchool() { return school; }
    public String getMajor() { return major; }
    public LocalDate getGraduatedOn() { return graduatedOn; }
    public String getDegree() { return degree; }
    public String getMobile() { return mobile; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public Enterprise getEnterprise() { return enterprise; }
    public String getLegacyCode() { return legacyCode; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Person other && Objects.equals(idType, other.idType)
                && Objects.equals(idNumber, other.idNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idType, idNumber);
    }
}
