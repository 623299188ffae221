package org.buildreg.account;

import java.io.Serializable;

/** What the 找回账号/重置密码 request asks for. */
public class PasswordResetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String enterpriseName;
    private String uscc;
    private String username;
    private String contactName;
    private String contactPhone;
    private String reason;

    public String getEnterpriseName() { return enterpriseName; }
    public void setEnterpriseName(String enterpriseName) { this.enterpriseName = enterpriseName; }
    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
