package org.buildreg.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2016-4-3", "2016-04-03", "2016/4/3", "2016.4.3", "20160403", "2016-04-3",
            "２０１６-４-３", " 2016-4-3\u3000"})
    void readsEveryFormTheOldSystemWrote(String text) {
        assertEquals(Optional.of(LocalDate.of(2016, 4, 3)), LegacyDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015年13月1日", "2016年4月3日", "16-4-3", "2016-4", "2016/4-3", "2016-13-01", "2015-2-29",
            "20161301", "2016-4-3 10:00", "", "明天"})
    void rejectsOtherFormsAndImpossibleDates(String text) {
        assertTrue(LegacyDates.parse(text).isEmpty(), text);
    }

    @Test
    void acceptsALeapDay() {
        assertEquals(Optional.of(LocalDate.of(2016, 2, 29)), LegacyDates.parse("2016.2.29"));
    }
}
