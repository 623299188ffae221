package org.buildreg.print;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The content stream of one page, written operator by operator: text as glyph indexes in the form font, lines,
 * boxes, images. Takes coordinates from the top of the page, as {@link Paper} measures, and turns them for PDF.
 * Writing the operators ourselves, rather than through iText's layout engine, is what makes a form a few
 * milliseconds (see {@code bin/bench print}).
 */
final class PageContent {

    static final String FONT = "F1";

    private byte[] buf = new byte[16 * 1024];
    private int size;

    /** One line of text in the form font ({@code hex}: its CIDs), the baseline {@code baseline} from the top. */
    void text(byte[] hex, float fontSize, float x, float baseline) {
        append("BT /").append(FONT).append(' ').number(fontSize).append(" Tf ").number(x).append(' ')
                .number(Paper.HEIGHT - baseline).append(" Td ").append(hex).append(" Tj ET\n");
    }

    /** Text drawn filled and outlined, as the title is: the one font has no bold. The render mode stays inside q/Q. */
    void boldText(byte[] hex, float fontSize, float x, float baseline) {
        append("q BT 2 Tr ").number(fontSize / 40).append(" w /").append(FONT).append(' ').number(fontSize)
                .append(" Tf ").number(x).append(' ').number(Paper.HEIGHT - baseline).append(" Td ")
                .append(hex).append(" Tj ET Q\n");
    }

    /**
     * Text across the page, turned {@code degrees} anticlockwise about its start ({@code x}, {@code y} from the top),
     * filled in {@code gray}: the 草稿 mark of an unsubmitted form.
     */
    void turnedText(byte[] hex, float fontSize, float x, float y, double degrees, float gray) {
        float cos = (float) Math.cos(Math.toRadians(degrees));
        float sin = (float) Math.sin(Math.toRadians(degrees));
        append("q ").number(gray).append(" g BT /").append(FONT).append(' ').number(fontSize).append(" Tf ")
                .number(cos).append(' ').number(sin).append(' ').number(-sin).append(' ').number(cos).append(' ')
                .number(x).append(' ').number(Paper.HEIGHT - y).append(" Tm ").append(hex).append(" Tj ET Q\n");
    }

    PageContent lineWidth(float width) {
        return number(width).append(" w\n");
    }

    PageContent fillGray(float gray) {
        return number(gray).append(" g\n");
    }

    PageContent strokeGray(float gray) {
        return number(gray).append(" G\n");
    }

    /** A rectangle path, {@code top} from the top of the page. */
    PageContent rect(float x, float top, float width, float height) {
        return number(x).append(' ').number(Paper.HEIGHT - top - height).append(' ').number(width).append(' ')
                .number(height).append(" re\n");
    }

    PageContent moveTo(float x, float y) {
        return number(x).append(' ').number(Paper.HEIGHT - y).append(" m ");
    }

    PageContent lineTo(float x, float y) {
        return number(x).append(' ').number(Paper.HEIGHT - y).append(" l ");
    }

    PageContent stroke() {
        return append("S\n");
    }

    PageContent fill() {
        return append("f\n");
    }

    /** Draws XObject {@code name} (an image or a form) scaled to the box. */
    void xObject(String name, float x, float top, float width, float height) {
        append("q ").number(width).append(" 0 0 ").number(height).append(' ').number(x).append(' ')
                .number(Paper.HEIGHT - top - height).append(" cm /").append(name).append(" Do Q\n");
    }

    /** A rectangle in PDF coordinates (y up), for drawing inside a form XObject. */
    PageContent rectUp(float x, float y, float width, float height) {
        return number(x).append(' ').number(y).append(' ').number(width).append(' ').number(height).append(" re\n");
    }

    /** Draws form XObject {@code name} at its own size, its lower left corner {@code bottom} from the top. */
    void form(String name, float x, float bottom) {
        append("q 1 0 0 1 ").number(x).append(' ').number(Paper.HEIGHT - bottom).append(" cm /").append(name)
                .append(" Do Q\n");
    }

    byte[] bytes() {
        return Arrays.copyOf(buf, size);
    }

    private PageContent append(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) s.charAt(i);
        }
        return this;
    }

    private PageContent append(char c) {
        ensure(1);
        buf[size++] = (byte) c;
        return this;
    }

    private PageContent append(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    /** At most two decimals, no exponent, no trailing zeros: what a content stream needs, without String.format. */
    private PageContent number(float value) {
        long hundredths = Math.round(value * 100.0);
        if (hundredths < 0) {
            append('-');
            hundredths = -hundredths;
        }
        append(Long.toString(hundredths / 100));
        int fraction = (int) (hundredths % 100);
        if (fraction != 0) {
            append('.').append((char) ('0' + fraction / 10));
            if (fraction % 10 != 0) {
                append((char) ('0' + fraction % 10));
            }
        }
        return this;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    @Override
    public String toString() {
        return new String(buf, 0, size, StandardCharsets.ISO_8859_1);
    }
}
