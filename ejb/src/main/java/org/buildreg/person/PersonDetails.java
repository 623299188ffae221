package org.buildreg.person;

import java.io.Serializable;
import java.time.LocalDate;

/** 申请人情况 / 基本情况: the person part of every module's application form (二级建造师, 安管人员). */
public class PersonDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 姓名 */
    private String name;
    /** 性别 */
    private String gender = "男";
    /** 证件类型 */
    private String idType = "身份证";
    /** 证件号码 */
    private String idNumber;
    /** 出生日期 */
    private LocalDate birthDate;
    /** 民族 */
    private String ethnicity = "汉族";
    /** 毕业院校 */
    private String school;
    /** 所学专业 */
    private String major;
    /** 学历 */
    private String education = "本科";
    /** 毕业时间 */
    private LocalDate graduatedOn;
    /** 学位 */
    private String degree = "无";
    /** 手机号码 */
    private String mobile;
    /** 联系电话 */
    private String phone;
    /** 电子邮箱 */
    private String email;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getIdType() { return idType; }
    public void setIdType(String idType) { this.idType = idType; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public String getMajor() { return major; }
    public void setMajor(String major) { this.major = major; }
    public String getEducation() { return education; }
    public void setEducation(String education) { this.education = education; }
    public LocalDate getGraduatedOn() { return graduatedOn; }
    public void setGraduatedOn(LocalDate graduatedOn) { this.graduatedOn = graduatedOn; }
    public String getDegree() { return degree; }
    public void setDegree(String degree) { this.degree = degree; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
