package org.buildreg.person;

import java.io.Serializable;

/** 聘用企业情况 / 所在企业: auto-filled from the enterprise's profile and its 资质证书 ({@link Employers}). */
public class EmployerDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long enterpriseId;
    /** 企业名称 */
    private String name;
    /** 企业性质 */
    private String nature;
    /** 工商注册地 */
    private String registeredAddress;
    /** 通讯地址 */
    private String contactAddress;
    /** 邮政编码 */
    private String postcode;
    /** 法定代表人 */
    private String legalRepresentative;
    /** 联系人 */
    private String contactName;
    /** 联系电话 */
    private String contactPhone;
    /** 企业类型 */
    private String enterpriseType = "施工";
    /** 企业资质类别及等级 */
    private String qualification;
    /** 资质证书编号 */
    private String qualificationCertificateNo;

    public Long getEnterpriseId() { return enterpriseId; }
    public void setEnterpriseId(Long enterpriseId) { this.enterpriseId = enterpriseId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNature() { return nature; }
    public void setNature(String nature) { this.nature = nature; }
    public String getRegisteredAddress() { return registeredAddress; }
    public void setRegisteredAddress(String registeredAddress) { this.registeredAddress = registeredAddress; }
    public String getContactAddress() { return contactAddress; }
    public void setContactAddress(String contactAddress) { this.contactAddress = contactAddress; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getEnterpriseType() { return enterpriseType; }
    public void setEnterpriseType(String enterpriseType) { this.enterpriseType = enterpriseType; }
    public String getQualification() { return qualification; }
    public void setQualification(String qualification) { this.qualification = qualification; }
    public String getQualificationCertificateNo() { return qualificationCertificateNo; }
    public void setQualificationCertificateNo(String qualificationCertificateNo) { this.qualificationCertificateNo = qualificationCertificateNo; }
}
