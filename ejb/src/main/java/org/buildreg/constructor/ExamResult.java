package org.buildreg.constructor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** 人社厅考试合格数据: one person passed the level-2 constructor exam in one specialty. */
@Entity
@Table(name = "exam_result")
public class ExamResult implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_exam_result", sequenceName = "seq_exam_result", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_exam_result")
    private Long id;
    @Column(name = "id_number")
    private String idNumber;
    private String name;
    @Enumerated(EnumType.STRING)
    private Specialty specialty;
    @Column(name = "qualification_no")
    private String qualificationNo;
    @Column(name = "issued_on")
    private LocalDate issuedOn;

    protected ExamResult() {
    }

    public ExamResult(String idNumber, String name, Specialty specialty, String qualificationNo, LocalDate issuedOn) {
        this.idNumber = idNumber;
        this.name = name;
        this.specialty = specialty;
        this.qualificationNo = qualificationNo;
        this.issuedOn = issuedOn;
    }

    public Long getId() { return id; }
    public String getIdNumber() { return idNumber; }
    public String getName() { return name; }
    public Specialty getSpecialty() { return specialty; }
    public String getQualificationNo() { return qualificationNo; }
    public LocalDate getIssuedOn() { return issuedOn; }
}
