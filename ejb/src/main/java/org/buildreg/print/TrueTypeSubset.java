package org.buildreg.print;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the font file embedded in one PDF: only the glyphs the form draws, renumbered in the order the
 * document first used them (glyph i of the subset is CID i of {@link FontEmbedding}), plus the glyphs composite
 * glyphs are made of. No cmap and no layout tables: a PDF viewer reaches glyphs by index. iText's own subsetter
 * keeps every glyph index (and so loca and hmtx entries for all 30,000 of them) and takes longer; this is what
 * makes a form ~40 KB.
 */
final class TrueTypeSubset {

    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    /** Written in tag order, as the table directory must be sorted. */
    private static final String[] TABLES = {"glyf", "head", "hhea", "hmtx", "loca", "maxp", "post"};

    private TrueTypeSubset() {
    }

    /** The subset font whose glyph i is the font's glyph {@code glyphs[i]}; {@code glyphs[0]} is .notdef (0). */
    static byte[] of(EmbeddedFont font, int[] glyphs) {
        Map<Integer, Integer> newIndex = new HashMap<>();
        for (int i = 0; i < glyphs.length; i++) {
            newIndex.put(glyphs[i], i);
        }
        int[] all = withComponents(font, glyphs, newIndex);
        int count = all.length;
        int[] offsets = font.glyphOffsets;
        int glyfLength = 0;
        for (int g : all) {
            glyfLength += padded(offsets[g + 1] - offsets[g]);
        }
        ByteBuffer glyf = ByteBuffer.allocate(glyfLength);
        ByteBuffer loca = ByteBuffer.allocate((count + 1) * 4);
        ByteBuffer hmtx = ByteBuffer.allocate(count * 4);
        ByteBuffer source = ByteBuffer.wrap(font.data);
        int hmtxAt = font.table("hmtx");
        int metrics = source.getShort(font.table("hhea") + 34) & 0xFFFF;
        for (int g : all) {
            loca.putInt(glyf.position());
            int start = offsets[g];
            int length = offsets[g + 1] - start;
            int at = glyf.position();
            glyf.put(font.data, start, length).position(at + padded(length));
            if (length >= 10 && source.getShort(start) < 0) {
                renumberComponents(glyf, at, newIndex);
            }
            int lsb = g < metrics ? hmtxAt + 4 * g + 2 : hmtxAt + 4 * metrics + 2 * (g - metrics);
            hmtx.putShort((short) font.advances[g]).put(font.data, lsb, 2);
        }
        loca.putInt(glyf.position());

        ByteBuffer head = copy(font, "head");
        head.putInt(8, 0).putShort(50, (short) 1);
        ByteBuffer hhea = copy(font, "hhea").putShort(34, (short) count);
        ByteBuffer maxp = copy(font, "maxp").putShort(4, (short) count);
        ByteBuffer post = ByteBuffer.allocate(32).putInt(0, 0x00030000);
        return assemble(glyf.array(), head.array(), hhea.array(), hmtx.array(), loca.array(), maxp.array(),
                post.array());
    }

    /** The glyphs, then the components of composite glyphs not among them (each given the next new index). */
    private static int[] withComponents(EmbeddedFont font, int[] glyphs, Map<Integer, Integer> newIndex) {
        ByteBuffer b = ByteBuffer.wrap(font.data);
        int[] all = glyphs.clone();
        int count = all.length;
        for (int i = 0; i < count; i++) {
            int start = font.glyphOffsets[all[i]];
            if (font.glyphOffsets[all[i] + 1] - start < 10 || b.getShort(start) >= 0) {
                continue;
            }
            for (int p = start + 10, flags = MORE_COMPONENTS; (flags & MORE_COMPONENTS) != 0; p = next(p, flags)) {
                flags = b.getShort(p) & 0xFFFF;
                int component = b.getShort(p + 2) & 0xFFFF;
                if (!newIndex.containsKey(component)) {
                    if (count == all.length) {
                        all = Arrays.copyOf(all, count * 2);
                    }
                    newIndex.put(component, count);
                    all[count++] = component;
                }
            }
        }
        return Arrays.copyOf(all, count);
    }

    /** Points the components of the composite glyph at {@code at} to their indexes in the subset. */
    static void renumberComponents(ByteBuffer glyf, int at, Map<Integer, Integer> newIndex) {
        for (int p = at + 10, flags = MORE_COMPONENTS; (flags & MORE_COMPONENTS) != 0; p = next(p, flags)) {
            flags = glyf.getShort(p) & 0xFFFF;
            glyf.putShort(p + 2, newIndex.get(glyf.getShort(p + 2) & 0xFFFF).shortValue());
        }
    }

    /** The offset of the component after the one at {@code p} with these flags. */
    private static int next(int p, int flags) {
        p += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
        if ((flags & WE_HAVE_A_SCALE) != 0) {
            p += 2;
        } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
            p += 4;
        } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
            p += 8;
        }
        return p;
    }

    private static ByteBuffer copy(EmbeddedFont font, String tag) {
        int[] table = font.tables.get(tag);
        return ByteBuffer.wrap(Arrays.copyOfRange(font.data, table[0], table[0] + table[1]));
    }

    /** The sfnt file: directory, then each table 4-byte aligned, then head's whole-file checksum adjustment. */
    private static byte[] assemble(byte[]... tables) {
        int n = tables.length;
        int size = 12 + 16 * n;
        for (byte[] t : tables) {
            size += padded(t.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(n);
        out.putInt(0x00010000).putShort((short) n).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) ((n - power) * 16));
        int offset = 12 + 16 * n;
        int headOffset = 0;
        for (int i = 0; i < n; i++) {
            out.put(TABLES[i].getBytes(StandardCharsets.ISO_8859_1))
                    .putInt(checksum(ByteBuffer.wrap(Arrays.copyOf(tables[i], padded(tables[i].length)))))
                    .putInt(offset).putInt(tables[i].length);
            if (TABLES[i].equals("head")) {
                headOffset = offset;
            }
            offset += padded(tables[i].length);
        }
        for (byte[] t : tables) {
            out.put(t).position(out.position() + padded(t.length) - t.length);
        }
        out.putInt(headOffset + 8, 0xB1B0AFBA - checksum(out.rewind()));
        return out.array();
    }

    /** The sum of the big-endian 32-bit words of a buffer whose length is a multiple of 4. */
    private static int checksum(ByteBuffer b) {
        int sum = 0;
        for (int i = 0; i < b.capacity(); i += 4) {
            sum += b.getInt(i);
        }
        return sum;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
