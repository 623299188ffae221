package org.buildreg.platform;

import java.io.Serializable;
import java.util.List;

/** One page of a list read from the database, and how many rows the whole list has. */
public record Page<T>(List<T> rows, long total) implements Serializable {
}
