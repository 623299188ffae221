package org.buildreg.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's reads on tables shaped like Payara's JBatch repository (the columns they use). */
class JobRepositoryQueriesTest {

    private Connection c;

    @BeforeEach
    void repository() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:jbatch_read;MODE=Oracle;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        c = dataSource.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE JOBINSTANCEDATA (jobinstanceid BIGINT PRIMARY KEY, name VARCHAR(512),"
                    + " apptag VARCHAR(512))");
            s.execute("CREATE TABLE EXECUTIONINSTANCEDATA (jobexecid BIGINT PRIMARY KEY, jobinstanceid BIGINT,"
                    + " createtime TIMESTAMP, starttime TIMESTAMP, endtime TIMESTAMP, updatetime TIMESTAMP,"
                    + " batchstatus VARCHAR(512), exitstatus VARCHAR(512))");
            s.execute("CREATE TABLE STEPEXECUTIONINSTANCEDATA (stepexecid BIGINT PRIMARY KEY, jobexecid BIGINT,"
                    + " batchstatus VARCHAR(512), exitstatus VARCHAR(512), stepname VARCHAR(512), readcount INTEGER,"
                    + " writecount INTEGER, commitcount INTEGER, rollbackcount INTEGER, readskipcount INTEGER,"
                    + " processskipcount INTEGER, filtercount INTEGER, writeskipcount INTEGER,"
                    + " starttime TIMESTAMP, endtime TIMESTAMP)");
            s.execute("INSERT INTO JOBINSTANCEDATA VALUES (1, 'reference-data-load', 'a'), (2, 'expiry-sweep', 'b')");
            s.execute("INSERT INTO EXECUTIONINSTANCEDATA VALUES"
                    + " (1, 1, NULL, '2026-11-25 09:00:00', '2026-11-25 09:00:02', NULL, 'COMPLETED', 'COMPLETED'),"
                    + " (2, 2, NULL, '2026-11-25 10:00:00', NULL, NULL, 'STARTED', NULL),"
                    + " (3, 2, NULL, '2026-11-25 11:00:00', '2026-11-25 11:00:01', NULL, 'FAILED', '服务器中断')");
            s.execute("INSERT INTO STEPEXECUTIONINSTANCEDATA VALUES"
                    + " (1, 1, 'COMPLETED', 'COMPLETED', 'divisions', 120, 118, 3, 0, 1, 1, 2, 0, NULL, NULL),"
                    + " (2, 2, 'STARTED', NULL, 'expire', 0, 0, 0, 0, 0, 0, 0, 0, NULL, NULL)");
            s.execute("CREATE TABLE batch_step_progress (job_execution_id BIGINT, step_name VARCHAR(128),"
                    + " read_count BIGINT, write_count BIGINT, skip_count BIGINT, filter_count BIGINT,"
                    + " commit_count BIGINT, updated_at TIMESTAMP)");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
        c.close();
    }

    @Test
    void pagesNewestFirstWithTheSteps() throws SQLException {
        assertTrue(JobRepositoryQueries.exists(c));
        assertEquals(3, JobRepositoryQueries.count(c));
        List<ExecutionRow> page = JobRepositoryQueries.page(c, 0, 2);
        assertEquals(List.of(3L, 2L), page.stream().map(ExecutionRow::id).toList());
        assertTrue(page.get(0).interrupted());
        assertEquals(List.of(), page.get(0).steps());
        assertEquals("expire", page.get(1).steps().get(0).name());

        ExecutionRow load = JobRepositoryQueries.page(c, 2, 2).get(0);
        assertEquals("参考数据导入", load.jobLabel());
        assertEquals(BatchStatus.COMPLETED, load.status());
        assertEquals(new StepRow("divisions", "COMPLETED", "COMPLETED", 120, 118, 2, 3, 0, 2), load.steps().get(0));
        assertEquals("已完成", load.steps().get(0).statusLabel());
        assertEquals("已完成", load.exitStatusLabel(), "the runtime's default exit status, in the console's words");
        assertEquals("服务器中断", page.get(0).exitStatusLabel(), "a job's own exit status as it is");
        assertEquals("", page.get(1).exitStatusLabel());
        assertEquals("运行中", page.get(1).steps().get(0).statusLabel());
    }

    @Test
    void aRunningStepShowsWhatItsChunksHaveCommittedAnEndedOneWhatTheRuntimeRecorded() throws SQLException {
        new StepProgress(1000, 990, 10, 0, 2).record(c, 2, "expire");
        new StepProgress(500, 500, 0, 0, 1).record(c, 1, "divisions");
        new StepProgress(1500, 1488, 12, 0, 3).record(c, 2, "expire");

        assertEquals(new StepRow("expire", "STARTED", null, 1500, 1488, 12, 3, 0, 0),
                JobRepositoryQueries.page(c, 1, 1).get(0).steps().get(0), "the newest progress of the running step");
        assertEquals(new StepRow("divisions", "COMPLETED", "COMPLETED", 120, 118, 2, 3, 0, 2),
                JobRepositoryQueries.page(c, 2, 1).get(0).steps().get(0), "an ended step: the runtime's own counts");
    }

    @Test
    void knowsWhatRunsAndWhichJobAnExecutionBelongsTo() throws SQLException {
        assertTrue(JobRepositoryQueries.anyRunning(c));
        assertEquals("expiry-sweep", JobRepositoryQueries.jobName(c, 3));
        assertNull(JobRepositoryQueries.jobName(c, 99));
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE EXECUTIONINSTANCEDATA SET batchstatus = 'COMPLETED'");
        }
        assertFalse(JobRepositoryQueries.anyRunning(c));
    }
}
