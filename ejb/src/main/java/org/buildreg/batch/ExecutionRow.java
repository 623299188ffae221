package org.buildreg.batch;

import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** One job execution as the console lists it, with its steps. */
public record ExecutionRow(long id, long instanceId, String jobName, BatchStatus status, LocalDateTime start,
                           LocalDateTime end, String exitStatus, List<StepRow> steps) implements Serializable {

    public String jobLabel() {
        return BatchJob.labelOf(jobName);
    }

    public String statusLabel() {
        return label(status);
    }

    /**
     * The exit status as the console shows it: a job's own summary as it is ("已过期：…", 服务器中断); the runtime's
     * default, the batch status's name (COMPLETED, FAILED …), in the console's words.
     */
    public String exitStatusLabel() {
        if (exitStatus == null) {
            return "";
        }
        for (BatchStatus s : BatchStatus.values()) {
            if (s.name().equals(exitStatus)) {
                return label(s);
            }
        }
        return exitStatus;
    }

    /** A job's or a step's status in the console's words. */
    static String label(BatchStatus status) {
        return switch (status) {
            case STARTING -> "启动中";
            case STARTED -> "运行中";
            case STOPPING -> "停止中";
            case STOPPED -> "已停止";
            case FAILED -> "失败";
            case COMPLETED -> "已完成";
            case ABANDONED -> "已放弃";
        };
    }

    /** Left STARTED by a server that died, marked at the next start-up (see {@link InterruptedExecutions}). */
    public boolean interrupted() {
        return InterruptedExecutions.EXIT_STATUS.equals(exitStatus);
    }

    /** Whether the job writes a reject report (the imports do). */
    public boolean rejectReport() {
        BatchJob job = BatchJob.byName(jobName);
        return job != null && job.rejectReport();
    }

    public boolean running() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    public boolean stoppable() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
    }

    /** Restart and abandon apply to a stopped or failed execution. */
    public boolean restartable() {
        return status == BatchStatus.STOPPED || status == BatchStatus.FAILED;
    }
}
