package org.buildreg.dongle;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.buildreg.account.AccountRules;
import org.buildreg.platform.Refusal;
import org.buildreg.reference.IdCardNumber;

/** 加密锁初始化设置: the account it binds to (login name + password) and the holder's details, as the manual asks. */
public class BindingForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A mobile number, or a landline with its area code (0471-6600001). */
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    private String username;
    private String password;
    private String holderName;
    private String holderIdNumber;
    private String holderPhone;

    /** Field checks; the password and the dongle are checked by the service. */
    public void check(Refusal.Collector errors) {
        AccountRules.required("username", username, "登录名", errors);
        AccountRules.required("password", password, "登录密码", errors);
        AccountRules.required("holderName", holderName, "使用者姓名", errors);
        if (holderName != null && holderName.strip().length() > 30) {
            errors.reject("holderName", "使用者姓名不能超过30个字");
        }
        if (holderIdNumber == null || holderIdNumber.isBlank()) {
            errors.reject("holderIdNumber", "请填写身份证号");
        } else if (!IdCardNumber.isValid(IdCardNumber.normalize(holderIdNumber))) {
            errors.reject("holderIdNumber", "身份证号不正确（18位，末位校验码须正确）");
        }
        if (holderPhone == null || holderPhone.isBlank()) {
            errors.reject("holderPhone", "请填写联系电话");
        } else if (!PHONE.matcher(holderPhone.strip()).matches()) {
            errors.reject("holderPhone", "联系电话应为11位手机号码或带区号的固定电话（如0471-6600001）");
        }
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getHolderName() { return holderName; }
    public void setHolderName(String holderName) { this.holderName = holderName; }
    public String getHolderIdNumber() { return holderIdNumber; }
    public void setHolderIdNumber(String holderIdNumber) { this.holderIdNumber = holderIdNumber; }
    public String getHolderPhone() { return holderPhone; }
    public void setHolderPhone(String holderPhone) { this.holderPhone = holderPhone; }
}
