package org.buildreg.print;

import com.itextpdf.io.exceptions.IOException;
import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.exceptions.PdfException;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfResources;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.buildreg.print.FormLayout.Placed;
import org.buildreg.print.FormLayout.Row;

/**
 * One print of one form: sets the values, sizes the rows (a row grows to its tallest cell), breaks the table into
 * pages between rows (never inside a group of rows joined by a rowspan; a section heading stays with what follows
 * it, signature lines with what precedes them) and draws each page. Used once, by one thread.
 */
final class FormPrinting {

    static final String DRAFT_MARK = "草稿 未上报 不作申请依据";
    private static final float LABEL_GRAY = 0.94f;
    private static final float SECTION_GRAY = 0.88f;
    /** Where a line's baseline sits below its vertical centre, in font sizes: Chinese glyphs centre on the line. */
    private static final float BASELINE_DROP = 0.37f;
    private static final float DATE_GAP = 1.8f;

    private final FormLayout layout;
    private final FormValues values;
    private final String number;
    private final String verifyUrl;
    private final boolean draft;
    private final EmbeddedFont font;
    /** Per field cell, its value's lines. */
    private final Map<Placed, List<TextLine>> valueLines = new HashMap<>();
    private float[] heights;
    private float[] tops;
    private int[] pageOf;
    private int pages;
    private FontEmbedding embedding;

    FormPrinting(FormLayout layout, FormValues values, String number, String verifyUrl, boolean draft) {
        this.layout = layout;
        this.values = values;
        this.number = number;
        this.verifyUrl = verifyUrl;
        this.draft = draft;
        this.font = layout.font;
    }

