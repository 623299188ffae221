package org.buildreg.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The crash-recovery SQL on tables shaped like Payara's JBatch repository (the columns it reads and writes). */
class InterruptedExecutionsTest {

    private static final Timestamp START = Timestamp.valueOf("2026-11-25 09:00:00");
    private Connection c;

    @BeforeEach
    void repository() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:jbatch;MODE=Oracle;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        c = dataSource.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE EXECUTIONINSTANCEDATA (jobexecid BIGINT PRIMARY KEY, jobinstanceid BIGINT,"
                    + " createtime TIMESTAMP, starttime TIMESTAMP, endtime TIMESTAMP, updatetime TIMESTAMP,"
                    + " batchstatus VARCHAR(512), exitstatus VARCHAR(512))");
            s.execute("CREATE TABLE STEPEXECUTIONINSTANCEDATA (stepexecid BIGINT PRIMARY KEY, jobexecid BIGINT,"
                    + " stepname VARCHAR(512), batchstatus VARCHAR(512), exitstatus VARCHAR(512), starttime TIMESTAMP,"
                    + " endtime TIMESTAMP, readcount INTEGER DEFAULT 0, writecount INTEGER DEFAULT 0,"
                    + " processskipcount INTEGER DEFAULT 0, filtercount INTEGER DEFAULT 0,"
                    + " commitcount INTEGER DEFAULT 0)");
            s.execute("CREATE TABLE batch_step_progress (job_execution_id BIGINT, step_name VARCHAR(128),"
                    + " read_count BIGINT, write_count BIGINT, skip_count BIGINT, filter_count BIGINT,"
                    + " commit_count BIGINT, updated_at TIMESTAMP)");
            s.execute("INSERT INTO EXECUTIONINSTANCEDATA VALUES (1, 1, '2026-11-24 10:00:00', NULL, NULL, NULL,"
                    + " 'COMPLETED', 'COMPLETED')");
            s.execute("INSERT INTO EXECUTIONINSTANCEDATA VALUES (2, 2, '2026-11-25 08:00:00', NULL, NULL, NULL,"
                    + " 'STARTED', NULL)");
            s.execute("INSERT INTO EXECUTIONINSTANCEDATA VALUES (3, 3, '2026-11-25 08:30:00', NULL, NULL, NULL,"
                    + " 'STARTING', NULL)");
            s.execute("INSERT INTO EXECUTIONINSTANCEDATA VALUES (4, 4, '2026-11-25 09:00:01', NULL, NULL, NULL,"
                    + " 'STARTED', NULL)");
            s.execute("INSERT INTO STEPEXECUTIONINSTANCEDATA (stepexecid, jobexecid, stepname, batchstatus, exitstatus,"
                    + " readcount, writecount, commitcount) VALUES (10, 2, 'enterprises', 'COMPLETED', 'COMPLETED',"
                    + " 60, 60, 1)");
            s.execute("INSERT INTO STEPEXECUTIONINSTANCEDATA (stepexecid, jobexecid, stepname, batchstatus)"
                    + " VALUES (11, 2, 'persons', 'STARTED')");
            s.execute("INSERT INTO STEPEXECUTIONINSTANCEDATA (stepexecid, jobexecid, stepname, batchstatus)"
                    + " VALUES (12, 3, 'persons', 'STARTING')");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
        c.close();
    }

    private String execution(long id) throws SQLException {
        return one("SELECT batchstatus || '/' || COALESCE(exitstatus, '-') FROM EXECUTIONINSTANCEDATA WHERE jobexecid = "
                + id);
    }

    private String step(long id) throws SQLException {
        return one("SELECT batchstatus || '/' || COALESCE(exitstatus, '-') FROM STEPEXECUTIONINSTANCEDATA"
                + " WHERE stepexecid = " + id);
    }

    private String one(String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void executionsLeftRunningBeforeTheStartBecomeFailedWithTheNote() throws SQLException {
        List<Long> marked = InterruptedExecutions.mark(c, START);

        assertEquals(List.of(2L, 3L), marked.stream().sorted().toList());
        assertEquals("FAILED/服务器中断", execution(2));
        assertEquals("FAILED/服务器中断", execution(3));
        assertEquals("COMPLETED/COMPLETED", execution(1));
        assertEquals("STARTED/-", execution(4), "started after this application start: left alone");
        assertEquals("FAILED/服务器中断", step(11));
        assertEquals("COMPLETED/COMPLETED", step(10), "a finished step keeps its status: restart skips it");
    }

    @Test
    void aStepCutOffKeepsTheCountsOfItsCommittedChunks() throws SQLException {
        new StepProgress(1500, 1480, 20, 0, 3).record(c, 2, "persons");
        new StepProgress(500, 500, 0, 0, 1).record(c, 2, "enterprises");
        InterruptedExecutions.mark(c, START);

        assertEquals("1500/1480/20/0/3", counts(11), "what its three committed chunks read, wrote and skipped");
        assertEquals("60/60/0/0/1", counts(10), "a finished step keeps the runtime's counts");
        assertEquals("0/0/0/0/0", counts(12), "a step without a committed chunk");
    }

    private String counts(long step) throws SQLException {
        return one("SELECT readcount || '/' || writecount || '/' || processskipcount || '/' || filtercount || '/'"
                + " || commitcount FROM STEPEXECUTIONINSTANCEDATA WHERE stepexecid = " + step);
    }

    @Test
    void aSecondStartFindsNothing() throws SQLException {
        InterruptedExecutions.mark(c, START);
        assertEquals(List.of(), InterruptedExecutions.mark(c, START));
    }
}
