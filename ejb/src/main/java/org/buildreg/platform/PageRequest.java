package org.buildreg.platform;

import java.io.Serializable;

/**
 * Which page of a list to read: the first row, the page size and an optional sort column (chosen by the
 * service from its own whitelist, never pasted into a query), and whether the rows, the total or both are
 * wanted — a table asks for the total first and the rows after, so neither query runs twice.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Part part)
        implements Serializable {

    public static final int MAX_SIZE = 200;

    /** What of the page is wanted. */
    public enum Part { ROWS_AND_TOTAL, ROWS, TOTAL }

    public PageRequest {
        first = Math.max(first, 0);
        size = Math.min(Math.max(size, 1), MAX_SIZE);
        part = part == null ? Part.ROWS_AND_TOTAL : part;
    }

    public PageRequest(int first, int size, String sortField, boolean ascending) {
        this(first, size, sortField, ascending, Part.ROWS_AND_TOTAL);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true);
    }

    /** Only the number of rows the list has. */
    public static PageRequest totalOnly() {
        return new PageRequest(0, 1, null, true, Part.TOTAL);
    }

    /** The same page without its total. */
    public PageRequest rowsOnly() {
        return new PageRequest(first, size, sortField, ascending, Part.ROWS);
    }

    public boolean wantsRows() {
        return part != Part.TOTAL;
    }

    public boolean wantsTotal() {
        return part != Part.ROWS;
    }
}
