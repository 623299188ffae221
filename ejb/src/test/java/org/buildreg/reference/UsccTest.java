package org.buildreg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    /** Every character a check character could conceivably be, including the ones GB 32100 leaves out. */
    private static final String ALL_UPPER_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341L", "91150100MA0N1A2B30", "91150200MA0N2C3D7F", "91150300MA0N3E4F0W"})
    void acceptsValidCodes(String code) {
        assertTrue(Uscc.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341K", "91110000600037341M", "911100006000373410", "91110000600037341Y",
            "91150100MA0N1A2B31", "91150200MA0N2C3D7E"})
    void refusesChangedCheckCharacter(String code) {
        assertFalse(Uscc.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"92110000600037341L", "91120000600037341L", "91110000600037314L"})
    void refusesChangedBodyCharacter(String code) {
        assertFalse(Uscc.isValid(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"91110000600037341", "91110000600037341L0", "600037341", "91110000600037341L "})
    void refusesWrongLength(String code) {
        assertFalse(Uscc.isValid(code));
    }

    /**
     * With a forbidden letter in the division-code part (the embedded organization code stays valid), no
     * check character at all makes the code valid: the letter itself is refused.
     */
    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void refusesForbiddenLetters(char letter) {
        String body = "91" + letter + "10000600037341";
        assertEquals(17, body.length());
        for (char check : ALL_UPPER_ALNUM.toCharArray()) {
            assertFalse(Uscc.isValid(body + check), body + check);
        }
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void refusesForbiddenLetterAsCheckCharacter(char letter) {
        assertFalse(Uscc.isValid("91110000600037341" + letter));
    }

    @Test
    void refusesCodeWhoseEmbeddedOrganizationCodeIsInvalid() {
        // "P" is the correct MOD 31 check character for this body, but 60003734-2 is not a valid organization code.
        assertFalse(Uscc.isValid("91110000600037342P"));
    }

    @Test
    void isStrictAboutCaseSoCallersMustUpperCase() {
        assertFalse(Uscc.isValid("91110000600037341l"));
        assertFalse(Uscc.isValid("91150100ma0n1a2b30"));
        assertTrue(Uscc.isValid("91150100ma0n1a2b30".toUpperCase()));
    }

    @Test
    void extractsEmbeddedOrganizationCodeWithHyphen() {
        assertEquals("60003734-1", Uscc.organizationCodeOf("91110000600037341L"));
        assertEquals("MA0N1A2B-3", Uscc.organizationCodeOf("91150100MA0N1A2B30"));
        assertEquals("MA0N3E4F-0", Uscc.organizationCodeOf("91150300MA0N3E4F0W"));
    }
}
