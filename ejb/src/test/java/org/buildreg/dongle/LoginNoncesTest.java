package org.buildreg.dongle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LoginNoncesTest {

    private static final LocalDateTime ISSUED = LocalDateTime.of(2026, 11, 24, 9, 0, 0);

    @Test
    void aNonceIsFreshForTwoMinutes() {
        assertTrue(LoginNonces.isFresh(ISSUED, ISSUED));
        assertTrue(LoginNonces.isFresh(ISSUED, ISSUED.plusSeconds(119)));
        assertTrue(LoginNonces.isFresh(ISSUED, ISSUED.plusMinutes(2)));
        assertFalse(LoginNonces.isFresh(ISSUED, ISSUED.plusMinutes(2).plusNanos(1_000_000)));
        assertFalse(LoginNonces.isFresh(ISSUED, ISSUED.plusMinutes(3)));
    }
}
