package org.buildreg.safetystaff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.buildreg.account.Module;
import org.buildreg.person.CertificateKind;
import org.buildreg.reference.CertificateStatus;

/**
 * The rules of the 安管人员 module that need no database, so unit tests reach each of them: its business types,
 * the three-year validity of a 安全生产考核合格证书, when 证书延期 opens (three months before 有效期至, 建质〔2015〕206号
 * 第十九条) and what it adds, which certificates each business type starts from, and which 人员类别 a 证书变更 may
 * move between (the manual: 人员类别变化（C1类、C2类、C3类）).
 */
public final class SafetyStaffRules {

    public static final String NEW = "SAFETY_STAFF_NEW";
    public static final String EXTENSION = "SAFETY_STAFF_EXTENSION";
    public static final String CHANGE = "SAFETY_STAFF_CHANGE";
    public static final String REPLACEMENT = "SAFETY_STAFF_REPLACEMENT";
    public static final String TRANSFER_IN = "SAFETY_STAFF_TRANSFER_IN";
    public static final String CANCELLATION = "SAFETY_STAFF_CANCELLATION";
    /** 人员调出 is no declaration; this code names it among the start rules. */
    public static final String TRANSFER_OUT = "SAFETY_STAFF_TRANSFER_OUT";

    public static final String ISSUING_AUTHORITY = "内蒙古自治区住房和城乡建设厅";
    public static final int VALID_YEARS = 3;
    /** 证书延期 may be filed from this many months before 有效期至. */
    public static final int EXTENSION_WINDOW_MONTHS = 3;

    /** 考试成绩 in points passes from this many (百分制). */
    public static final int PASS_MARK = 60;
    public static final String PASSED = "合格";
    public static final String FAILED = "不合格";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final java.util.regex.Pattern POINTS = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d)?");

    /** The 安管人员证书 as the shared person code knows it. */
    public static final CertificateKind<SafetyStaffCertificate> CERTIFICATE = new CertificateKind<>(
            Module.SAFETY_STAFF, SafetyStaffCertificate.class, "安管人员证书", "certificateNo", TRANSFER_OUT, TRANSFER_IN,
            SafetyStaffRules::mayStart);

    private SafetyStaffRules() {
    }

    /** 有效期至 of a certificate issued on {@code from}: three years on (the manual: 2016-9-1 → 2019-9-1). */
    public static LocalDate validUntil(LocalDate from) {
        return from.plusYears(VALID_YEARS);
    }

    /** 证书延期 approved: another three years after the old 有效期至, not from the day of approval. */
    public static LocalDate extendedUntil(LocalDate validUntil) {
        return validUntil.plusYears(VALID_YEARS);
    }

    /** The first day 证书延期 may be filed for a certificate valid until {@code validUntil}. */
    public static LocalDate extensionOpensOn(LocalDate validUntil) {
        return validUntil.minusMonths(EXTENSION_WINDOW_MONTHS);
    }

    /**
     * Why a certificate valid until {@code validUntil} cannot be extended on {@code today}, or null when it can:
     * too early before the window opens; too late once it has expired (then the holder sits the 考核 again).
     */
    public static String refusalOfExtension(LocalDate validUntil, LocalDate today) {
        if (validUntil == null) {
            return "证书没有有效期至，不能延期";
        }
        if (today.isAfter(validUntil)) {
            return "证书已于" + DAY.format(validUntil) + "过期，不能延期，请重新参加安全生产考核";
        }
        LocalDate opens = extensionOpensOn(validUntil);
        if (today.isBefore(opens)) {
            return "证书有效期至" + DAY.format(validUntil) + "，有效期届满前" + EXTENSION_WINDOW_MONTHS + "个月内（"
                    + DAY.format(opens) + "起）方可申请延期";
        }
        return null;
    }

    /** The statuses a certificate must have for a business type (or 人员调出) to start from it. */
    public static boolean mayStart(String businessType, CertificateStatus status) {
        return switch (businessType) {
            case EXTENSION -> status == CertificateStatus.VALID;
            case CHANGE, REPLACEMENT, CANCELLATION, TRANSFER_OUT -> status == CertificateStatus.VALID
                    || status == CertificateStatus.EXPIRED;
            case TRANSFER_IN -> status == CertificateStatus.IN_TRANSFER;
            default -> false;
        };
    }

    /**
     * Whether 证书变更 may move a certificate from {@code from} to {@code to}: only among the C categories (机械,
     * 土建, 综合); 企业主要负责人 and 项目负责人 are examined for their own post, so a new category needs a new 考核.
     */
    public static boolean mayChangeCategory(SafetyStaffCategory from, SafetyStaffCategory to) {
        return from == to || isC(from) && isC(to);
    }

    private static boolean isC(SafetyStaffCategory c) {
        return c != null && c.numberLetter().equals("C");
    }

    /** 考试成绩 as the 考核 data writes it: 合格, 不合格, or points from 0 to 100 (one decimal). */
    public static boolean isScore(String score) {
        if (score == null) {
            return false;
        }
        String s = score.strip();
        return s.equals(PASSED) || s.equals(FAILED) || POINTS.matcher(s).matches() && Double.parseDouble(s) <= 100;
    }

    /** Whether a 考试成绩 is a pass: 合格, or at least {@link #PASS_MARK} points. */
    public static boolean passed(String score) {
        if (!isScore(score)) {
            return false;
        }
        String s = score.strip();
        return s.equals(PASSED) || !s.equals(FAILED) && Double.parseDouble(s) >= PASS_MARK;
    }

    /** 考试成绩 as the form shows it: 合格 / 不合格 as written, points with the verdict (86（合格）). */
    public static String scoreText(String score) {
        if (score == null || score.equals(PASSED) || score.equals(FAILED)) {
            return score;
        }
        return score + "分（" + (passed(score) ? PASSED : FAILED) + "）";
    }

    /**
     * Why a person cannot file 新增申报 in {@code category} with the 考核 result {@code exam} (null when none was
     * found for his name and ID number), or null when he can: a 考核 in that 人员类别, passed.
     */
    public static String refusalOfNew(SafetyStaffCategory category, SafetyStaffExam exam) {
        if (exam == null) {
            return "未查询到该人员“" + category.label() + "”的安全生产考核记录（姓名、证件号码须与考核数据一致），不能申报";
        }
        if (!exam.passed()) {
            return "该人员“" + category.label() + "”安全生产考核成绩为" + scoreText(exam.getScore()) + "，考核合格后方可申报";
        }
        return null;
    }
}
