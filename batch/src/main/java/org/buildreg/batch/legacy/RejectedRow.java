package org.buildreg.batch.legacy;

import org.buildreg.legacy.Rejected;

/**
 * Thrown by a processor for a row the rules reject: the job's skip policy names this class, so the row is
 * skipped (counted in the step's skip count) and {@link RejectReportListener} writes it to the reject report.
 */
public class RejectedRow extends Exception {

    private static final long serialVersionUID = 1L;

    private final Rejected rejected;

    public RejectedRow(Rejected rejected) {
        super(rejected.fileName() + " 第" + rejected.rowNo() + "行: " + rejected.reason(), null, false, false);
        this.rejected = rejected;
    }

    public Rejected rejected() {
        return rejected;
    }
}
