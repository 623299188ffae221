package org.buildreg.legacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date forms the old system let through: {@code yyyy-M-d}, {@code yyyy-MM-dd}, {@code yyyy/M/d},
 * {@code yyyy.M.d} and {@code yyyyMMdd}. Anything else (2015年3月1日, 15-3-1) and impossible dates (2015-2-30)
 * are not guessed at: the row is rejected as DATE_FORMAT.
 */
public final class LegacyDates {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private LegacyDates() {
    }

    public static Optional<LocalDate> parse(String text) {
        String t = LegacyText.clean(text);
        if (t == null) {
            return Optional.empty();
        }
        Matcher m = SEPARATED.matcher(t);
        if (m.matches()) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        m = COMPACT.matcher(t);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
