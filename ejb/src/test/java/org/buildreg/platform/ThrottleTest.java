package org.buildreg.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The throttle behind 绑定加密锁 and the anonymous endpoints: per key, refilled over time, bounded in keys. */
class ThrottleTest {

    private long nanos;
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    @Test
    void aKeyGetsItsTriesThenWaitsWhileOthersGoOn() {
        Throttle throttle = new Throttle(3, Duration.ofMinutes(15), 100, clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.tryAcquire("10.0.0.1"));
        }
        assertFalse(throttle.tryAcquire("10.0.0.1"));
        assertTrue(throttle.tryAcquire("10.0.0.2"), "another key has its own tries");
        nanos += Duration.ofMinutes(5).toNanos();
        assertTrue(throttle.tryAcquire("10.0.0.1"), "a third of the window gives back one try");
        assertFalse(throttle.tryAcquire("10.0.0.1"));
    }

    @Test
    void onlyFailuresCountWhenSpentByHand() {
        Throttle throttle = new Throttle(2, Duration.ofMinutes(15), 100, clock);
        assertFalse(throttle.exhausted("demoqy01"));
        assertFalse(throttle.exhausted("demoqy01"), "asking takes nothing");
        throttle.spend("demoqy01");
        throttle.spend("demoqy01");
        assertTrue(throttle.exhausted("demoqy01"));
        nanos += Duration.ofMinutes(15).toNanos();
        assertFalse(throttle.exhausted("demoqy01"));
    }

    @Test
    void manyKeysDoNotFillTheHeap() {
        Throttle throttle = new Throttle(1, Duration.ofMinutes(15), 1000, clock);
        for (int i = 0; i < 5000; i++) {
            throttle.tryAcquire("key" + i);
        }
        assertEquals(1000, throttle.size());
    }
}
