package org.buildreg.constructor;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.buildreg.person.EmployerDetails;
import org.buildreg.person.PersonDetails;

/** 二级建造师申请表: the form behind every 二级建造师 business type. All share the person, the employer and (except 初始注册) the registration; each type fills and checks its own part besides. */
public class ConstructorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 申请人 */
    private PersonDetails person = new PersonDetails();
    /** 聘用企业 (现聘用企业 for a change of employer) */
    private EmployerDetails employer = new EmployerDetails();
    /** 原注册证书情况 */
    private RegistrationDetails registration = new RegistrationDetails();
    /** 初始注册 / 增项注册: the specialty applied for */
    private ExamEntry exam = new ExamEntry();
    /** 延续注册: 是否延续 — the specialties to continue */
    private List<String> continuedSpecialties = new ArrayList<>();
    /** 继续教育 必修 (学时) */
    private int requiredHours;
    /** 继续教育 选修 (学时) */
    private int electiveHours;
    /** 其它注册情况 */
    private String otherRegistrations;
    /** 变更注册 / 人员调入 */
    private ChangeDetails change = new ChangeDetails();
    /** 重新注册: 失效或被注销注册日期 */
    private LocalDate lapsedOn;
    /** 重新注册: 失效原因 */
    private String lapseReason;
    /** 遗失补办: 补办原因 */
    private String lossReason;
    /** 注销注册: 申请注销注册人或机构 */
    private String cancellationApplicant;
    /** 注销注册: 注销原因 */
    private List<String> cancellationReasons = new ArrayList<>();
    /** 备注 */
    private String remark;
    /** 本人承诺无《二级建造师注册实施办法》第十七条规定不予注册的情形 */
    private boolean noDisqualification;

    public PersonDetails getPerson() { return person; }
    public void setPerson(PersonDetails person) { this.person = person; }
    public EmployerDetails getEmployer() { return employer; }
    public void setEmployer(EmployerDetails employer) { this.employer = employer; }
    public RegistrationDetails getRegistration() { return registration; }
    public void setRegistration(RegistrationDetails registration) { this.registration = registration; }
    public ExamEntry getExam() { return exam; }
    public void setExam(ExamEntry exam) { this.exam = exam; }
    public List<String> getContinuedSpecialties() { return continuedSpecialties; }
    public void setContinuedSpecialties(List<String> continuedSpecialties) { this.continuedSpecialties = continuedSpecialties; }
    public int getRequiredHours() { return requiredHours; }
    public void setRequiredHours(int requiredHours) { this.requiredHours = requiredHours; }
    public int getElectiveHours() { return electiveHours; }
    public void setElectiveHours(int electiveHours) { this.electiveHours = electiveHours; }
    public String getOtherRegistrations() { return otherRegistrations; }
    public void setOtherRegistrations(String otherRegistrations) { this.otherRegistrations = otherRegistrations; }
    public ChangeDetails getChange() { return change; }
    public void setChange(ChangeDetails change) { this.change = change; }
    public LocalDate getLapsedOn() { return lapsedOn; }
    public void setLapsedOn(LocalDate lapsedOn) { this.lapsedOn = lapsedOn; }
    public String getLapseReason() { return lapseReason; }
    public void setLapseReason(String lapseReason) { this.lapseReason = lapseReason; }
    public String getLossReason() { return lossReason; }
    public void setLossReason(String lossReason) { this.lossReason = lossReason; }
    public String getCancellationApplicant() { return cancellationApplicant; }
    public void setCancellationApplicant(String cancellationApplicant) { this.cancellationApplicant = cancellationApplicant; }
    public List<String> getCancellationReasons() { return cancellationReasons; }
    public void setCancellationReasons(List<String> cancellationReasons) { this.cancellationReasons = cancellationReasons; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public boolean isNoDisqualification() { return noDisqualification; }
    public void setNoDisqualification(boolean noDisqualification) { this.noDisqualification = noDisqualification; }
}
