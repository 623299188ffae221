package org.buildreg.constructor;

import java.io.Serializable;
import java.time.LocalDate;

/** 资格证书专业类别: the specialty applied for and the exam certificate that proves it (checked against 人社厅考试合格数据). */
public class ExamEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 申报注册专业 (a Specialty name) */
    private String specialty;
    /** 资格证书编号 / 增项专业考试合格证明编号, NMG + 7 digits */
    private String qualificationNo;
    /** 签发日期 */
    private LocalDate issuedOn;

    public String getSpecialty() { return specialty; }
    public void setSpecialty(String specialty) { this.specialty = specialty; }
    public String getQualificationNo() { return qualificationNo; }
    public void setQualificationNo(String qualificationNo) { this.qualificationNo = qualificationNo; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
}
