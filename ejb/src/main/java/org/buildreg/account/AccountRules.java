package org.buildreg.account;

import java.util.regex.Pattern;
import org.buildreg.platform.Refusal;

/** The shape rules of login names and passwords (新企业注册, 子账户, 修改密码). */
public final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9]{6,18}");
    /**
     * A new password: 8 to 64 characters (ASVS L2; the old system's 6–12 stay valid for a migrated account until it
     * sets a new one), not one of the common passwords, not one character repeated, not a plain run of digits.
     */
    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 64;
    private static final java.util.Set<String> COMMON = commonPasswords();

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
        } else if (password.codePointCount(0, password.length()) < PASSWORD_MIN
                || password.codePointCount(0, password.length()) > PASSWORD_MAX) {
            errors.reject(field, "密码须为" + PASSWORD_MIN + "-" + PASSWORD_MAX + "位");
        } else if (isWeak(password)) {
            errors.reject(field, "密码过于简单（常用密码、重复字符或连续数字），请换一个");
        }
    }

    /** A password anyone guessing tries first: a common one, one character over and over, or a run of digits. */
    static boolean isWeak(String password) {
        String lower = password.toLowerCase(java.util.Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
            return true;
        }
        if (lower.chars().allMatch(Character::isDigit)) {
            int step = lower.charAt(1) - lower.charAt(0);
            boolean run = Math.abs(step) == 1;
            for (int i = 2; run && i < lower.length(); i++) {
                run = lower.charAt(i) - lower.charAt(i - 1) == step;
            }
            return run;
        }
        return false;
    }

    private static java.util.Set<String> commonPasswords() {
        try (java.io.InputStream in = AccountRules.class.getResourceAsStream("common-passwords.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the list of common passwords is missing", e);
        }
    }

    public static void required(String field, String value, String label, Refusal.Collector errors) {
        if (value == null || value.isBlank()) {
            errors.reject(field, "请填写" + label);
        }
    }
}
