package org.buildreg.legacy;

import java.io.Serializable;
import java.util.List;

/**
 * One data row of an export file: its number (1 = the first row after the header), the row's text as it
 * stands in the file (for the reject report; line breaks inside quotes kept) and its fields, unquoted.
 * {@code complete} is false when the file ended inside a quoted field.
 */
public record CsvRow(long number, String raw, List<String> fields, boolean complete) implements Serializable {

    public CsvRow {
        fields = List.copyOf(fields);
    }

    public String field(int index) {
        return fields.get(index);
    }

    public int size() {
        return fields.size();
    }
}
