package org.buildreg.safetystaff;

import java.io.Serializable;
import java.time.LocalDate;

/** 原证书情况: the 安管人员证书 a declaration is about, as it stood when the form was filled. */
public class HeldCertificateDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long certificateId;
    /** 原证书编号 */
    private String certificateNo;
    /** 人员类别 (SafetyStaffCategory name) */
    private String category;
    /** 发证单位 */
    private String issuingAuthority;
    /** 核发时间 */
    private LocalDate issuedOn;
    /** 有效期至 */
    private LocalDate validUntil;
    /** 证书状态 */
    private String status;

    public Long getCertificateId() { return certificateId; }
    public void setCertificateId(Long certificateId) { this.certificateId = certificateId; }
    public String getCertificateNo() { return certificateNo; }
    public void setCertificateNo(String certificateNo) { this.certificateNo = certificateNo; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getIssuingAuthority() { return issuingAuthority; }
    public void setIssuingAuthority(String issuingAuthority) { this.issuingAuthority = issuingAuthority; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
