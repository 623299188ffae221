package org.buildreg.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * 步骤进度: the counts a running chunk step has committed so far ({@code batch_step_progress}, V13). Jakarta Batch
 * writes a step's metrics into its repository only when the step ends; the jobs' progress listener counts each
 * chunk and calls {@link #record} at its end, inside the chunk's transaction, so the row always equals what is
 * committed: the console shows it while the step runs, and {@link InterruptedExecutions} copies it into a step cut
 * off by a crash.
 *
 * @param read      items read (as Jakarta Batch counts them: a row the processor rejects was read)
 * @param write     items written
 * @param skip      items skipped (rejected rows)
 * @param filter    items the processor filtered out
 * @param commit    chunks committed, this one included
 */
public record StepProgress(long read, long write, long skip, long filter, long commit) {

    static final String UPDATE = "UPDATE batch_step_progress SET read_count = ?, write_count = ?, skip_count = ?,"
            + " filter_count = ?, commit_count = ?, updated_at = ? WHERE job_execution_id = ? AND step_name = ?";
    static final String INSERT = "INSERT INTO batch_step_progress (read_count, write_count, skip_count, filter_count,"
            + " commit_count, updated_at, job_execution_id, step_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /** These counts with one more chunk committed: what it read, wrote, skipped and filtered. */
    public StepProgress plusChunk(long chunkRead, long chunkWritten, long chunkSkipped, long chunkFiltered) {
        return new StepProgress(read + chunkRead, write + chunkWritten, skip + chunkSkipped, filter + chunkFiltered,
                commit + 1);
    }

    /** Writes the step's progress (one row per execution and step, replaced at every chunk). */
    public void record(Connection c, long executionId, String step) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement update = c.prepareStatement(UPDATE)) {
            bind(update, now, executionId, step);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            bind(insert, now, executionId, step);
            insert.executeUpdate();
        }
    }

    private void bind(PreparedStatement statement, Timestamp now, long executionId, String step) throws SQLException {
        statement.setLong(1, read);
        statement.setLong(2, write);
        statement.setLong(3, skip);
        statement.setLong(4, filter);
        statement.setLong(5, commit);
        statement.setTimestamp(6, now);
        statement.setLong(7, executionId);
        statement.setString(8, step);
    }
}
