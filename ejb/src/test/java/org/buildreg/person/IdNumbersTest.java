package org.buildreg.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdNumbersTest {

    @Test
    void keepsTheAddressCodeAndTheLastFourDigits() {
        assertEquals("360426********0071", IdNumbers.mask("360426199101010071"));
    }

    @Test
    void shortNumbersKeepFourAtTheEnd() {
        assertEquals("1234****5678", IdNumbers.mask("123456785678"));
        assertEquals("G1***4567", IdNumbers.mask("G12344567"));
        assertEquals("12***67", IdNumbers.mask("1234567"));
        assertEquals("****", IdNumbers.mask("1234"));
    }
}
