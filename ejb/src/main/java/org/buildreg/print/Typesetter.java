package org.buildreg.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks text into lines that fit a width, the way Chinese forms are set: a line may break between any two
 * Chinese characters, but not before closing punctuation (，。）…) nor after opening punctuation (（《“);
 * runs of Latin letters and digits (numbers, codes, addresses in pinyin) break at spaces, and only when one is
 * longer than the whole line, inside. {@code \n} starts a new line.
 */
final class Typesetter {

    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…%,.;:?!)]}·";
    private static final String NO_LINE_END = "（《「『“‘〔【([{";

    private Typesetter() {
    }

    /** Lines no wider than {@code maxWidth} at 1 pt (the width in pt divided by the font size). */
    static List<TextLine> wrap(EmbeddedFont font, String text, float maxWidth, String field) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        int[] cps = text.codePoints().filter(c -> c == '\n' || c >= ' ').map(c -> c == '\t' ? ' ' : c).toArray();
        int n = cps.length;
        int[] glyphs = new int[n];
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            if (cps[i] != '\n') {
                glyphs[i] = glyphOf(font, cps[i], field);
                widths[i] = font.width(glyphs[i]) / 1000f;
            }
        }
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        int lastBreak = -1;
        float width = 0;
        int i = 0;
        while (i < n) {
            if (cps[i] == '\n') {
                lines.add(line(cps, glyphs, widths, start, i));
                start = ++i;
                lastBreak = -1;
                width = 0;
                continue;
            }
            if (i > start && breakable(cps, i)) {
                lastBreak = i;
            }
            if (i > start && width + widths[i] > maxWidth) {
                int at = lastBreak > start ? lastBreak : i;
                lines.add(line(cps, glyphs, widths, start, at));
                start = at;
                while (start < i && cps[start] == ' ') {
                    start++;
                }
                lastBreak = -1;
                width = 0;
                for (int k = start; k < i; k++) {
                    width += widths[k];
                }
                if (start == i && cps[i] == ' ') {
                    start = ++i;
                }
                continue;
            }
            width += widths[i];
            i++;
        }
        if (start < n) {
            lines.add(line(cps, glyphs, widths, start, n));
        }
        return List.copyOf(lines);
    }

    /** One line, however wide: for captions and the header. */
    static TextLine line(EmbeddedFont font, String text, String field) {
        List<TextLine> lines = wrap(font, text.replace('\n', ' '), Float.MAX_VALUE, field);
        return lines.isEmpty() ? new TextLine(new int[0], new int[0], 0) : lines.get(0);
    }

    private static int glyphOf(EmbeddedFont font, int codePoint, String field) {
        int glyph = font.glyph(codePoint);
        if (glyph == 0) {
            throw new UnprintableText(field, codePoint);
        }
        return glyph;
    }

    private static boolean breakable(int[] cps, int i) {
        int before = cps[i - 1];
        int after = cps[i];
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        return before == ' ' || wide(before) || wide(after);
    }

    private static boolean wide(int c) {
        return c >= 0x2E80;
    }

    private static TextLine line(int[] cps, int[] glyphs, float[] widths, int from, int to) {
        while (to > from && cps[to - 1] == ' ') {
            to--;
        }
        float width = 0;
        for (int k = from; k < to; k++) {
            width += widths[k];
        }
        return new TextLine(Arrays.copyOfRange(glyphs, from, to), Arrays.copyOfRange(cps, from, to), width);
    }
}
