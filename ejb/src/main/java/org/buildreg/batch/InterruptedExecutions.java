package org.buildreg.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Crash recovery at start-up. A server killed in the middle of a job (kill -9, power loss) leaves its execution
 * STARTED (or STARTING / STOPPING) in the job repository, and Jakarta Batch refuses both {@code restart} (only
 * STOPPED or FAILED executions restart) and {@code abandon} (it thinks the execution still runs). Nothing in the
 * Jakarta Batch API moves such an execution on, so this class updates Payara's JBatch tables in our own datasource
 * ({@code jdbc/buildreg}, see {@code domain.sh set-batch-runtime-configuration}) directly: the execution and its
 * unfinished steps become FAILED with the exit status {@value #EXIT_STATUS} and the counts of their committed chunks
 * ({@link StepProgress}; JBatch itself writes them only when a step ends). The checkpoints stay, so
 * {@code JobOperator.restart} then goes on from the last committed chunk.
 * <p>
 * Safe only because the platform runs as a single server: when this application starts, no execution of it can
 * be running anywhere, so every execution the repository shows as running and that was created before this start
 * was cut off. Executions created after the start (a timer that fired early) are never touched. A cluster would
 * have to compare the executions' server ids instead.
 * <p>
 * All SQL that touches the JBatch tables is in this class and {@link JobRepositoryQueries}; the names are those of
 * Payara's JBatch persistence manager (no table prefix or suffix configured).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class InterruptedExecutions {

    /** The exit status of an execution marked here; the console explains it. */
    public static final String EXIT_STATUS = "服务器中断";

    static final String FIND = "SELECT jobexecid FROM EXECUTIONINSTANCEDATA"
            + " WHERE batchstatus IN ('STARTING', 'STARTED', 'STOPPING') AND createtime < ?";
    static final String MARK_EXECUTION = "UPDATE EXECUTIONINSTANCEDATA SET batchstatus = 'FAILED', exitstatus = ?,"
            + " endtime = ?, updatetime = ? WHERE jobexecid = ? AND batchstatus IN ('STARTING', 'STARTED', 'STOPPING')";
    /** The step cut off becomes FAILED with the counts its committed chunks left in {@link StepProgress}. */
    static final String MARK_STEPS = "UPDATE STEPEXECUTIONINSTANCEDATA s SET batchstatus = 'FAILED', exitstatus = ?,"
            + " endtime = ?, " + committed("readcount", "read_count") + ", " + committed("writecount", "write_count")
            + ", " + committed("processskipcount", "skip_count") + ", " + committed("filtercount", "filter_count")
            + ", " + committed("commitcount", "commit_count")
            + " WHERE jobexecid = ? AND batchstatus IN ('STARTING', 'STARTED', 'STOPPING')";

    private static String committed(String column, String progress) {
        return column + " = COALESCE((SELECT p." + progress + " FROM batch_step_progress p"
                + " WHERE p.job_execution_id = s.jobexecid AND p.step_name = s.stepname), " + column + ")";
    }

    private static final Logger LOG = Logger.getLogger(InterruptedExecutions.class.getName());

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    @PostConstruct
    void markExecutionsOfADeadServer() {
        Timestamp applicationStart = new Timestamp(System.currentTimeMillis());
        try (Connection c = dataSource.getConnection()) {
            if (!JobRepositoryQueries.exists(c)) {
                return;
            }
            List<Long> marked = mark(c, applicationStart);
            if (!marked.isEmpty()) {
                LOG.warning(() -> "Batch executions left running by a stopped server, marked FAILED (" + EXIT_STATUS
                        + ") so they can be restarted: " + marked);
            }
        } catch (SQLException e) {
            // The console still works; the operator sees the execution as running and can abandon it after a restart.
            LOG.severe(() -> "Cannot check the batch job repository for interrupted executions: " + e);
        }
    }

    /** Marks the executions running in the repository and created before {@code before}; returns their ids. */
    static List<Long> mark(Connection c, Timestamp before) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement find = c.prepareStatement(FIND)) {
                find.setTimestamp(1, before);
                try (ResultSet rs = find.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement execution = c.prepareStatement(MARK_EXECUTION);
                 PreparedStatement steps = c.prepareStatement(MARK_STEPS)) {
                for (long id : ids) {
                    execution.setString(1, EXIT_STATUS);
                    execution.setTimestamp(2, now);
                    execution.setTimestamp(3, now);
                    execution.setLong(4, id);
                    execution.executeUpdate();
                    steps.setString(1, EXIT_STATUS);
                    steps.setTimestamp(2, now);
                    steps.setLong(3, id);
                    steps.executeUpdate();
                }
            }
            c.commit();
            return ids;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}
