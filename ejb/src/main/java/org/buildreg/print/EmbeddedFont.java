package org.buildreg.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The TrueType font every application form (申请表) is printed in: Noto Sans SC Regular (SIL OFL 1.1), which the
 * build downloads into this package's {@code fonts/} folder. Parsed once per JVM; immutable, so every print shares
 * it. Only the tables a subset needs are read: glyph lookup (cmap), advance widths (hmtx) and the glyph outlines
 * (loca, glyf) that {@link TrueTypeSubset} copies into each PDF.
 */
final class EmbeddedFont {

    static final String RESOURCE = "fonts/NotoSansSC_400Regular.ttf";
    static final String POSTSCRIPT_NAME = "NotoSansSC-Regular";

    private static final class Holder {
        static final EmbeddedFont NOTO_SANS_SC = load();
    }

    final byte[] data;
    final int unitsPerEm;
    final int numGlyphs;
    final int ascender;
    final int descender;
    final int capHeight;
    final int[] bbox;
    /** Byte offsets of each glyph in the file (not the glyf table), numGlyphs + 1 entries. */
    final int[] glyphOffsets;
    final int[] advances;
    /** Offset and length of each table in {@link #data}, by tag. */
    final Map<String, int[]> tables;
    private final char[] bmp;
    private final Map<Integer, Integer> supplementary;

    static EmbeddedFont notoSansSc() {
        return Holder.NOTO_SANS_SC;
    }

    private static EmbeddedFont load() {
        try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The form font " + RESOURCE + " is not on the class path: the ejb "
                        + "build downloads it (mvn -pl ejb generate-resources)");
            }
            return new EmbeddedFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    EmbeddedFont(byte[] data) {
        this.data = data;
        ByteBuffer b = ByteBuffer.wrap(data);
        tables = new HashMap<>();
        int count = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            tables.put(new String(data, at, 4, StandardCharsets.ISO_8859_1), new int[] {b.getInt(at + 8), b.getInt(at + 12)});
        }
        int head = table("head");
        unitsPerEm = b.getShort(head + 18) & 0xFFFF;
        bbox = new int[] {b.getShort(head + 36), b.getShort(head + 38), b.getShort(head + 40), b.getShort(head + 42)};
        boolean longLoca = b.getShort(head + 50) != 0;
        numGlyphs = b.getShort(table("maxp") + 4) & 0xFFFF;
        int hhea = table("hhea");
        ascender = b.getShort(hhea + 4);
        descender = b.getShort(hhea + 6);
        int metrics = b.getShort(hhea + 34) & 0xFFFF;
        int[] os2 = tables.get("OS/2");
        capHeight = os2 != null && (b.getShort(os2[0]) & 0xFFFF) >= 2 ? b.getShort(os2[0] + 88) : ascender;

        advances = new int[numGlyphs];
        int hmtx = table("hmtx");
        for (int g = 0; g < numGlyphs; g++) {
            advances[g] = b.getShort(hmtx + 4 * Math.min(g, metrics - 1)) & 0xFFFF;
        }
        glyphOffsets = new int[numGlyphs + 1];
        int loca = table("loca");
        int glyf = table("glyf");
        for (int g = 0; g <= numGlyphs; g++) {
            glyphOffsets[g] = glyf + (longLoca ? b.getInt(loca + 4 * g) : 2 * (b.getShort(loca + 2 * g) & 0xFFFF));
        }
        bmp = new char[0x10000];
        supplementary = new HashMap<>();
        readUnicodeCmap(b);
    }

    /** The glyph of a code point, or 0 (.notdef) when the font has none. */
    int glyph(int codePoint) {
        if (codePoint < 0x10000) {
            return bmp[codePoint];
        }
        return supplementary.getOrDefault(codePoint, 0);
    }

    /** Advance width of a glyph in 1/1000 of the font size, as PDF widths are given. */
    int width(int glyph) {
        return unitsPerEm == 1000 ? advances[glyph] : Math.round(advances[glyph] * 1000f / unitsPerEm);
    }

    int table(String tag) {
        int[] at = tables.get(tag);
        if (at == null) {
            throw new IllegalStateException("The form font has no " + tag + " table");
        }
        return at[0];
    }

    /** Reads the Unicode subtable: format 12 (full repertoire) when present, else format 4 (BMP). */
    private void readUnicodeCmap(ByteBuffer b) {
        int cmap = table("cmap");
        int count = b.getShort(cmap + 2) & 0xFFFF;
        int format4 = -1;
        int format12 = -1;
        for (int i = 0; i < count; i++) {
            int at = cmap + 4 + 8 * i;
            int platform = b.getShort(at) & 0xFFFF;
            int encoding = b.getShort(at + 2) & 0xFFFF;
            int sub = cmap + b.getInt(at + 4);
            int format = b.getShort(sub) & 0xFFFF;
            boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (unicode && format == 12) {
                format12 = sub;
            } else if (unicode && format == 4) {
                format4 = sub;
            }
        }
        if (format12 >= 0) {
            readFormat12(b, format12);
        } else if (format4 >= 0) {
            readFormat4(b, format4);
        } else {
            throw new IllegalStateException("The form font has no Unicode cmap");
        }
    }

    private void readFormat12(ByteBuffer b, int sub) {
        int groups = b.getInt(sub + 12);
        for (int i = 0; i < groups; i++) {
            int at = sub + 16 + 12 * i;
            int start = b.getInt(at);
            int end = b.getInt(at + 4);
            int glyph = b.getInt(at + 8);
            for (int c = start; c <= end; c++, glyph++) {
                if (glyph < numGlyphs) {
                    map(c, glyph);
                }
            }
        }
    }

    private void readFormat4(ByteBuffer b, int sub) {
        int segments = (b.getShort(sub + 6) & 0xFFFF) / 2;
        int ends = sub + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++) {
            int end = b.getShort(ends + 2 * s) & 0xFFFF;
            int start = b.getShort(starts + 2 * s) & 0xFFFF;
            int delta = b.getShort(deltas + 2 * s);
            int rangeOffset = b.getShort(rangeOffsets + 2 * s) & 0xFFFF;
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = b.getShort(at) & 0xFFFF;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }
                if (glyph < numGlyphs) {
                    map(c, glyph);
                }
            }
        }
    }

    private void map(int codePoint, int glyph) {
        if (codePoint < 0x10000) {
            bmp[codePoint] = (char) glyph;
        } else {
            supplementary.put(codePoint, glyph);
        }
    }

    @Override
    public String toString() {
        return POSTSCRIPT_NAME + " (" + numGlyphs + " glyphs, " + Arrays.toString(bbox) + ")";
    }
}
