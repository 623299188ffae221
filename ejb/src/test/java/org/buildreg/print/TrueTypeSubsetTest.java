package org.buildreg.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrueTypeSubsetTest {

    private final EmbeddedFont font = EmbeddedFont.notoSansSc();

    @Test
    void holdsJustTheUsedGlyphsRenumberedInOrderOfUse() {
        int zhang = font.glyph('张');
        int san = font.glyph('三');
        ByteBuffer subset = ByteBuffer.wrap(TrueTypeSubset.of(font, new int[] {0, zhang, san}));
        Map<String, int[]> tables = directory(subset);

        assertEquals(3, subset.getShort(tables.get("maxp")[0] + 4), "numGlyphs");
        assertEquals(3, subset.getShort(tables.get("hhea")[0] + 34), "numberOfHMetrics");
        int[] glyphs = {0, zhang, san};
        int hmtx = tables.get("hmtx")[0];
        for (int i = 0; i < 3; i++) {
            byte[] copied = glyph(subset, tables, i);
            byte[] original = Arrays.copyOfRange(font.data, font.glyphOffsets[glyphs[i]], font.glyphOffsets[glyphs[i] + 1]);
            assertEquals((original.length + 3) & ~3, copied.length, "padded to 4 bytes");
            assertArrayEquals(original, Arrays.copyOf(copied, original.length));
            assertEquals(font.advances[glyphs[i]], subset.getShort(hmtx + 4 * i) & 0xFFFF);
        }
        assertTrue(subset.capacity() < 3_000, subset.capacity() + " bytes");
    }

    @Test
    void theWholeFileChecksumIsTheMagicNumber() {
        int[] glyphs = "\0二级建造师延续注册申请表".codePoints().map(font::glyph).toArray();
        ByteBuffer subset = ByteBuffer.wrap(TrueTypeSubset.of(font, glyphs));
        int sum = 0;
        for (int i = 0; i < subset.capacity(); i += 4) {
            sum += subset.getInt(i);
        }
        assertEquals(0xB1B0AFBA, sum);
    }

    @Test
    void componentsOfACompositeGlyphPointToTheirNewIndexes() {
        ByteBuffer composite = ByteBuffer.allocate(10 + 8 + 6);
        composite.putShort(0, (short) -1);
        composite.putShort(10, (short) 0x0021).putShort(12, (short) 3000).putInt(14, 0);
        composite.putShort(18, (short) 0x0000).putShort(20, (short) 4000).putShort(22, (short) 0);
        TrueTypeSubset.renumberComponents(composite, 0, Map.of(3000, 5, 4000, 6));
        assertEquals(5, composite.getShort(12));
        assertEquals(6, composite.getShort(20));
    }

    private static byte[] glyph(ByteBuffer font, Map<String, int[]> tables, int glyph) {
        boolean shortLoca = font.getShort(tables.get("head")[0] + 50) == 0;
        int loca = tables.get("loca")[0];
        int from = shortLoca ? 2 * (font.getShort(loca + 2 * glyph) & 0xFFFF) : font.getInt(loca + 4 * glyph);
        int to = shortLoca ? 2 * (font.getShort(loca + 2 * glyph + 2) & 0xFFFF) : font.getInt(loca + 4 * glyph + 4);
        int glyf = tables.get("glyf")[0];
        return Arrays.copyOfRange(font.array(), glyf + from, glyf + to);
    }

    private static Map<String, int[]> directory(ByteBuffer font) {
        Map<String, int[]> tables = new HashMap<>();
        for (int i = 0; i < font.getShort(4); i++) {
            int at = 12 + 16 * i;
            tables.put(new String(font.array(), at, 4, StandardCharsets.ISO_8859_1),
                    new int[] {font.getInt(at + 8), font.getInt(at + 12)});
        }
        return tables;
    }
}
