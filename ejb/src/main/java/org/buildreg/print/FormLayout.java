package org.buildreg.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fixed part of one business type's application form (申请表): title, form number (表号, e.g. 2-1) and the table
 * as on the paper form. Built once per business type, typically in a {@code static final} field, and shared:
 * {@link #build()} checks the table and sets all its fixed text (labels, paragraphs, options, captions) once, so a
 * print only sets the values. Immutable and thread-safe.
 *
 * <pre>{@code
 * FormLayout.titled("二级建造师延续注册申请表", "2-1")
 *     .columns(1, 2, 1, 2, 1.2)
 *     .row(label("姓名"), field("name"), label("性别"), choice("gender", "男", "女"), photo("photo", 4))
 *     .section("聘用企业情况")
 *     .signature("申请人（签字）：", "聘用企业（公章）：")
 *     .build();
 * }</pre>
 */
public final class FormLayout {

    /** A row of the table; {@code cells} are those that start in it (cells of rows above may reach into it). */
    record Row(List<Placed> cells, float minHeight) {
    }

    /** A cell with its place and its fixed text set for its width. */
    record Placed(Cell cell, int row, float x, float width, List<TextLine> lines, float[] optionX, int[] optionLine,
                  List<TextLine> optionLines) {

        float innerWidth() {
            return width - 2 * Paper.PAD_X;
        }

        int optionRows() {
            return optionLine.length == 0 ? 0 : optionLine[optionLine.length - 1] + 1;
        }
    }

    final String title;
    final String formNo;
    final TextLine heading;
    final List<Row> rows;
    final EmbeddedFont font;
    private final java.util.Set<String> fields;

    private FormLayout(Builder b) {
        fields = java.util.Set.copyOf(b.names);
        title = b.title;
        formNo = b.formNo;
        font = b.font;
        heading = Typesetter.line(font, heading(), "标题");
        rows = List.copyOf(b.rows);
    }

    /** Starts the layout of a form titled e.g. 二级建造师延续注册申请表 with form number 2-1 (null when it has none). */
    public static Builder titled(String title, String formNo) {
        return new Builder(EmbeddedFont.notoSansSc(), title, formNo);
    }

    public String title() {
        return title;
    }

    public String formNo() {
        return formNo;
    }

    /** Whether a cell of the layout is named {@code name} (values for other names would be refused). */
    public boolean hasField(String name) {
        return fields.contains(name);
    }

    /** The printed title: 二级建造师延续注册申请表（2-1）. */
    public String heading() {
        return formNo == null || formNo.isBlank() ? title : title + "（" + formNo + "）";
    }

    @Override
    public String toString() {
        return heading() + ", " + rows.size() + " rows";
    }

    /** Describes the table row by row; {@link #build()} checks that the cells fill the grid. */
    public static final class Builder {

        private final EmbeddedFont font;
        private final String title;
        private final String formNo;
        private final List<Row> rows = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        /** Left edge of each column of the current grid, and the table's right edge last. */
        private float[] edges;
        /** Per column of the current grid, the first row index not taken by a cell from a row above. */
        private int[] takenUntil;

        private Builder(EmbeddedFont font, String title, String formNo) {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("A form needs a title");
            }
            this.font = font;
            this.title = title;
            this.formNo = formNo;
        }

        /**
         * The grid of the rows that follow, as relative column widths; may be called again to change the grid
         * between rows (no cell may span rows across the change).
         */
        public Builder columns(double... widths) {
            if (widths.length == 0) {
                throw new IllegalArgumentException("A grid needs at least one column");
            }
            requireNoRowspanOpen("columns()");
            double total = Arrays.stream(widths).peek(w -> {
                if (w <= 0) {
                    throw new IllegalArgumentException("Column widths must be positive: " + Arrays.toString(widths));
                }
            }).sum();
            edges = new float[widths.length + 1];
            double at = 0;
            for (int i = 0; i < widths.length; i++) {
                edges[i] = (float) (Paper.MARGIN_X + Paper.TABLE_WIDTH * at / total);
                at += widths[i];
            }
            edges[widths.length] = Paper.MARGIN_X + Paper.TABLE_WIDTH;
            takenUntil = new int[widths.length];
            return this;
        }

        /** A row of cells, left to right, skipping columns taken by cells of rows above (rowspan). */
        public Builder row(Cell... cells) {
            if (edges == null) {
                throw new IllegalStateException("Call columns(...) before the first row of " + title);
            }
            int r = rows.size();
            List<Placed> placed = new ArrayList<>();
            float minHeight = Paper.MIN_ROW;
            int col = 0;
            for (Cell cell : cells) {
                while (col < takenUntil.length && takenUntil[col] > r) {
                    col++;
                }
                if (col + cell.colspan > takenUntil.length) {
                    throw rowError(r, cell + " does not fit: the grid has " + takenUntil.length + " columns");
                }
                for (int c = col; c < col + cell.colspan; c++) {
                    if (takenUntil[c] > r) {
                        throw rowError(r, cell + " overlaps a cell from a row above");
                    }
                    takenUntil[c] = r + cell.rowspan;
                }
                claim(cell.name);
                Placed p = place(cell, r, edges[col], edges[col + cell.colspan] - edges[col]);
                placed.add(p);
                if (cell.kind == Cell.Kind.OPINION) {
                    minHeight = Math.max(minHeight, Paper.OPINION_ROW);
                }
                col += cell.colspan;
            }
            for (int c = 0; c < takenUntil.length; c++) {
                if (takenUntil[c] <= r) {
                    throw rowError(r, "column " + (c + 1) + " of " + takenUntil.length + " is empty");
                }
            }
            rows.add(new Row(List.copyOf(placed), minHeight));
            return this;
        }

        /** A full-width shaded heading row, e.g. 聘用企业情况. */
        public Builder section(String heading) {
            requireNoRowspanOpen("section()");
            Placed p = place(Cell.fullWidth(Cell.Kind.SECTION, heading), rows.size(), Paper.MARGIN_X, Paper.TABLE_WIDTH);
            rows.add(new Row(List.of(p), Paper.SECTION_ROW));
            return this;
        }

        /**
         * A full-width row of signature or seal lines side by side, each {@code caption ____ 年 月 日}, e.g.
         * {@code signature("申请人（签字）：", "聘用企业（公章）：")}.
         */
        public Builder signature(String... captions) {
            if (captions.length == 0) {
                throw new IllegalArgumentException("signature() needs at least one caption");
            }
            requireNoRowspanOpen("signature()");
            float width = Paper.TABLE_WIDTH / captions.length;
            List<Placed> placed = new ArrayList<>();
            for (int i = 0; i < captions.length; i++) {
                placed.add(place(Cell.fullWidth(Cell.Kind.SIGNATURE, captions[i]), rows.size(),
                        Paper.MARGIN_X + i * width, width));
            }
            rows.add(new Row(List.copyOf(placed), Paper.SIGNATURE_ROW));
            return this;
        }

        public FormLayout build() {
            if (rows.isEmpty()) {
                throw new IllegalStateException(title + " has no rows");
            }
            requireNoRowspanOpen("build()");
            return new FormLayout(this);
        }

        private Placed place(Cell cell, int row, float x, float width) {
            float inner = (width - 2 * Paper.PAD_X) / Paper.BODY_SIZE;
            String where = cell.text != null ? cell.text : cell.name;
            List<TextLine> lines = switch (cell.kind) {
                case LABEL, TEXT, SECTION, OPINION -> Typesetter.wrap(font, cell.text, inner, where);
                case SIGNATURE -> List.of(Typesetter.line(font, cell.text, where));
                default -> List.of();
            };
            int n = cell.options.size();
            float[] optionX = new float[n];
            int[] optionLine = new int[n];
            List<TextLine> optionLines = new ArrayList<>();
            float at = 0;
            int line = 0;
            for (int i = 0; i < n; i++) {
                TextLine text = Typesetter.line(font, cell.options.get(i), cell.name);
                float need = Paper.BOX + Paper.BOX_GAP + text.width(Paper.BODY_SIZE);
                if (at > 0 && at + need > inner * Paper.BODY_SIZE) {
                    line++;
                    at = 0;
                }
                optionX[i] = at;
                optionLine[i] = line;
                optionLines.add(text);
                at += need + Paper.OPTION_GAP;
            }
            return new Placed(cell, row, x, width, lines, optionX, optionLine, List.copyOf(optionLines));
        }

        private void claim(String name) {
            if (name != null && !names.add(name)) {
                throw new IllegalArgumentException(title + ": the field name " + name + " is used twice");
            }
        }

        private void requireNoRowspanOpen(String what) {
            if (takenUntil != null) {
                for (int until : takenUntil) {
                    if (until > rows.size()) {
                        throw new IllegalStateException(title + ": " + what + " while a cell still spans the rows below");
                    }
                }
            }
        }

        private IllegalArgumentException rowError(int row, String message) {
            return new IllegalArgumentException(title + ", row " + (row + 1) + ": " + message);
        }
    }
}
