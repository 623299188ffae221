package org.buildreg.constructor;

import java.io.Serializable;
import org.buildreg.person.EmployerDetails;

/** 变更注册: the reason and the before/after values of what changes. */
public class ChangeDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 变更注册原因 (ChangeReason name) */
    private String reason;
    /** 原聘用企业 */
    private EmployerDetails previousEmployer;
    /** 变更前企业名称 */
    private String previousEnterpriseName;
    /** 变更后企业名称 */
    private String newEnterpriseName;
    /** 变更前姓名 */
    private String previousName;
    /** 变更后姓名 */
    private String newName;
    /** 变更前号码 */
    private String previousIdNumber;
    /** 变更后号码 */
    private String newIdNumber;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public EmployerDetails getPreviousEmployer() { return previousEmployer; }
    public void setPreviousEmployer(EmployerDetails previousEmployer) { this.previousEmployer = previousEmployer; }
    public String getPreviousEnterpriseName() { return previousEnterpriseName; }
    public void setPreviousEnterpriseName(String previousEnterpriseName) { this.previousEnterpriseName = previousEnterpriseName; }
    public String getNewEnterpriseName() { return newEnterpriseName; }
    public void setNewEnterpriseName(String newEnterpriseName) { this.newEnterpriseName = newEnterpriseName; }
    public String getPreviousName() { return previousName; }
    public void setPreviousName(String previousName) { this.previousName = previousName; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getPreviousIdNumber() { return previousIdNumber; }
    public void setPreviousIdNumber(String previousIdNumber) { this.previousIdNumber = previousIdNumber; }
    public String getNewIdNumber() { return newIdNumber; }
    public void setNewIdNumber(String newIdNumber) { this.newIdNumber = newIdNumber; }
}
