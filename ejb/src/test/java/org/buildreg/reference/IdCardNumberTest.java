package org.buildreg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdCardNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"360426199101010071", "36042619910101008X", "150102198506150020",
            "150102200002290011"})
    void acceptsValidNumbers(String number) {
        assertTrue(IdCardNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"360426199101010070", "360426199101010072", "36042619910101007X",
            "360426199101010081", "360426199101010170"})
    void refusesWrongCheckCharacter(String number) {
        assertFalse(IdCardNumber.isValid(number));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"36042619910101007", "3604261991010100711", "360426910101007",
            "36042619910101007A", "X60426199101010071", " 360426199101010071"})
    void refusesWrongLengthOrCharacters(String number) {
        assertFalse(IdCardNumber.isValid(number));
    }

    @Test
    void isValidWantsUpperCaseX() {
        assertFalse(IdCardNumber.isValid("36042619910101008x"));
        assertTrue(IdCardNumber.isValid(IdCardNumber.normalize("36042619910101008x")));
    }

    /** The check characters below are right for their first 17 digits: only the date makes them invalid. */
    @ParameterizedTest
    @ValueSource(strings = {"360426199102300070", "360426199113010079", "150102190002290015"})
    void refusesImpossibleBirthDateEvenWithCorrectCheckCharacter(String number) {
        assertEquals(number.charAt(17), IdCardNumber.checkCharacter(number.substring(0, 17)));
        assertFalse(IdCardNumber.isValid(number));
    }

    @Test
    void readsBirthDate() {
        assertEquals(Optional.of(LocalDate.of(1991, 1, 1)), IdCardNumber.birthDate("360426199101010071"));
        assertEquals(Optional.of(LocalDate.of(1985, 6, 15)), IdCardNumber.birthDate("150102198506150020"));
        assertEquals(Optional.of(LocalDate.of(2000, 2, 29)), IdCardNumber.birthDate("150102200002290011"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"360426199102300070", "150102190002290015", "3604261991", "36042619910A010071"})
    void birthDateIsEmptyWhenNotARealDate(String number) {
        assertEquals(Optional.empty(), IdCardNumber.birthDate(number));
    }

    @ParameterizedTest
    @CsvSource({
            "360426199101010071, true",
            "36042619910101008X, false",
            "150102198506150020, false",
            "150102200002290011, true"
    })
    void seventeenthDigitGivesSex(String number, boolean male) {
        assertEquals(male, IdCardNumber.isMale(number));
    }

    @ParameterizedTest
    @CsvSource({
            "360426910101007, 360426199101010071",
            "150102850615002, 150102198506150020"
    })
    void normalizeWidensFifteenDigitNumbers(String fifteen, String eighteen) {
        String normalized = IdCardNumber.normalize(fifteen);
        assertEquals(eighteen, normalized);
        assertEquals("19", normalized.substring(6, 8));
        assertTrue(IdCardNumber.isValid(normalized));
    }

    @Test
    void normalizeTrimsAndUpperCasesEighteenDigitNumbers() {
        assertEquals("36042619910101008X", IdCardNumber.normalize(" 36042619910101008x "));
        assertEquals("360426199101010071", IdCardNumber.normalize("360426199101010071"));
        assertEquals("360426199101010071", IdCardNumber.normalize(" 360426910101007 "));
        assertNull(IdCardNumber.normalize(null));
    }

    @org.junit.jupiter.api.Test
    void theBirthDateAndGenderOnTheFormMustAgreeWithTheNumber() {
        String id = "360426199101010071"; // born 1991-01-01, 17th digit 7: a man
        java.time.LocalDate born = java.time.LocalDate.of(1991, 1, 1);
        org.junit.jupiter.api.Assertions.assertTrue(IdCardNumber.agreesWith(id, born, "男"));
        org.junit.jupiter.api.Assertions.assertFalse(IdCardNumber.agreesWith(id, born, "女"));
        org.junit.jupiter.api.Assertions.assertFalse(IdCardNumber.agreesWith(id, born.plusDays(1), "男"));
        org.junit.jupiter.api.Assertions.assertTrue(IdCardNumber.agreesWith(id, null, null), "nothing to compare");
        org.junit.jupiter.api.Assertions.assertFalse(IdCardNumber.agreesWith("360426199101010072", born, "男"));
    }
}
