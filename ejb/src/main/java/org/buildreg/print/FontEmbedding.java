package org.buildreg.print;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The form font inside one PDF. Each glyph the pages draw gets the next CID (1, 2, …) and, once the pages are
 * drawn, the font is written as a Type0 / CIDFontType2 font (Identity-H, CID = glyph index of a
 * {@link TrueTypeSubset} holding just those glyphs in that order), with widths, a ToUnicode map and the usual
 * six-letter subset tag. Numbering per document keeps the embedded font as small as the glyphs it holds. One per
 * document, not thread-safe.
 */
final class FontEmbedding {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final EmbeddedFont font;
    /** Per glyph of the font, its CID in this document; 0 while unused. */
    private final int[] cidOf;
    /** Per CID, the font's glyph and the character drawn with it; CID 0 is .notdef. */
    private int[] glyphOf = new int[256];
    private int[] unicodeOf = new int[256];
    private int count = 1;
    final PdfDictionary type0;

    FontEmbedding(EmbeddedFont font, PdfDocument pdf) {
        this.font = font;
        cidOf = new int[font.numGlyphs];
        type0 = new PdfDictionary();
        type0.makeIndirect(pdf);
    }

    /** The line as a PDF hex string of CIDs, {@code <0001000A…>}. */
    byte[] encode(TextLine line) {
        byte[] hex = new byte[line.glyphs.length * 4 + 2];
        hex[0] = '<';
        for (int i = 0; i < line.glyphs.length; i++) {
            int cid = cid(line.glyphs[i], line.codePoints[i]);
            hex[1 + 4 * i] = HEX[(cid >> 12) & 0xF];
            hex[2 + 4 * i] = HEX[(cid >> 8) & 0xF];
            hex[3 + 4 * i] = HEX[(cid >> 4) & 0xF];
            hex[4 + 4 * i] = HEX[cid & 0xF];
        }
        hex[hex.length - 1] = '>';
        return hex;
    }

    private int cid(int glyph, int codePoint) {
        int cid = cidOf[glyph];
        if (cid == 0) {
            if (count == glyphOf.length) {
                glyphOf = Arrays.copyOf(glyphOf, count * 2);
                unicodeOf = Arrays.copyOf(unicodeOf, count * 2);
            }
            cid = count++;
            cidOf[glyph] = cid;
            glyphOf[cid] = glyph;
            unicodeOf[cid] = codePoint;
        }
        return cid;
    }

    /** Fills in the font objects; call after the last page is drawn. */
    void finish(PdfDocument pdf) {
        int[] glyphs = Arrays.copyOf(glyphOf, count);
        PdfName name = new PdfName(subsetTag(glyphs) + "+" + EmbeddedFont.POSTSCRIPT_NAME);
        byte[] subset = TrueTypeSubset.of(font, glyphs);
        PdfStream fontFile = new PdfStream(subset);
        fontFile.put(PdfName.Length1, new PdfNumber(subset.length));
        fontFile.makeIndirect(pdf);

        PdfDictionary descriptor = new PdfDictionary();
        descriptor.put(PdfName.Type, PdfName.FontDescriptor);
        descriptor.put(PdfName.FontName, name);
        descriptor.put(PdfName.Flags, new PdfNumber(4));
        descriptor.put(PdfName.FontBBox, new PdfArray(new int[] {
                scaled(font.bbox[0]), scaled(font.bbox[1]), scaled(font.bbox[2]), scaled(font.bbox[3])}));
        descriptor.put(PdfName.ItalicAngle, new PdfNumber(0));
        descriptor.put(PdfName.Ascent, new PdfNumber(scaled(font.ascender)));
        descriptor.put(PdfName.Descent, new PdfNumber(scaled(font.descender)));
        descriptor.put(PdfName.CapHeight, new PdfNumber(scaled(font.capHeight)));
        descriptor.put(PdfName.StemV, new PdfNumber(80));
        descriptor.put(PdfName.FontFile2, fontFile);
        descriptor.makeIndirect(pdf);

        PdfDictionary systemInfo = new PdfDictionary();
        systemInfo.put(PdfName.Registry, new PdfString("Adobe"));
        systemInfo.put(PdfName.Ordering, new PdfString("Identity"));
        systemInfo.put(PdfName.Supplement, new PdfNumber(0));
        PdfDictionary cidFont = new PdfDictionary();
        cidFont.put(PdfName.Type, PdfName.Font);
        cidFont.put(PdfName.Subtype, PdfName.CIDFontType2);
        cidFont.put(PdfName.BaseFont, name);
        cidFont.put(PdfName.CIDSystemInfo, systemInfo);
        cidFont.put(PdfName.FontDescriptor, descriptor);
        cidFont.put(PdfName.DW, new PdfNumber(1000));
        cidFont.put(PdfName.W, widths());
        cidFont.put(PdfName.CIDToGIDMap, PdfName.Identity);
        cidFont.makeIndirect(pdf);

        PdfStream toUnicode = new PdfStream(toUnicode());
        toUnicode.makeIndirect(pdf);
        type0.put(PdfName.Type, PdfName.Font);
        type0.put(PdfName.Subtype, PdfName.Type0);
        type0.put(PdfName.BaseFont, name);
        type0.put(PdfName.Encoding, PdfName.IdentityH);
        type0.put(PdfName.DescendantFonts, new PdfArray(cidFont));
        type0.put(PdfName.ToUnicode, toUnicode);
    }

    /** Widths of the glyphs not 1000 units wide (Latin letters, digits, some punctuation): ideographs take DW. */
    private PdfArray widths() {
        PdfArray w = new PdfArray();
        for (int cid = 1; cid < count; cid++) {
            int width = font.width(glyphOf[cid]);
            if (width != 1000) {
                w.add(new PdfNumber(cid));
                w.add(new PdfArray(new int[] {width}));
            }
        }
        return w;
    }

    private byte[] toUnicode() {
        StringBuilder map = new StringBuilder(count * 16 + 512);
        map.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int from = 1; from < count; from += 100) {
            int to = Math.min(count, from + 100);
            map.append(to - from).append(" beginbfchar\n");
            for (int cid = from; cid < to; cid++) {
                map.append('<');
                hex4(map, cid);
                map.append("> <");
                for (char c : Character.toChars(unicodeOf[cid])) {
                    hex4(map, c);
                }
                map.append(">\n");
            }
            map.append("endbfchar\n");
        }
        map.append("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n");
        return map.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Six capital letters derived from the glyphs, so the same form gives the same PDF. */
    private static String subsetTag(int[] glyphs) {
        long h = Arrays.hashCode(glyphs) & 0xFFFFFFFFL;
        char[] tag = new char[6];
        for (int i = 0; i < 6; i++) {
            tag[i] = (char) ('A' + h % 26);
            h /= 26;
        }
        return new String(tag);
    }

    private int scaled(int units) {
        return Math.round(units * 1000f / font.unitsPerEm);
    }

    private static void hex4(StringBuilder out, int v) {
        out.append((char) HEX[(v >> 12) & 0xF]).append((char) HEX[(v >> 8) & 0xF])
                .append((char) HEX[(v >> 4) & 0xF]).append((char) HEX[v & 0xF]);
    }
}
