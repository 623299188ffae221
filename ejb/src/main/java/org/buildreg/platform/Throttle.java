package org.buildreg.platform;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code capacity} tries per key within {@code period}, refilled gradually (a token bucket of Bucket4j per
 * key). The keys held are bounded: past {@code maxKeys} the least recently used bucket is dropped, so that whoever
 * sends many keys (addresses, certificates) cannot fill the heap. Local to this server for now.
 */
public final class Throttle {

    private final long capacity;
    private final Duration period;
    private final TimeMeter clock;
    private final Map<String, Bucket> buckets;

    public Throttle(long capacity, Duration period, int maxKeys) {
        this(capacity, period, maxKeys, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With the clock given, for tests. */
    public Throttle(long capacity, Duration period, int maxKeys, TimeMeter clock) {
        this.capacity = capacity;
        this.period = period;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one try for {@code key}; false when its tries are used up for now. */
    public boolean tryAcquire(String key) {
        return bucket(key).tryConsume(1);
    }

    /** Whether {@code key} has no tries left now, taking none (for counting failures only: see {@link #spend}). */
    public boolean exhausted(String key) {
        return bucket(key).getAvailableTokens() <= 0;
    }

    /** Uses up one try of {@code key} (a failure). */
    public void spend(String key) {
        bucket(key).tryConsume(1);
    }

    private Bucket bucket(String key) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key == null ? "" : key, k -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                    .withCustomTimePrecision(clock).build());
        }
    }

    /** How many keys are held now. */
    public int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}
