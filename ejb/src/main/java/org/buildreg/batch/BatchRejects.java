package org.buildreg.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;

/**
 * The reject report of an execution: rows an import skipped, from table {@code batch_reject} (job_execution_id,
 * file_name, row_no, reason, raw_row, created_at), which the import jobs write. Paged in the database; an empty
 * report when the jobs that write it are not installed yet.
 */
final class BatchRejects {

    static final String TABLE = "batch_reject";
    static final String COUNT = "SELECT COUNT(*) FROM batch_reject WHERE job_execution_id = ?";
    static final String PAGE = "SELECT file_name, row_no, reason, raw_row FROM batch_reject"
            + " WHERE job_execution_id = ? ORDER BY file_name, row_no OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    private BatchRejects() {
    }

    static Page<RejectRow> page(Connection c, long executionId, PageRequest request) throws SQLException {
        if (!Tables.exists(c, TABLE)) {
            return new Page<>(List.of(), 0);
        }
        long total = -1;
        if (request.wantsTotal()) {
            try (PreparedStatement count = c.prepareStatement(COUNT)) {
                count.setLong(1, executionId);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        }
        List<RejectRow> rows = new ArrayList<>();
        if (request.wantsRows()) {
            try (PreparedStatement page = c.prepareStatement(PAGE)) {
                page.setLong(1, executionId);
                page.setInt(2, request.first());
                page.setInt(3, request.size());
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new RejectRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
        }
        return new Page<>(rows, total);
    }
}
