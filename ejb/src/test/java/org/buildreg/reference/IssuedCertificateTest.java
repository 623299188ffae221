package org.buildreg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.buildreg.safetylicence.SafetyLicence;
import org.junit.jupiter.api.Test;

class IssuedCertificateTest {

    private static final LocalDate UNTIL = LocalDate.of(2027, 6, 30);

    private static SafetyLicence licence(CertificateStatus status) {
        return new SafetyLicence("(蒙)JZ安许证字[2024]000100", null, "王建国", SafetyLicence.CONSTRUCTION,
                LocalDate.of(2024, 7, 1), UNTIL, status);
    }

    @Test
    void validUpToAndIncludingItsLastDay() {
        SafetyLicence licence = licence(CertificateStatus.VALID);
        assertTrue(licence.isValidOn(UNTIL.minusDays(1)));
        assertTrue(licence.isValidOn(UNTIL));
        assertFalse(licence.isValidOn(UNTIL.plusDays(1)));
    }

    @Test
    void aCancelledOrTransferringCertificateIsNotValidWhateverItsDate() {
        assertFalse(licence(CertificateStatus.CANCELLED).isValidOn(UNTIL.minusYears(1)));
        assertFalse(licence(CertificateStatus.IN_TRANSFER).isValidOn(UNTIL.minusYears(1)));
        assertEquals("已注销", licence(CertificateStatus.CANCELLED).getStatusLabel());
    }
}
