package org.buildreg.expiry;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The time of day the sweep runs, from the system property {@code buildreg.expiry-sweep.time} ("HH:mm", Asia/Shanghai,
 * default 01:30). The timer's info carries it, so a changed setting is noticed at the next start.
 */
public record ExpiryTime(LocalTime time) {

    public static final String PROPERTY = "buildreg.expiry-sweep.time";
    public static final ExpiryTime DEFAULT = new ExpiryTime(LocalTime.of(1, 30));
    private static final String INFO_PREFIX = "expiry-sweep@";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("H:mm");

    /** The configured time; an empty value is the default, an unreadable one is refused with the value named. */
    public static ExpiryTime parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            return new ExpiryTime(LocalTime.parse(value.trim(), FORMAT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " must be HH:mm, not \"" + value + "\"", e);
        }
    }

    public static ExpiryTime configured() {
        return parse(System.getProperty(PROPERTY));
    }

    public int hour() {
        return time.getHour();
    }

    public int minute() {
        return time.getMinute();
    }

    /** The persistent timer's info: the same string as long as the setting stays the same. */
    public String timerInfo() {
        return INFO_PREFIX + String.format("%02d:%02d", hour(), minute());
    }

    /** Whether a timer's info names an expiry-sweep schedule (of this or another time). */
    public static boolean isSweepTimer(Object info) {
        return info instanceof String s && s.startsWith(INFO_PREFIX);
    }
}
