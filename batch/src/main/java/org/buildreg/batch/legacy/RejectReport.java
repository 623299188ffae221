package org.buildreg.batch.legacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.buildreg.legacy.LegacyMigration;
import org.buildreg.legacy.Rejected;

/** Writes lines of the reject report (batch_reject): portable SQL, no server needed to test it. */
public final class RejectReport {

    /** A row that long is broken anyway, and its number finds it. */
    static final int RAW_LIMIT = LegacyMigration.RAW_LIMIT;

    // MERGE on the row's key: a chunk re-processed after a retry reports its rows once.
    private static final String MERGE = "MERGE INTO batch_reject r"
            + " USING (SELECT CAST(? AS NUMBER(19)) AS job_execution_id, CAST(? AS VARCHAR2(100 CHAR)) AS file_name,"
            + " CAST(? AS NUMBER(10)) AS row_no FROM dual) s"
            + " ON (r.job_execution_id = s.job_execution_id AND r.file_name = s.file_name AND r.row_no = s.row_no)"
            + " WHEN NOT MATCHED THEN INSERT (id, job_execution_id, file_name, row_no, reason, raw_row, created_at)"
            + " VALUES (seq_batch_reject.NEXTVAL, s.job_execution_id, s.file_name, s.row_no, ?, ?, ?)";

    private RejectReport() {
    }

    /** Reports a chunk's rejected rows, in one JDBC batch. */
    public static void record(Connection connection, long jobExecutionId, List<Rejected> rejected)
            throws SQLException {
        if (rejected.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
            for (Rejected row : rejected) {
                merge.setLong(1, jobExecutionId);
                merge.setString(2, row.fileName());
                merge.setLong(3, row.rowNo());
                merge.setString(4, row.reason().name());
                String raw = row.raw();
                merge.setString(5, raw.length() > RAW_LIMIT ? raw.substring(0, RAW_LIMIT) : raw);
                merge.setTimestamp(6, now);
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }
}
