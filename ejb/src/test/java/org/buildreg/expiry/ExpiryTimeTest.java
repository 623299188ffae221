package org.buildreg.expiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExpiryTimeTest {

    @Test
    void emptyMeansHalfPastOne() {
        assertEquals(ExpiryTime.DEFAULT, ExpiryTime.parse(null));
        assertEquals(ExpiryTime.DEFAULT, ExpiryTime.parse(" "));
        assertEquals("expiry-sweep@01:30", ExpiryTime.DEFAULT.timerInfo());
    }

    @Test
    void readsHoursAndMinutes() {
        ExpiryTime time = ExpiryTime.parse("2:05");
        assertEquals(2, time.hour());
        assertEquals(5, time.minute());
        assertEquals("expiry-sweep@02:05", time.timerInfo());
        assertEquals("expiry-sweep@23:45", ExpiryTime.parse("23:45").timerInfo());
    }

    @Test
    void refusesWhatIsNoTime() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExpiryTime.parse("25:00"));
        assertTrue(e.getMessage().contains("buildreg.expiry-sweep.time"));
        assertThrows(IllegalArgumentException.class, () -> ExpiryTime.parse("1.30"));
    }

    @Test
    void recognisesItsTimers() {
        assertTrue(ExpiryTime.isSweepTimer("expiry-sweep@03:00"));
        assertFalse(ExpiryTime.isSweepTimer("demo-data"));
        assertFalse(ExpiryTime.isSweepTimer(null));
    }
}
