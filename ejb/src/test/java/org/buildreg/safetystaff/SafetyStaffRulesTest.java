package org.buildreg.safetystaff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.buildreg.reference.CertificateStatus;
import org.junit.jupiter.api.Test;

class SafetyStaffRulesTest {

    @Test
    void validForThreeYearsAsTheManualShows() {
        assertEquals(LocalDate.of(2019, 9, 1), SafetyStaffRules.validUntil(LocalDate.of(2016, 9, 1)));
        assertEquals(LocalDate.of(2022, 9, 1), SafetyStaffRules.extendedUntil(LocalDate.of(2019, 9, 1)));
    }

    @Test
    void extensionOpensThreeMonthsBeforeExpiryAndClosesWithIt() {
        LocalDate until = LocalDate.of(2027, 3, 31);
        assertEquals(LocalDate.of(2026, 12, 31), SafetyStaffRules.extensionOpensOn(until));
        assertEquals("证书有效期至2027年3月31日，有效期届满前3个月内（2026年12月31日起）方可申请延期",
                SafetyStaffRules.refusalOfExtension(until, LocalDate.of(2026, 12, 30)));
        assertNull(SafetyStaffRules.refusalOfExtension(until, LocalDate.of(2026, 12, 31)));
        assertNull(SafetyStaffRules.refusalOfExtension(until, until));
        assertEquals("证书已于2027年3月31日过期，不能延期，请重新参加安全生产考核",
                SafetyStaffRules.refusalOfExtension(until, until.plusDays(1)));
    }

    @Test
    void eachBusinessTypeStartsFromItsStatuses() {
        assertTrue(SafetyStaffRules.mayStart(SafetyStaffRules.EXTENSION, CertificateStatus.VALID));
        assertFalse(SafetyStaffRules.mayStart(SafetyStaffRules.EXTENSION, CertificateStatus.EXPIRED));
        assertTrue(SafetyStaffRules.mayStart(SafetyStaffRules.CHANGE, CertificateStatus.EXPIRED));
        assertTrue(SafetyStaffRules.mayStart(SafetyStaffRules.TRANSFER_OUT, CertificateStatus.VALID));
        assertFalse(SafetyStaffRules.mayStart(SafetyStaffRules.TRANSFER_OUT, CertificateStatus.IN_TRANSFER));
        assertTrue(SafetyStaffRules.mayStart(SafetyStaffRules.TRANSFER_IN, CertificateStatus.IN_TRANSFER));
        assertFalse(SafetyStaffRules.mayStart(SafetyStaffRules.CANCELLATION, CertificateStatus.CANCELLED));
        assertFalse(SafetyStaffRules.mayStart(SafetyStaffRules.NEW, CertificateStatus.VALID));
    }

    @Test
    void categoryChangesOnlyAmongTheCCategories() {
        assertTrue(SafetyStaffRules.mayChangeCategory(SafetyStaffCategory.C1, SafetyStaffCategory.C3));
        assertTrue(SafetyStaffRules.mayChangeCategory(SafetyStaffCategory.C2, SafetyStaffCategory.C1));
        assertTrue(SafetyStaffRules.mayChangeCategory(SafetyStaffCategory.A, SafetyStaffCategory.A));
        assertFalse(SafetyStaffRules.mayChangeCategory(SafetyStaffCategory.A, SafetyStaffCategory.B));
        assertFalse(SafetyStaffRules.mayChangeCategory(SafetyStaffCategory.B, SafetyStaffCategory.C2));
        assertFalse(SafetyStaffRules.mayChangeCategory(SafetyStaffCategory.C3, SafetyStaffCategory.A));
    }

    @Test
    void aScoreIsPassedFromSixtyPointsOrWhenWrittenSo() {
        assertTrue(SafetyStaffRules.passed("合格"));
        assertTrue(SafetyStaffRules.passed("60"));
        assertTrue(SafetyStaffRules.passed("86.5"));
        assertFalse(SafetyStaffRules.passed("59.9"));
        assertFalse(SafetyStaffRules.passed("不合格"));
        assertFalse(SafetyStaffRules.passed("101"));
        assertFalse(SafetyStaffRules.isScore("优秀"));
        assertFalse(SafetyStaffRules.isScore("100.25"));
        assertTrue(SafetyStaffRules.isScore("100"));
        assertEquals("86分（合格）", SafetyStaffRules.scoreText("86"));
        assertEquals("45分（不合格）", SafetyStaffRules.scoreText("45"));
        assertEquals("合格", SafetyStaffRules.scoreText("合格"));
    }

    @Test
    void newApplicationNeedsAPassedExamInItsCategory() {
        LocalDate day = LocalDate.of(2026, 10, 15);
        assertEquals("未查询到该人员“项目负责人”的安全生产考核记录（姓名、证件号码须与考核数据一致），不能申报",
                SafetyStaffRules.refusalOfNew(SafetyStaffCategory.B, null));
        assertEquals("该人员“项目负责人”安全生产考核成绩为52分（不合格），考核合格后方可申报",
                SafetyStaffRules.refusalOfNew(SafetyStaffCategory.B,
                        new SafetyStaffExam("x", "某", SafetyStaffCategory.B, day, "52")));
        assertNull(SafetyStaffRules.refusalOfNew(SafetyStaffCategory.B,
                new SafetyStaffExam("x", "某", SafetyStaffCategory.B, day, "合格")));
    }
}
