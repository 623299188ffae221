package org.buildreg.print;

/**
 * Text that the form font cannot draw (a rare character, an emoji): refused rather than printed with a gap,
 * since a form with a character silently missing from a name is worse than no form. Business types avoid it by
 * checking their fields with {@link FormPrinter#unprintable(String)} when the form is filled in.
 */
public class UnprintableText extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final int codePoint;

    UnprintableText(String field, int codePoint) {
        super("「" + field + "」中的字符「" + new String(Character.toChars(codePoint)) + "」("
                + String.format("U+%04X", codePoint) + ")无法打印：申请表字体中没有这个字");
        this.field = field;
        this.codePoint = codePoint;
    }

    /** The field name, or the fixed text of the layout, that holds the character. */
    public String field() {
        return field;
    }

    public int codePoint() {
        return codePoint;
    }
}
