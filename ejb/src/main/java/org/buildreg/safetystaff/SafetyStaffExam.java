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
import java.io.Serializable;
import java.time.LocalDate;

/**
 * 安全生产考核成绩: one person's latest 考核 in one 人员类别 (imported by exam-results-import), which 新增申报 is
 * checked against and fills 参加考试时间 and 考试成绩 from.
 */
@Entity
@Table(name = "safety_staff_exam")
public class SafetyStaffExam implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_safety_staff_exam", sequenceName = "seq_safety_staff_exam", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_safety_staff_exam")
    private Long id;
    @Column(name = "id_number")
    private String idNumber;
    private String name;
    @Enumerated(EnumType.STRING)
    private SafetyStaffCategory category;
    @Column(name = "exam_date")
    private LocalDate examDate;
    /** 合格 / 不合格, or the points out of 100 */
    private String score;

    protected SafetyStaffExam() {
    }

    public SafetyStaffExam(String idNumber, String name, SafetyStaffCategory category, LocalDate examDate,
                           String score) {
        this.idNumber = idNumber;
        this.name = name;
        this.category = category;
        this.examDate = examDate;
        this.score = score;
    }

    public boolean passed() {
        return SafetyStaffRules.passed(score);
    }

    public Long getId() { return id; }
    public String getIdNumber() { return idNumber; }
    public String getName() { return name; }
    public SafetyStaffCategory getCategory() { return category; }
    public LocalDate getExamDate() { return examDate; }
    public String getScore() { return score; }
}
