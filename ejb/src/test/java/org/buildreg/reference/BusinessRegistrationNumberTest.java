package org.buildreg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessRegistrationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"150100000001239", "150200000004568"})
    void acceptsValidNumbers(String number) {
        assertTrue(BusinessRegistrationNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"150100000001238", "150100000001230", "150200000004567", "150200000004569"})
    void refusesChangedCheckDigit(String number) {
        assertFalse(BusinessRegistrationNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"150100000002139", "151000000001239"})
    void refusesTransposedDigits(String number) {
        assertFalse(BusinessRegistrationNumber.isValid(number));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"15010000000123", "1501000000012390", "15010000000123A", "15010000000123X",
            " 150100000001239", "91110000600037341L"})
    void refusesMalformedNumbers(String number) {
        assertFalse(BusinessRegistrationNumber.isValid(number));
    }

    @ParameterizedTest
    @CsvSource({"15010000000123, 9", "15020000000456, 8"})
    void computesCheckDigitOfFirstFourteenDigits(String body, char expected) {
        assertEquals(expected, BusinessRegistrationNumber.checkDigit(body));
    }
}
