package org.buildreg.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.buildreg.account.Module;
import org.junit.jupiter.api.Test;

class DeclarationNumberTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void moduleCityDateAndSequence() {
        assertEquals("C15010020261124" + "00000042", DeclarationNumber.of(Module.CONSTRUCTOR, "150100", DAY, 42));
        assertEquals("S15020020261124" + "00000001", DeclarationNumber.of(Module.SAFETY_STAFF, "150200", DAY, 1));
        assertEquals("L15290020261124" + "99999999",
                DeclarationNumber.of(Module.SAFETY_LICENCE, "152900", DAY, 99_999_999L));
        assertEquals("PC2026112400000043", DeclarationNumber.ofBatch(Module.CONSTRUCTOR, DAY, 43));
    }

    @Test
    void numbersOfOneModuleAndCitySortByDateThenSequence() {
        String earlier = DeclarationNumber.of(Module.CONSTRUCTOR, "150100", DAY, 99);
        String later = DeclarationNumber.of(Module.CONSTRUCTOR, "150100", DAY.plusDays(1), 1);
        String next = DeclarationNumber.of(Module.CONSTRUCTOR, "150100", DAY, 100);
        assertTrue(earlier.compareTo(later) < 0);
        assertTrue(earlier.compareTo(next) < 0);
    }

    @Test
    void refusesWhatCannotBeANumber() {
        assertThrows(IllegalArgumentException.class, () -> DeclarationNumber.of(Module.CONSTRUCTOR, "1501", DAY, 1));
        assertThrows(IllegalArgumentException.class, () -> DeclarationNumber.of(Module.CONSTRUCTOR, "150100", DAY, 0));
        assertThrows(IllegalArgumentException.class,
                () -> DeclarationNumber.of(Module.CONSTRUCTOR, "150100", DAY, 100_000_000L));
        assertThrows(IllegalArgumentException.class, () -> DeclarationNumber.of(Module.ENTERPRISE, "150100", DAY, 1));
    }

    @Test
    void batchNamesCountInChinese() {
        assertEquals("2026年11月第一批", BatchNames.next(YearMonth.of(2026, 11), 0));
        assertEquals("2026年3月第二批", BatchNames.next(YearMonth.of(2026, 3), 1));
        assertEquals("十", BatchNames.chinese(10));
        assertEquals("十二", BatchNames.chinese(12));
        assertEquals("二十", BatchNames.chinese(20));
        assertEquals("九十九", BatchNames.chinese(99));
        assertEquals("100", BatchNames.chinese(100));
    }
}
