package org.buildreg.platform;

import java.io.Serializable;

/**
 * Which page of a list to read: the first row, the page size and an optional sort column. The column is
 * chosen by the service from its own whitelist, never pasted into a query.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        first = Math.max(first, 0);
        size = Math.min(Math.max(size, 1), MAX_SIZE);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true);
    }
}
