package org.buildreg.account;

import java.io.Serializable;

/** What 新企业注册 asks for, field by field as in the manual's form. */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String password;
    /** 组织机构代码证或统一社会信用代码 */
    private String orgCodeOrUscc;
    /** 营业执照注册号或统一社会信用代码 */
    private String businessRegNoOrUscc;
    private String enterpriseName;
    private String cityCode;
    private String countyCode;
    private String registeredAddress;
    private String currentAddress;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getOrgCodeOrUscc() { return orgCodeOrUscc; }
    public void setOrgCodeOrUscc(String orgCodeOrUscc) { this.orgCodeOrUscc = orgCodeOrUscc; }
    public String getBusinessRegNoOrUscc() { return businessRegNoOrUscc; }
    public void setBusinessRegNoOrUscc(String businessRegNoOrUscc) { this.businessRegNoOrUscc = businessRegNoOrUscc; }
    public String getEnterpriseName() { return enterpriseName; }
    public void setEnterpriseName(String enterpriseName) { this.enterpriseName = enterpriseName; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String countyCode) { this.countyCode = countyCode; }
    public String getRegisteredAddress() { return registeredAddress; }
    public void setRegisteredAddress(String registeredAddress) { this.registeredAddress = registeredAddress; }
    public String getCurrentAddress() { return currentAddress; }
    public void setCurrentAddress(String currentAddress) { this.currentAddress = currentAddress; }
}
