package org.buildreg.batch;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * A job closed by the association (关闭): 旧系统数据迁移 after cut-over, when the old system is retired. Read by the
 * console (no start, no restart) and by the job's own writer (a run that started before the closing stops at its
 * next chunk), in the table {@code job_closure} through plain JDBC, as the rest of the batch side does.
 */
public record JobClosure(String jobName, LocalDateTime closedAt, String closedBy) implements Serializable {

    /** The closure of {@code jobName}, or null while it is open. */
    public static JobClosure of(Connection c, String jobName) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT closed_at, closed_by FROM job_closure WHERE job_name = ?")) {
            select.setString(1, jobName);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new JobClosure(jobName, rs.getTimestamp(1).toLocalDateTime(), rs.getString(2))
                        : null;
            }
        }
    }

    static void close(Connection c, String jobName, String by, LocalDateTime at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO job_closure (job_name, closed_at, closed_by) VALUES (?, ?, ?)")) {
            insert.setString(1, jobName);
            insert.setTimestamp(2, Timestamp.valueOf(at));
            insert.setString(3, by);
            insert.executeUpdate();
        }
    }

    static void reopen(Connection c, String jobName) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM job_closure WHERE job_name = ?")) {
            delete.setString(1, jobName);
            delete.executeUpdate();
        }
    }

    /** What the console and the refusals say: 已于 2026-12-04 20:15 由 admin 关闭. */
    public String describe() {
        return "已于 " + closedAt.toLocalDate() + " " + closedAt.toLocalTime().withSecond(0).withNano(0) + " 由 "
                + closedBy + " 关闭";
    }
}
