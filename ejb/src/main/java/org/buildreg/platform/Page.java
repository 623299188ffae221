package org.buildreg.platform;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;

/** One page of a list read from the database, and how many rows the whole list has. */
public record Page<T>(List<T> rows, long total) implements Serializable {

    /** {@code page} as a page of a supertype of its rows (a module's lines as the shared pages see them). */
    public static <T> Page<T> of(Page<? extends T> page) {
        return new Page<>(Collections.unmodifiableList(page.rows()), page.total());
    }
}
