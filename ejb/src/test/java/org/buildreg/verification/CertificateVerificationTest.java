package org.buildreg.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.safetylicence.SafetyLicence;
import org.junit.jupiter.api.Test;

class CertificateVerificationTest {

    private static final LocalDate UNTIL = LocalDate.of(2027, 6, 30);

    private static SafetyLicence licence(CertificateStatus status) {
        return new SafetyLicence("(蒙)JZ安许证字[2024]000100", null, "王建国", SafetyLicence.CONSTRUCTION,
                LocalDate.of(2024, 7, 1), UNTIL, status);
    }

    @Test
    void aValidCertificatePastItsDateReadsExpiredBeforeTheSweepMarksIt() {
        assertEquals("有效", CertificateVerification.statusOn(licence(CertificateStatus.VALID), UNTIL));
        assertEquals("已过期", CertificateVerification.statusOn(licence(CertificateStatus.VALID), UNTIL.plusDays(1)));
    }

    @Test
    void otherStatusesReadAsStored() {
        assertEquals("已注销", CertificateVerification.statusOn(licence(CertificateStatus.CANCELLED), UNTIL));
        assertEquals("调转中", CertificateVerification.statusOn(licence(CertificateStatus.IN_TRANSFER), UNTIL));
    }
}
