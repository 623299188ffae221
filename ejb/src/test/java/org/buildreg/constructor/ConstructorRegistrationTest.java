package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.buildreg.account.Enterprise;
import org.buildreg.person.Person;
import org.buildreg.reference.CertificateStatus;
import org.junit.jupiter.api.Test;

class ConstructorRegistrationTest {

    private final Enterprise old = new Enterprise("甲公司", "91150100MA0N1A2B30", "N1A2B30", "91150100MA0N1A2B30",
            "150100", "150102", "地址", "地址", LocalDateTime.now());
    private final Enterprise other = new Enterprise("乙公司", "91150200MA0N2C3D7F", "N2C3D7F", "91150200MA0N2C3D7F",
            "150200", "150203", "地址", "地址", LocalDateTime.now());
    private final LocalDate today = LocalDate.of(2026, 11, 24);

    private ConstructorRegistration registration(CertificateStatus status, LocalDate validUntil) {
        Person p = new Person("张三", "男", "身份证", "150102198003151234", LocalDate.of(1980, 3, 15), old,
                LocalDateTime.now());
        return new ConstructorRegistration(p, old, "蒙215230000001", "NMG0000001", "00000001",
                EnumSet.of(Specialty.BUILDING, Specialty.MUNICIPAL), "厅", LocalDate.of(2023, 1, 1), validUntil, status);
    }

    @Test
    void renewalKeepsTheContinuedSpecialtiesAndRestartsTheValidity() {
        ConstructorRegistration r = registration(CertificateStatus.EXPIRED, today.minusDays(3));
        r.renew(EnumSet.of(Specialty.BUILDING), today);
        assertEquals(EnumSet.of(Specialty.BUILDING), r.getSpecialties());
        assertEquals(CertificateStatus.VALID, r.getStatus());
        assertEquals(today, r.getIssuedOn());
        assertEquals(LocalDate.of(2029, 11, 23), r.getValidUntil());
        assertThrows(IllegalArgumentException.class, () -> r.renew(EnumSet.of(Specialty.MINING), today));
    }

    @Test
    void transferOutThenReturnRestoresTheStatusByDate() {
        ConstructorRegistration r = registration(CertificateStatus.VALID, today.minusDays(1));
        r.startTransfer(other);
        assertEquals(CertificateStatus.IN_TRANSFER, r.getStatus());
        assertEquals(other, r.getTransferTo());
        r.returnTransfer(today);
        assertEquals(CertificateStatus.EXPIRED, r.getStatus());
        assertNull(r.getTransferTo());
        assertEquals(old, r.getEnterprise());
    }

    @Test
    void transferInMovesTheRegistrationAndKeepsItsValidity() {
        LocalDate until = today.plusYears(1);
        ConstructorRegistration r = registration(CertificateStatus.VALID, until);
        r.startTransfer(other);
        r.completeTransfer(today);
        assertEquals(other, r.getEnterprise());
        assertEquals(until, r.getValidUntil());
        assertEquals(CertificateStatus.VALID, r.getStatus());
        assertThrows(IllegalStateException.class, () -> r.completeTransfer(today));
    }

    @Test
    void cannotTransferToTheSameEnterpriseNorActOnACancelledOne() {
        ConstructorRegistration r = registration(CertificateStatus.VALID, today.plusYears(1));
        assertThrows(IllegalArgumentException.class, () -> r.startTransfer(old));
        r.cancel();
        assertEquals(CertificateStatus.CANCELLED, r.getStatus());
        assertThrows(IllegalStateException.class, () -> r.renew(EnumSet.of(Specialty.BUILDING), today));
        assertThrows(IllegalStateException.class, () -> r.replaceCertificate("00000009"));
        r.reregister(other, "00000009", today);
        assertEquals(other, r.getEnterprise());
        assertEquals("蒙215230000001", r.getRegistrationNo());
        assertEquals("00000009", r.getCertificateNo());
        assertEquals(CertificateStatus.VALID, r.getStatus());
    }

    @Test
    void addSpecialtyOnlyOnAValidRegistrationAndOnlyOnce() {
        ConstructorRegistration r = registration(CertificateStatus.VALID, today.plusYears(1));
        r.addSpecialty(Specialty.MINING);
        assertThrows(IllegalStateException.class, () -> r.addSpecialty(Specialty.MINING));
        ConstructorRegistration expired = registration(CertificateStatus.EXPIRED, today.minusDays(1));
        assertThrows(IllegalStateException.class, () -> expired.addSpecialty(Specialty.MINING));
    }
}
