package org.buildreg.batch;

import jakarta.batch.runtime.BatchStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the executions and their step metrics from Payara's JBatch tables, paged in the database, newest first,
 * across all jobs. Read here rather than through {@code JobOperator}: Payara's JobOperator shows an execution only
 * to the EJB component (of the same deployment) that started it, so history started by the daily timer, by the
 * start-up load or by an earlier deployment would vanish from the console. Actions still go through JobOperator
 * ({@link BatchOperations}).
 */
final class JobRepositoryQueries {

    static final String COUNT = "SELECT COUNT(*) FROM EXECUTIONINSTANCEDATA";
    static final String PAGE = "SELECT e.jobexecid, e.jobinstanceid, i.name, e.batchstatus, e.starttime, e.endtime,"
            + " e.exitstatus FROM EXECUTIONINSTANCEDATA e JOIN JOBINSTANCEDATA i ON i.jobinstanceid = e.jobinstanceid"
            + " ORDER BY e.jobexecid DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    static final String JOB_NAME = "SELECT i.name FROM EXECUTIONINSTANCEDATA e"
            + " JOIN JOBINSTANCEDATA i ON i.jobinstanceid = e.jobinstanceid WHERE e.jobexecid = ?";
    /**
     * The steps with their metrics; a step still running shows its {@link StepProgress} (JBatch writes the metrics
     * only when the step ends).
     */
    static final String STEPS = "SELECT s.jobexecid, s.stepname, s.batchstatus, s.exitstatus, "
            + live("p.read_count", "s.readcount") + ", " + live("p.write_count", "s.writecount") + ", "
            + live("p.skip_count", "s.readskipcount + s.processskipcount + s.writeskipcount") + ", "
            + live("p.commit_count", "s.commitcount") + ", s.rollbackcount, " + live("p.filter_count", "s.filtercount")
            + " FROM STEPEXECUTIONINSTANCEDATA s LEFT JOIN batch_step_progress p"
            + " ON p.job_execution_id = s.jobexecid AND p.step_name = s.stepname"
            + " WHERE s.jobexecid BETWEEN ? AND ? ORDER BY s.stepexecid";
    static final String RUNNING = "SELECT COUNT(*) FROM EXECUTIONINSTANCEDATA"
            + " WHERE batchstatus IN ('STARTING', 'STARTED', 'STOPPING')";

    private JobRepositoryQueries() {
    }

    /** Whether the repository's tables are there (Payara creates them at the first use of batch). */
    static boolean exists(Connection c) throws SQLException {
        return Tables.exists(c, "EXECUTIONINSTANCEDATA");
    }

    static long count(Connection c) throws SQLException {
        return scalar(c, COUNT);
    }

    static boolean anyRunning(Connection c) throws SQLException {
        return scalar(c, RUNNING) > 0;
    }

    /** Whether an execution of {@code jobName} is STARTING, STARTED or STOPPING. */
    static boolean anyRunning(Connection c, String jobName) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM EXECUTIONINSTANCEDATA e"
                + " JOIN JOBINSTANCEDATA i ON i.jobinstanceid = e.jobinstanceid"
                + " WHERE i.name = ? AND e.batchstatus IN ('STARTING', 'STARTED', 'STOPPING')")) {
            count.setString(1, jobName);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** The job name of an execution; null when there is no such execution. */
    static String jobName(Connection c, long executionId) throws SQLException {
        try (PreparedStatement find = c.prepareStatement(JOB_NAME)) {
            find.setLong(1, executionId);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String live(String progress, String repository) {
        return "CASE WHEN p.step_name IS NOT NULL AND s.batchstatus IN ('STARTING', 'STARTED', 'STOPPING') THEN "
                + progress + " ELSE " + repository + " END";
    }

    /** One page of executions with their steps. */
    static List<ExecutionRow> page(Connection c, int first, int size) throws SQLException {
        record Head(long id, long instance, String job, BatchStatus status, LocalDateTime start, LocalDateTime end,
                    String exit) {
        }
        List<Head> heads = new ArrayList<>();
        try (PreparedStatement page = c.prepareStatement(PAGE)) {
            page.setInt(1, first);
            page.setInt(2, size);
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    heads.add(new Head(rs.getLong(1), rs.getLong(2), rs.getString(3), BatchStatus.valueOf(rs.getString(4)),
                            time(rs.getTimestamp(5)), time(rs.getTimestamp(6)), rs.getString(7)));
                }
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StepRow>> steps = new LinkedHashMap<>();
        try (PreparedStatement query = c.prepareStatement(STEPS)) {
            query.setLong(1, heads.get(heads.size() - 1).id());
            query.setLong(2, heads.get(0).id());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    steps.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new StepRow(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                            rs.getLong(8), rs.getLong(9), rs.getLong(10)));
                }
            }
        }
        return heads.stream().map(h -> new ExecutionRow(h.id(), h.instance(), h.job(), h.status(), h.start(), h.end(),
                h.exit(), List.copyOf(steps.getOrDefault(h.id(), Collections.emptyList())))).toList();
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement count = c.prepareStatement(sql); ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
