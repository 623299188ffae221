package org.buildreg.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypesetterTest {

    private final EmbeddedFont font = EmbeddedFont.notoSansSc();

    private List<String> wrap(String text, float ems) {
        return Typesetter.wrap(font, text, ems, "test").stream().map(TextLine::toString).toList();
    }

    @Test
    void chineseBreaksBetweenAnyCharactersToFillTheLine() {
        assertEquals(List.of("一二三四五", "六七八九十", "甲乙"), wrap("一二三四五六七八九十甲乙", 5));
    }

    @Test
    void noLineStartsWithClosingPunctuationNorEndsWithOpeningPunctuation() {
        assertEquals(List.of("一二三", "四，五六", "七八"), wrap("一二三四，五六七八", 4));
        assertEquals(List.of("一二三", "（四）"), wrap("一二三（四）", 4));
        for (String line : wrap(SampleForms.PROMISE, 13)) {
            assertTrue("，。、）》".indexOf(line.charAt(0)) < 0, line);
        }
    }

    @Test
    void latinWordsBreakAtSpacesAndOnlyWhenLongerThanALineInside() {
        assertEquals(List.of("Zhang", "San"), wrap("Zhang San", 3.5f));
        List<TextLine> code = Typesetter.wrap(font, "C15020020261124000012", 5.6f, "test");
        assertTrue(code.size() > 1, "longer than the line, so broken inside");
        assertEquals("C15020020261124000012", String.join("", code.stream().map(TextLine::toString).toList()));
        for (int i = 0; i < code.size() - 1; i++) {
            float next = font.width(code.get(i + 1).glyphs[0]) / 1000f;
            assertTrue(code.get(i).width <= 5.6f && code.get(i).width + next > 5.6f, "line " + i + " is full");
        }
        assertEquals(List.of("电话", "13904710000"), wrap("电话13904710000", 6.5f));
    }

    @Test
    void newlinesBreakAndNoLineIsWiderThanAllowed() {
        assertEquals(List.of("第一行", "第二行"), wrap("第一行\n第二行", 20));
        for (TextLine line : Typesetter.wrap(font, SampleForms.PROMISE + " Zhang San 13904710000", 9.3f, "t")) {
            assertTrue(line.width <= 9.3f, line + " is " + line.width + " ems");
        }
    }

    @Test
    void blankTextHasNoLines() {
        assertEquals(List.of(), wrap("", 5));
        assertEquals(List.of(), wrap(null, 5));
    }
}
