package org.buildreg.constructor;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 原注册证书情况: the registration a declaration is about, as it stood when the form was filled. */
public class RegistrationDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long registrationId;
    /** 注册编号 */
    private String registrationNo;
    /** 资格证书编号 */
    private String qualificationNo;
    /** 证书编号 */
    private String certificateNo;
    /** 注册专业 (Specialty names) */
    private List<String> specialties = new ArrayList<>();
    /** 发证日期 */
    private LocalDate issuedOn;
    /** 有效期至 */
    private LocalDate validUntil;
    /** 证书状态 */
    private String status;

    public Long getRegistrationId() { return registrationId; }
    public void setRegistrationId(Long registrationId) { this.registrationId = registrationId; }
    public String getRegistrationNo() { return registrationNo; }
    public void setRegistrationNo(String registrationNo) { this.registrationNo = registrationNo; }
    public String getQualificationNo() { return qualificationNo; }
    public void setQualificationNo(String qualificationNo) { this.qualificationNo = qualificationNo; }
    public String getCertificateNo() { return certificateNo; }
    public void setCertificateNo(String certificateNo) { this.certificateNo = certificateNo; }
    public List<String> getSpecialties() { return specialties; }
    public void setSpecialties(List<String> specialties) { this.specialties = specialties; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
