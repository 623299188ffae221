package org.buildreg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"60003734-1", "600037341", " 60003734-1 ", "MA0N1A2B-3", "MA0N1A2B3"})
    void acceptsValidCodesWithAndWithoutHyphen(String code) {
        assertTrue(OrganizationCode.isValid(code));
    }

    @Test
    void acceptsLowerCaseLetters() {
        assertTrue(OrganizationCode.isValid("ma0n1a2b-3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"60003700-X", "60003719-X", "60003727X", "60003700-x"})
    void writesCheckValueTenAsX(String code) {
        assertTrue(OrganizationCode.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"60003705-0", "600037130"})
    void writesCheckValueElevenAsZero(String code) {
        assertTrue(OrganizationCode.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"60003734-2", "600037340", "60003734-X", "60003700-0", "60003705-X", "60003743-1"})
    void refusesWrongCheckCharacter(String code) {
        assertFalse(OrganizationCode.isValid(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"60003734", "6000373412", "60003734--1", "6000373-41", "60003734_1", "6000373#-1",
            "60003734-", "  "})
    void refusesMalformedCodes(String code) {
        assertFalse(OrganizationCode.isValid(code));
    }

    @ParameterizedTest
    @CsvSource({
            "60003734-1, 600037341",
            "600037341, 600037341",
            "ma0n1a2b-3, MA0N1A2B3",
            "' 60003734-1 ', 600037341"
    })
    void normalizesToNineCharactersWithoutHyphen(String input, String expected) {
        assertEquals(expected, OrganizationCode.normalize(input));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"6000373", "6000373-41", "60003734-12"})
    void normalizeGivesNullForOtherShapes(String input) {
        assertNull(OrganizationCode.normalize(input));
    }

    @org.junit.jupiter.api.Test
    void displayPutsTheHyphenBeforeTheCheckCharacter() {
        org.junit.jupiter.api.Assertions.assertEquals("60003734-1", OrganizationCode.display("600037341"));
        org.junit.jupiter.api.Assertions.assertEquals("60003734-1",
                OrganizationCode.display(OrganizationCode.normalize("60003734-1")));
        org.junit.jupiter.api.Assertions.assertNull(OrganizationCode.display(null));
    }
}
