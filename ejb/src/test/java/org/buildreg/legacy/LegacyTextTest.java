package org.buildreg.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyTextTest {

    @Test
    void foldsFullWidthDigitsAndLetters() {
        assertEquals("15010219800315123X", LegacyText.clean("１５０１０２１９８００３１５１２３Ｘ"));
        assertEquals("NMGabc", LegacyText.clean("ＮＭＧａｂｃ"));
    }

    @Test
    void trimsAsciiAndIdeographicSpaces() {
        assertEquals("150723196502195673", LegacyText.clean("  150723196502195673\u3000"));
        assertEquals("包头市", LegacyText.clean("\u3000 包头市\t"));
        assertEquals("内蒙古 建设", LegacyText.clean("内蒙古 建设"), "inner spaces stay");
        assertNull(LegacyText.cleanOrNull("\u3000  "));
    }

    @Test
    void keepsFullWidthPunctuationOfNames() {
        assertEquals("有限责任公司（自然人投资或控股）", LegacyText.clean("有限责任公司（自然人投资或控股）"));
    }

    @Test
    void splitsSpecialtyListsOnEverySeparator() {
        List<String> expected = List.of("矿业工程", "机电工程");
        assertEquals(expected, LegacyText.split("矿业工程、机电工程"));
        assertEquals(expected, LegacyText.split("矿业工程;机电工程"));
        assertEquals(expected, LegacyText.split("矿业工程，机电工程"));
        assertEquals(expected, LegacyText.split("矿业工程；机电工程"));
        assertEquals(List.of("矿业工程"), LegacyText.split(" 矿业工程、 "));
        assertEquals(List.of(), LegacyText.split(""));
    }
}
