package org.buildreg.batch.legacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.buildreg.legacy.LegacyMigration;
import org.buildreg.legacy.Rejected;

/** Writes lines of the reject report (batch_reject): portable SQL, no server needed to test it. */
public final class RejectReport {

    /** A row that long is broken anyway, and its number finds it. */
    static final int RAW_LIMIT = LegacyMigration.RAW_LIMIT;

    // MERGE on the row's key: a chunk re-processed after a retry reports its rows once.
    private static final String MERGE = "MERGE INTO batch_reject r"
            + " USING (SELECT CAST(? AS NUMBER(19)) AS job_execution_id, CAST(? AS VARCHAR2(100)) AS file_name,"
            + " CAST(? AS NUMBER(10)) AS row_no FROM dual) s"
            + " ON (r.job_execution_id = s.job_execution_id AND r.file_name = s.file_name AND r.row_no = s.row_no)"
            + " WHEN NOT MATCHED THEN INSERT (id, job_execution_id, file_name, row_no, reason, raw_row, created_at)"
            + " VALUES (seq_batch_reject.NEXTVAL, s.job_execution_id, s.file_name, s.row_no, ?, ?, ?)";

    private RejectReport() {
    }

    public static void record(Connection connection, long jobExecutionId, Rejected rejected) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
            merge.setLong(1, jobExecutionId);
            merge.setString(2, rejected.fileName());
            merge.setLong(3, rejected.rowNo());
            merge.setString(4, rejected.reason().name());
            String raw = rejected.raw();
            merge.setString(5, raw.length() > RAW_LIMIT ? raw.substring(0, RAW_LIMIT) : raw);
            merge.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now()));
            merge.executeUpdate();
        }
    }
}
