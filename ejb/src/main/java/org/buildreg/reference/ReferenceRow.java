package org.buildreg.reference;

import java.io.Serializable;

/** One line of a reference list as the administrator reads it: code, name, and one more column. */
public record ReferenceRow(String code, String name, String detail) implements Serializable {
}
