package org.buildreg.batch;

import java.io.Serializable;

/** One rejected row of an import (table {@code batch_reject}): the file, its row number, why, and the row as read. */
public record RejectRow(String fileName, long rowNo, String reason, String rawRow) implements Serializable {

    /** Unique within one execution's report. */
    public String key() {
        return fileName + "#" + rowNo;
    }
}
