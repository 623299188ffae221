package org.buildreg.print;

import jakarta.enterprise.context.ApplicationScoped;
import org.buildreg.platform.Refusal;

/**
 * Prints application forms (申请表) as PDF: A4, the layout's table with the declaration's values, the 申报单号, a QR
 * code to the public verification page and 第 n 页 共 N 页, in Noto Sans SC embedded as a subset so that every
 * viewer shows the Chinese. Stateless and thread-safe: inject it, or construct it in a test.
 */
@ApplicationScoped
public class FormPrinter {

    /**
     * The form as PDF bytes.
     *
     * @param number the 申报单号 printed as 编号 (null: left blank, e.g. for a draft)
     * @param verifyUrl the address the QR code points to (null: no QR code)
     * @throws UnprintableText when a value holds a character the font lacks
     * @throws IllegalArgumentException when a tick or photo names no cell of the layout, or rows joined by a
     *         rowspan outgrow a page
     */
    public byte[] print(FormLayout layout, FormValues values, String number, String verifyUrl) {
        return new FormPrinting(layout, values, number, verifyUrl, false).print();
    }

    /**
     * A form not yet submitted (草稿): the same table, 草稿 across every page, no QR code (the public page shows no
     * drafts). The caller does not seal it.
     */
    public byte[] printDraft(FormLayout layout, FormValues values, String number) {
        return new FormPrinting(layout, values, number, null, true).print();
    }

    /**
     * The characters of {@code text} the form font cannot print, each once, in order; empty when all print.
     * For business type rules: refuse such input when the form is filled in, not when it is printed.
     */
    public static String unprintable(String text) {
        EmbeddedFont font = EmbeddedFont.notoSansSc();
        StringBuilder missing = new StringBuilder();
        text.codePoints().filter(c -> c >= ' ' && c != '\t' && font.glyph(c) == 0).distinct()
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }

    /** Refuses beside {@code field} a value the 申请表 could not print as typed (a form is refused here, not at 打印). */
    public static void checkPrintable(Refusal.Collector errors, String field, String value) {
        if (value != null && !errors.hasErrorOn(field)) {
            String missing = unprintable(value);
            if (!missing.isEmpty()) {
                errors.reject(field, "含有无法打印的字符“" + missing + "”，请改用常用字");
            }
        }
    }
}
