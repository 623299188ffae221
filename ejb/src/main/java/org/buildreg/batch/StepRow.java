package org.buildreg.batch;

import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;

/** One step of an execution with its metrics (StepExecution.getMetrics()); skips are read + process + write skips. */
public record StepRow(String name, String status, String exitStatus, long read, long write, long skip, long commit,
                      long rollback, long filter) implements Serializable {

    /** The step's status in the console's words (已完成, 失败, …). */
    public String statusLabel() {
        return ExecutionRow.label(BatchStatus.valueOf(status));
    }
}
