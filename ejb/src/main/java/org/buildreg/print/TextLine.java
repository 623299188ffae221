package org.buildreg.print;

/**
 * One line of text ready to be drawn: its glyphs in the form font, the characters they stand for (for the PDF's
 * ToUnicode map, so text can be copied and searched), and its width at 1 pt. Immutable: lines of a layout's fixed
 * text are set once and shared by every print.
 */
final class TextLine {

    final int[] glyphs;
    final int[] codePoints;
    /** Width at a font size of 1 pt. */
    final float width;

    TextLine(int[] glyphs, int[] codePoints, float width) {
        this.glyphs = glyphs;
        this.codePoints = codePoints;
        this.width = width;
    }

    float width(float fontSize) {
        return width * fontSize;
    }

    @Override
    public String toString() {
        return new String(codePoints, 0, codePoints.length);
    }
}
