package org.buildreg.safetystaff;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.buildreg.person.EmployerDetails;
import org.buildreg.person.PersonDetails;
import org.buildreg.person.WorkHistoryEntry;

/**
 * 安管人员申请表: the form behind every 安管人员 business type — the holder's 基本情况, the enterprise, the certificate
 * it is about (原证书编号, 核发时间, 人员类别) and each type's own part.
 */
public class SafetyStaffForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 基本情况 */
    private PersonDetails person = new PersonDetails();
    /** 所在企业 (现企业 for 人员调入) */
    private EmployerDetails employer = new EmployerDetails();
    /** 原证书情况 */
    private HeldCertificateDetails certificate = new HeldCertificateDetails();
    /** 职称, 职称等级, 职称名称 */
    private String title;
    private String titleLevel;
    private String titleName;
    /** 新增申报: 人员类别 applied for (SafetyStaffCategory name) */
    private String category;
    /** 新增申报: 参加考试时间 and 考试成绩, filled from the 安全生产考核 data, never typed */
    private LocalDate examDate;
    private String examScore;
    /** 新增申报: 履历 */
    private List<WorkHistoryEntry> workHistory = new ArrayList<>();
    /** 人员调入: 原企业 */
    private EmployerDetails previousEmployer;
    /** 证书变更: 申请内容 (SafetyStaffChange name) and the new value */
    private String changeContent;
    private String newName;
    private String newIdNumber;
    private String newCategory;
    /** 遗失补办: 补办原因, and the holder's 本人签字 (his statement) confirmed */
    private String replacementReason;
    private boolean selfSigned;
    /** 证书注销: 注销原因, and the holder's 诚信证明 confirmed */
    private String cancellationReason;
    private boolean integrityConfirmed;

    public PersonDetails getPerson() { return person; }
    public void setPerson(PersonDetails person) { this.person = person; }
    public EmployerDetails getEmployer() { return employer; }
    public void setEmployer(EmployerDetails employer) { this.employer = employer; }
    public HeldCertificateDetails getCertificate() { return certificate; }
    public void setCertificate(HeldCertificateDetails certificate) { this.certificate = certificate; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTitleLevel() { return titleLevel; }
    public void setTitleLevel(String titleLevel) { this.titleLevel = titleLevel; }
    public String getTitleName() { return titleName; }
    public void setTitleName(String titleName) { this.titleName = titleName; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public LocalDate getExamDate() { return examDate; }
    public void setExamDate(LocalDate examDate) { this.examDate = examDate; }
    public String getExamScore() { return examScore; }
    public void setExamScore(String examScore) { this.examScore = examScore; }
    public List<WorkHistoryEntry> getWorkHistory() { return workHistory; }
    public void setWorkHistory(List<WorkHistoryEntry> workHistory) { this.workHistory = workHistory; }

    /** 履历信息: 增加一行. */
    public void addWorkHistory() {
        workHistory.add(new WorkHistoryEntry());
    }

    /** 履历信息: 删除 the line. */
    public void removeWorkHistory(WorkHistoryEntry line) {
        workHistory.remove(line);
    }

    public EmployerDetails getPreviousEmployer() { return previousEmployer; }
    public void setPreviousEmployer(EmployerDetails previousEmployer) { this.previousEmployer = previousEmployer; }
    public String getChangeContent() { return changeContent; }
    public void setChangeContent(String changeContent) { this.changeContent = changeContent; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getNewIdNumber() { return newIdNumber; }
    public void setNewIdNumber(String newIdNumber) { this.newIdNumber = newIdNumber; }
    public String getNewCategory() { return newCategory; }
    public void setNewCategory(String newCategory) { this.newCategory = newCategory; }
    public String getReplacementReason() { return replacementReason; }
    public void setReplacementReason(String replacementReason) { this.replacementReason = replacementReason; }
    public boolean isSelfSigned() { return selfSigned; }
    public void setSelfSigned(boolean selfSigned) { this.selfSigned = selfSigned; }
    public String getCancellationReason() { return cancellationReason; }
    public void setCancellationReason(String cancellationReason) { this.cancellationReason = cancellationReason; }
    public boolean isIntegrityConfirmed() { return integrityConfirmed; }
    public void setIntegrityConfirmed(boolean integrityConfirmed) { this.integrityConfirmed = integrityConfirmed; }
}
