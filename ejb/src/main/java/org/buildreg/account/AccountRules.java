package org.buildreg.account;

import java.util.regex.Pattern;
import org.buildreg.platform.Refusal;

/** The shape rules of login names and passwords (新企业注册, 子账户, 修改密码). */
public final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9]{6,18}");
    public static final int PASSWORD_MIN = 6;
    public static final int PASSWORD_MAX = 12;

    private AccountRules() {
    }

    public static void checkUsername(String field, String username, Refusal.Collector errors) {
        if (username == null || username.isBlank()) {
            errors.reject(field, "请填写用户名");
        } else if (!USERNAME.matcher(username.trim()).matches()) {
            errors.reject(field, "用户名须为6-18位字母或数字");
        }
    }

    public static void checkPassword(String field, String password, Refusal.Collector errors) {
        if (password == null || password.isEmpty()) {
            errors.reject(field, "请设置密码");
        } else if (password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            errors.reject(field, "密码须为6-12位");
        }
    }

    public static void required(String field, String value, String label, Refusal.Collector errors) {
        if (value == null || value.isBlank()) {
            errors.reject(field, "请填写" + label);
        }
    }
}
