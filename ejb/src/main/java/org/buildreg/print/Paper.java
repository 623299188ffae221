package org.buildreg.print;

/**
 * The sheet every application form is printed on: A4 portrait, in PDF points (1/72 in), measured from the top
 * left as a reader sees the page (the drawing code turns them upside down for PDF). The sizes follow the paper
 * forms: 10.5 pt (五号) for the table, 18 pt for the title.
 */
final class Paper {

    static final float WIDTH = 595.28f;
    static final float HEIGHT = 841.89f;
    static final float MARGIN_X = 50;
    static final float TABLE_WIDTH = WIDTH - 2 * MARGIN_X;
    static final float TOP = 36;
    /** The table stops here; the page number sits below. */
    static final float TABLE_BOTTOM = HEIGHT - 50;
    static final float FOOTER_BASELINE = HEIGHT - 28;

    static final float TITLE_SIZE = 18;
    static final float BODY_SIZE = 10.5f;
    static final float SMALL_SIZE = 9;
    static final float CAPTION_SIZE = 7.5f;
    static final float LEADING = 1.35f;
    static final float LINE_HEIGHT = BODY_SIZE * LEADING;

    static final float PAD_X = 5;
    static final float PAD_Y = 4;
    static final float MIN_ROW = 20;
    static final float SECTION_ROW = 20;
    static final float SIGNATURE_ROW = 46;
    static final float OPINION_ROW = 62;

    static final float BOX = 8.5f;
    static final float BOX_GAP = 3;
    static final float OPTION_GAP = 12;

    static final float QR_SIZE = 66;
    /** Where the table starts on the first page (under title, QR code and 编号) and on the next ones. */
    static final float FIRST_TABLE_TOP = TOP + QR_SIZE + 22;
    static final float NEXT_TABLE_TOP = TOP + 22;

    private Paper() {
    }
}
