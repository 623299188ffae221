package org.buildreg.print;

import java.util.List;
import java.util.Objects;

/**
 * One cell (单元格) of an application form's table, as drawn on the paper form: a shaded label, a value filled in
 * from the declaration, a group of checkboxes, a fixed paragraph, the photo, or an opinion box for a reviewing
 * bureau's seal. Immutable; {@link #colspan(int)} and {@link #rowspan(int)} return a copy. Meant to be imported
 * statically: {@code row(label("姓名"), field("name"), label("性别"), choice("gender", "男", "女"))}.
 */
public final class Cell {

    /** SECTION and SIGNATURE are full-width rows made by {@link FormLayout.Builder}, never by a caller. */
    enum Kind { LABEL, FIELD, CHOICE, TEXT, PHOTO, OPINION, SECTION, SIGNATURE }

    final Kind kind;
    /** The field name for FIELD, CHOICE and PHOTO; null otherwise. */
    final String name;
    /** The fixed text: label, paragraph or opinion caption. */
    final String text;
    final List<String> options;
    final int colspan;
    final int rowspan;

    private Cell(Kind kind, String name, String text, List<String> options, int colspan, int rowspan) {
        if (colspan < 1 || rowspan < 1) {
            throw new IllegalArgumentException("A cell spans at least one column and one row: " + colspan + "×" + rowspan);
        }
        this.kind = kind;
        this.name = name;
        this.text = text;
        this.options = options;
        this.colspan = colspan;
        this.rowspan = rowspan;
    }

    /** A shaded label (标题格), centred, wrapped if long; {@code \n} breaks it where the paper form does. */
    public static Cell label(String text) {
        return new Cell(Kind.LABEL, null, Objects.requireNonNull(text), List.of(), 1, 1);
    }

    /** The value of field {@code name}; long values wrap and make the row taller, absent ones print blank. */
    public static Cell field(String name) {
        return field(name, 1);
    }

    public static Cell field(String name, int colspan) {
        return new Cell(Kind.FIELD, requireName(name), null, List.of(), colspan, 1);
    }

    /** Checkboxes (☑男 ☐女), drawn as boxes, ticked by {@link FormValues#tick(String, String...)}. */
    public static Cell choice(String name, String... options) {
        return choice(name, 1, options);
    }

    public static Cell choice(String name, int colspan, String... options) {
        if (options.length == 0) {
            throw new IllegalArgumentException("The choice " + name + " has no options");
        }
        return new Cell(Kind.CHOICE, requireName(name), null, List.of(options), colspan, 1);
    }

    /** A fixed paragraph of the form (e.g. the applicant's promise), wrapped to the cell. */
    public static Cell text(String paragraph, int colspan) {
        return new Cell(Kind.TEXT, null, Objects.requireNonNull(paragraph), List.of(), colspan, 1);
    }

    /** The photo (照片): a JPEG or PNG fitted into the cell, or an empty box saying 照片. */
    public static Cell photo(String name, int rowspan) {
        return new Cell(Kind.PHOTO, requireName(name), null, List.of(), 1, rowspan);
    }

    /**
     * A reviewing bureau's box (e.g. 盟市住房和城乡建设主管部门意见): its caption at the top, room to write, and
     * （公章） with 年 月 日 at the bottom right.
     */
    public static Cell opinion(String caption, int colspan) {
        return new Cell(Kind.OPINION, null, Objects.requireNonNull(caption), List.of(), colspan, 1);
    }

    static Cell fullWidth(Kind kind, String text) {
        return new Cell(kind, null, Objects.requireNonNull(text), List.of(), 1, 1);
    }

    public Cell colspan(int columns) {
        return new Cell(kind, name, text, options, columns, rowspan);
    }

    public Cell rowspan(int rows) {
        return new Cell(kind, name, text, options, colspan, rows);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A field cell needs a name");
        }
        return name;
    }

    @Override
    public String toString() {
        return kind + "(" + (name != null ? name : text) + ", " + colspan + "×" + rowspan + ")";
    }
}
