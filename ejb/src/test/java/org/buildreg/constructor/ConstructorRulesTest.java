package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.buildreg.reference.CertificateStatus;
import org.junit.jupiter.api.Test;

class ConstructorRulesTest {

    @Test
    void registrationNumberIsMengTwoFifteenYearAndSevenDigits() {
        assertEquals("蒙215260000042", ConstructorRules.registrationNo(2026, 42));
        assertEquals("蒙215080907445", ConstructorRules.registrationNo(2008, 907445));
        assertThrows(IllegalArgumentException.class, () -> ConstructorRules.registrationNo(2026, 10_000_000L));
        assertThrows(IllegalArgumentException.class, () -> ConstructorRules.registrationNo(2026, 0));
    }

    @Test
    void certificateNumberHasEightDigits() {
        assertEquals("30000001", ConstructorRules.certificateNo(30_000_001L));
        assertEquals("00000046", ConstructorRules.certificateNo(46));
        assertThrows(IllegalArgumentException.class, () -> ConstructorRules.certificateNo(100_000_000L));
    }

    @Test
    void validityIsThreeYearsEndingTheDayBefore() {
        assertEquals(LocalDate.of(2018, 9, 13), ConstructorRules.validUntil(LocalDate.of(2015, 9, 14)));
        assertEquals(LocalDate.of(2027, 2, 27), ConstructorRules.validUntil(LocalDate.of(2024, 2, 28)));
    }

    @Test
    void sixtyFiveIsTooOld() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        assertTrue(ConstructorRules.isUnderMaxAge(LocalDate.of(1961, 11, 25), day));
        assertFalse(ConstructorRules.isUnderMaxAge(LocalDate.of(1961, 11, 24), day));
        assertFalse(ConstructorRules.isUnderMaxAge(null, day));
        assertFalse(ConstructorRules.isUnderMaxAge(day.plusDays(1), day));
    }

    @Test
    void qualificationNumberIsUpperNmgAndSevenDigits() {
        assertTrue(ConstructorRules.isQualificationNo("NMG1234567"));
        assertFalse(ConstructorRules.isQualificationNo("nmg1234567"));
        assertFalse(ConstructorRules.isQualificationNo("NMG123456"));
        assertFalse(ConstructorRules.isQualificationNo("NMGO151"));
        assertFalse(ConstructorRules.isQualificationNo(null));
    }

    @Test
    void eachBusinessTypeStartsFromItsStatuses() {
        assertTrue(ConstructorRules.mayStart(RenewalType.CODE, CertificateStatus.EXPIRED));
        assertTrue(ConstructorRules.mayStart(RenewalType.CODE, CertificateStatus.VALID));
        assertFalse(ConstructorRules.mayStart(RenewalType.CODE, CertificateStatus.CANCELLED));
        assertFalse(ConstructorRules.mayStart(RenewalType.CODE, CertificateStatus.IN_TRANSFER));
        assertTrue(ConstructorRules.mayStart(AddSpecialtyType.CODE, CertificateStatus.VALID));
        assertFalse(ConstructorRules.mayStart(AddSpecialtyType.CODE, CertificateStatus.EXPIRED));
        assertTrue(ConstructorRules.mayStart(ReregistrationType.CODE, CertificateStatus.CANCELLED));
        assertFalse(ConstructorRules.mayStart(ReregistrationType.CODE, CertificateStatus.VALID));
        assertTrue(ConstructorRules.mayStart(TransferInType.CODE, CertificateStatus.IN_TRANSFER));
        assertFalse(ConstructorRules.mayStart(ConstructorActions.TRANSFER_OUT, CertificateStatus.IN_TRANSFER));
        assertFalse(ConstructorRules.mayStart(CancellationType.CODE, CertificateStatus.CANCELLED));
        assertFalse(ConstructorRules.mayStart(InitialRegistrationType.CODE, CertificateStatus.VALID));
    }

    @Test
    void changeReasonsAreTheManualsFour() {
        assertEquals(4, ChangeReason.values().length);
        assertEquals("聘用企业变更", ChangeReason.EMPLOYER.label());
        assertNull(ChangeReason.parse("NOPE"));
        assertEquals(12, ConstructorRules.CANCELLATION_REASONS.size());
    }

}
