package org.buildreg.dongle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DongleCertificateTest {

    @Test
    void aCertificateIsRevokedOnceAndKeepsWhoDidIt() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 24, 10, 0);
        DongleCertificate c = new DongleCertificate(1001L, "CN=demoqy01", now, now.plusYears(2), "admin", now, "PEM");
        assertFalse(c.isRevoked());
        c.revoke("admin", now.plusDays(1));
        assertTrue(c.isRevoked());
        assertEquals("admin", c.getRevokedBy());
        assertThrows(IllegalStateException.class, () -> c.revoke("admin", now.plusDays(2)));
    }
}