    byte[] print() {
        checkValues();
        setValues();
        sizeRows();
        paginate();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        WriterProperties properties = new WriterProperties().setFullCompressionMode(true)
                .setCompressionLevel(CompressionConstants.DEFAULT_COMPRESSION);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, properties))) {
            pdf.getDocumentInfo().setTitle(layout.heading()).setCreator("BuildReg");
            if (number != null) {
                // Read back by the public check of an uploaded file, to name what the signature vouches for.
                pdf.getDocumentInfo().setMoreInfo(PdfSeal.NUMBER_KEY, number);
            }
            embedding = new FontEmbedding(font, pdf);
            PdfDictionary fonts = new PdfDictionary();
            fonts.put(new PdfName(PageContent.FONT), embedding.type0);
            PdfFormXObject qr = verifyUrl == null || verifyUrl.isBlank() ? null
                    : VerificationCode.of(verifyUrl, Paper.QR_SIZE, pdf);
            for (int p = 0; p < pages; p++) {
                PdfPage page = pdf.addNewPage(PageSize.A4);
                PdfResources resources = page.getResources();
                resources.getPdfObject().put(PdfName.Font, fonts);
                PageContent content = new PageContent();
                header(content, resources, p, qr);
                table(content, resources, pdf, p);
                if (draft) {
                    draftMark(content);
                }
                TextLine footer = line("第 " + (p + 1) + " 页 共 " + pages + " 页");
                text(content, footer, Paper.SMALL_SIZE, (Paper.WIDTH - footer.width(Paper.SMALL_SIZE)) / 2,
                        Paper.FOOTER_BASELINE);
                PdfStream stream = page.getContentStreamCount() > 0 ? page.getFirstContentStream()
                        : page.newContentStreamAfter();
                stream.setData(content.bytes());
            }
            embedding.finish(pdf);
        }
        return out.toByteArray();
    }

    private void checkValues() {
        Map<String, Placed> byName = new HashMap<>();
        for (Row row : layout.rows) {
            for (Placed p : row.cells()) {
                if (p.cell().name != null) {
                    byName.put(p.cell().name, p);
                }
            }
        }
        for (String name : values.tickedNames()) {
            Placed p = byName.get(name);
            if (p == null || p.cell().kind != Cell.Kind.CHOICE) {
                throw new IllegalArgumentException(layout.heading() + " has no choice " + name);
            }
            for (String option : values.ticked(name)) {
                if (!p.cell().options.contains(option)) {
                    throw new IllegalArgumentException(layout.heading() + ": the choice " + name + " has no option "
                            + option + " (it has " + p.cell().options + ")");
                }
            }
        }
        for (String name : values.photoNames()) {
            Placed p = byName.get(name);
            if (p == null || p.cell().kind != Cell.Kind.PHOTO) {
                throw new IllegalArgumentException(layout.heading() + " has no photo cell " + name);
            }
        }
    }

    private void setValues() {
        for (Row row : layout.rows) {
            for (Placed p : row.cells()) {
                if (p.cell().kind == Cell.Kind.FIELD) {
                    valueLines.put(p, Typesetter.wrap(font, values.text(p.cell().name),
                            p.innerWidth() / Paper.BODY_SIZE, p.cell().name));
                }
            }
        }
    }

    private float need(Placed p) {
        float pad = 2 * Paper.PAD_Y;
        return switch (p.cell().kind) {
            case FIELD -> valueLines.get(p).size() * Paper.LINE_HEIGHT + pad;
            case CHOICE -> p.optionRows() * Paper.LINE_HEIGHT + pad;
            case OPINION -> (p.lines().size() + 3) * Paper.LINE_HEIGHT + pad;
            case PHOTO, SIGNATURE -> 0;
            default -> p.lines().size() * Paper.LINE_HEIGHT + pad;
        };
    }

    private void sizeRows() {
        List<Row> rows = layout.rows;
        heights = new float[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            heights[r] = rows.get(r).minHeight();
            for (Placed p : rows.get(r).cells()) {
                if (p.cell().rowspan == 1) {
                    heights[r] = Math.max(heights[r], need(p));
                }
            }
        }
        for (Row row : rows) {
            for (Placed p : row.cells()) {
                int span = p.cell().rowspan;
                if (span > 1) {
                    float missing = need(p) - spanHeight(p.row(), span);
                    if (missing > 0) {
                        heights[p.row() + span - 1] += missing;
                    }
                }
            }
        }
    }

    /** Groups of rows that go onto one page together, then pages: a group that does not fit starts a new page. */
    private void paginate() {
        List<Row> rows = layout.rows;
        List<int[]> blocks = new ArrayList<>();
        for (int r = 0; r < rows.size(); ) {
            int end = r + 1;
            for (int k = r; k < end; k++) {
                for (Placed p : rows.get(k).cells()) {
                    end = Math.max(end, k + p.cell().rowspan);
                }
            }
            blocks.add(new int[] {r, end});
            r = end;
        }
        for (int i = blocks.size() - 1; i > 0; i--) {
            boolean signature = kindOf(rows, blocks.get(i)[0]) == Cell.Kind.SIGNATURE;
            boolean previousIsSection = kindOf(rows, blocks.get(i - 1)[0]) == Cell.Kind.SECTION
                    && blocks.get(i - 1)[1] - blocks.get(i - 1)[0] == 1;
            if (signature || previousIsSection) {
                blocks.get(i - 1)[1] = blocks.get(i)[1];
                blocks.remove(i);
            }
        }
        tops = new float[rows.size()];
        pageOf = new int[rows.size()];
        int page = 0;
        float y = Paper.FIRST_TABLE_TOP;
        boolean empty = true;
        for (int[] block : blocks) {
            float height = spanHeight(block[0], block[1] - block[0]);
            if (!empty && y + height > Paper.TABLE_BOTTOM) {
                page++;
                y = Paper.NEXT_TABLE_TOP;
            }
            if (y + height > Paper.TABLE_BOTTOM) {
                throw new IllegalArgumentException(layout.heading() + ": rows " + (block[0] + 1) + "–" + block[1]
                        + " are taller than a page (" + Math.round(height) + " pt); a value is too long");
            }
            for (int r = block[0]; r < block[1]; r++) {
                tops[r] = y;
                pageOf[r] = page;
                y += heights[r];
            }
            empty = false;
        }
        pages = page + 1;
    }

    private static Cell.Kind kindOf(List<Row> rows, int r) {
        return rows.get(r).cells().get(0).cell().kind;
    }

    private float spanHeight(int row, int span) {
        float h = 0;
        for (int r = row; r < row + span; r++) {
            h += heights[r];
        }
        return h;
    }

    private void header(PageContent content, PdfResources resources, int page, PdfFormXObject qr) {
        TextLine no = line("编号：" + (number == null ? "" : number));
        if (page > 0) {
            float baseline = Paper.NEXT_TABLE_TOP - 7;
            TextLine heading = line(layout.heading() + "（续）");
            text(content, heading, Paper.SMALL_SIZE, Paper.MARGIN_X, baseline);
            text(content, no, Paper.SMALL_SIZE, Paper.MARGIN_X + Paper.TABLE_WIDTH - no.width(Paper.SMALL_SIZE),
                    baseline);
            return;
        }
        float titleRoom = Paper.TABLE_WIDTH;
        if (qr != null) {
            content.form(resources.addForm(qr).getValue(), Paper.MARGIN_X, Paper.TOP + Paper.QR_SIZE);
            TextLine caption = line("扫码查验");
            text(content, caption, Paper.CAPTION_SIZE,
                    Paper.MARGIN_X + (Paper.QR_SIZE - caption.width(Paper.CAPTION_SIZE)) / 2,
                    Paper.TOP + Paper.QR_SIZE + Paper.CAPTION_SIZE);
            titleRoom = 2 * (Paper.WIDTH / 2 - Paper.MARGIN_X - Paper.QR_SIZE - 8);
        }
        TextLine title = layout.heading;
        float size = Math.min(Paper.TITLE_SIZE, titleRoom / title.width);
        content.boldText(embedding.encode(title), size, (Paper.WIDTH - title.width(size)) / 2,
                Paper.TOP + Paper.QR_SIZE / 2 + BASELINE_DROP * size);
        text(content, no, Paper.SMALL_SIZE, Paper.MARGIN_X + Paper.TABLE_WIDTH - no.width(Paper.SMALL_SIZE),
                Paper.FIRST_TABLE_TOP - 6);
    }

    private void table(PageContent content, PdfResources resources, PdfDocument pdf, int page) {
        List<Placed> cells = new ArrayList<>();
        float top = -1;
        float bottom = 0;
        for (Row row : layout.rows) {
            for (Placed p : row.cells()) {
                if (pageOf[p.row()] == page) {
                    cells.add(p);
                    top = top < 0 ? tops[p.row()] : top;
                    bottom = Math.max(bottom, tops[p.row()] + spanHeight(p.row(), p.cell().rowspan));
                }
            }
        }
        for (Placed p : cells) {
            Cell.Kind kind = p.cell().kind;
            if (kind == Cell.Kind.LABEL || kind == Cell.Kind.SECTION) {
                content.fillGray(kind == Cell.Kind.LABEL ? LABEL_GRAY : SECTION_GRAY)
                        .rect(p.x(), tops[p.row()], p.width(), spanHeight(p.row(), p.cell().rowspan)).fill();
            }
        }
        content.fillGray(0);
        for (Placed p : cells) {
            cell(content, resources, pdf, p, tops[p.row()], spanHeight(p.row(), p.cell().rowspan));
        }
        content.strokeGray(0).lineWidth(0.5f);
        for (Placed p : cells) {
            if (p.cell().kind == Cell.Kind.SIGNATURE) {
                continue;
            }
            content.rect(p.x(), tops[p.row()], p.width(), spanHeight(p.row(), p.cell().rowspan));
        }
        content.stroke().lineWidth(1.2f).rect(Paper.MARGIN_X, top, Paper.TABLE_WIDTH, bottom - top).stroke();
    }

    private void cell(PageContent content, PdfResources resources, PdfDocument pdf, Placed p, float top, float height) {
        Cell cell = p.cell();
        float left = p.x() + Paper.PAD_X;
        switch (cell.kind) {
            case LABEL, SECTION -> lines(content, p.lines(), p, top, height, true);
            case TEXT -> lines(content, p.lines(), p, top, height, false);
            case FIELD -> lines(content, valueLines.get(p), p, top, height, false);
            case CHOICE -> choice(content, p, top, height);
            case PHOTO -> photo(content, resources, pdf, p, top, height);
            case OPINION -> {
                float y = top + Paper.PAD_Y;
                for (TextLine line : p.lines()) {
                    text(content, line, Paper.BODY_SIZE, left, y + Paper.LINE_HEIGHT / 2 + BASELINE_DROP * Paper.BODY_SIZE);
                    y += Paper.LINE_HEIGHT;
                }
                float right = p.x() + p.width() - 2 * Paper.BODY_SIZE;
                float dateBaseline = top + height - Paper.PAD_Y - 6;
                TextLine seal = line("（公章）");
                float dateLeft = date(content, right, dateBaseline);
                text(content, seal, Paper.BODY_SIZE, dateLeft + (right - dateLeft - seal.width(Paper.BODY_SIZE)) / 2,
                        dateBaseline - Paper.LINE_HEIGHT * 1.4f);
            }
            case SIGNATURE -> {
                float baseline = top + height - 15;
                TextLine caption = p.lines().get(0);
                text(content, caption, Paper.BODY_SIZE, left, baseline);
                float right = p.x() + p.width() - Paper.PAD_X - Paper.BODY_SIZE;
                float dateLeft = date(content, right, baseline);
                float lineFrom = left + caption.width(Paper.BODY_SIZE) + 2;
                float lineTo = dateLeft - Paper.BODY_SIZE;
                if (lineTo > lineFrom + 10) {
                    content.lineWidth(0.5f).moveTo(lineFrom, baseline + 3).lineTo(lineTo, baseline + 3).stroke();
                }
            }
        }
    }

    /** 年  月  日 ending at {@code right}, with room to write the date; returns where it starts. */
    private float date(PageContent content, float right, float baseline) {
        float em = Paper.BODY_SIZE;
        float x = right - em;
        String[] parts = {"日", "月", "年"};
        for (String part : parts) {
            text(content, line(part), em, x, baseline);
            x -= (DATE_GAP + 1) * em;
        }
        return x + DATE_GAP * em;
    }

    private void lines(PageContent content, List<TextLine> lines, Placed p, float top, float height, boolean centred) {
        float y = top + (height - lines.size() * Paper.LINE_HEIGHT) / 2;
        for (TextLine line : lines) {
            float x = centred ? p.x() + (p.width() - line.width(Paper.BODY_SIZE)) / 2 : p.x() + Paper.PAD_X;
            text(content, line, Paper.BODY_SIZE, x, y + Paper.LINE_HEIGHT / 2 + BASELINE_DROP * Paper.BODY_SIZE);
            y += Paper.LINE_HEIGHT;
        }
    }

    /** Vector checkboxes, so that ☑ and ☐ do not depend on glyphs a font may lack. */
    private void choice(PageContent content, Placed p, float top, float height) {
        Set<String> ticked = values.ticked(p.cell().name);
        float y = top + (height - p.optionRows() * Paper.LINE_HEIGHT) / 2;
        for (int i = 0; i < p.optionLines().size(); i++) {
            float centre = y + p.optionLine()[i] * Paper.LINE_HEIGHT + Paper.LINE_HEIGHT / 2;
            float x = p.x() + Paper.PAD_X + p.optionX()[i];
            float boxTop = centre - Paper.BOX / 2 - 0.5f;
            content.lineWidth(0.6f).rect(x, boxTop, Paper.BOX, Paper.BOX).stroke();
            if (ticked.contains(p.cell().options.get(i))) {
                float b = Paper.BOX;
                content.lineWidth(1.1f).moveTo(x + 0.18f * b, boxTop + 0.5f * b).lineTo(x + 0.42f * b, boxTop + 0.76f * b)
                        .lineTo(x + 0.84f * b, boxTop + 0.2f * b).stroke();
            }
            text(content, p.optionLines().get(i), Paper.BODY_SIZE, x + Paper.BOX + Paper.BOX_GAP,
                    centre + BASELINE_DROP * Paper.BODY_SIZE);
        }
    }

    private void photo(PageContent content, PdfResources resources, PdfDocument pdf, Placed p, float top, float height) {
        byte[] bytes = values.photo(p.cell().name);
        if (bytes == null) {
            TextLine placeholder = line("照片");
            content.fillGray(0.55f);
            text(content, placeholder, Paper.BODY_SIZE, p.x() + (p.width() - placeholder.width(Paper.BODY_SIZE)) / 2,
                    top + height / 2 + BASELINE_DROP * Paper.BODY_SIZE);
            content.fillGray(0);
            return;
        }
        ImageData image;
        try {
            image = ImageDataFactory.create(bytes);
        } catch (IOException | PdfException e) {
            throw new IllegalArgumentException(layout.heading() + ": the photo " + p.cell().name
                    + " is not a readable JPEG or PNG", e);
        }
        float inset = 3;
        float boxW = p.width() - 2 * inset;
        float boxH = height - 2 * inset;
        float scale = Math.min(boxW / image.getWidth(), boxH / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        String name = resources.addImage(new PdfImageXObject(image)).getValue();
        content.xObject(name, p.x() + (p.width() - w) / 2, top + (height - h) / 2, w, h);
    }

    /** 草稿 across the page: a form not yet submitted is no application, and it carries no seal. */
    private void draftMark(PageContent content) {
        TextLine mark = line(DRAFT_MARK);
        float size = 40;
        double degrees = 35;
        float half = mark.width(size) / 2;
        float x = Paper.WIDTH / 2 - half * (float) Math.cos(Math.toRadians(degrees));
        float y = Paper.HEIGHT / 2 + half * (float) Math.sin(Math.toRadians(degrees));
        content.turnedText(embedding.encode(mark), size, x, y, degrees, 0.86f);
    }

    private TextLine line(String text) {
        return Typesetter.line(font, text, text);
    }

    private void text(PageContent content, TextLine line, float size, float x, float baseline) {
        if (line.glyphs.length > 0) {
            content.text(embedding.encode(line), size, x, baseline);
        }
    }
}
