package org.buildreg.batch.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.buildreg.platform.DatabaseMigration;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Server;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * 旧系统数据迁移 survives being stopped and its server being killed. An export of 60,000 persons (the benchmark's
 * generator, in a series of its own numbers) is started from 批处理控制台 by the batch operator, stopped there once
 * its first chunks are in, and restarted: the restart goes on from the checkpoint, and the console shows its running
 * step's counts as they grow. In the middle of the restarted execution the server is killed (SIGKILL) and started
 * again: the console shows that execution 失败 · 服务器中断 with what its cut-off step had committed, and the
 * operator restarts it; it too goes on from its last checkpoint. Over the three executions every step reads each
 * row of its file exactly once; the data they leave equals, to the column, what the same export gives
 * uninterrupted (migrated outside the server into an empty database by the same reader, processor and writer), and
 * the reject report holds every rejected row once.
 * <p>
 * Runs last, in a failsafe execution of its own (ear pom): it kills the test domain.
 */
class CrashRecoveryIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String CONSOLE = "/admin/batch/console.xhtml";
    private static final int PERSONS = 60_000;
    /** The generated series: 企业编码 500000…, 人员编号 C…, nothing shared with the demo's sample. */
    private static final int OFFSET = 400_000;
    private static final String ENTERPRISE_CODES = "5_____";
    private static final String PERSON_NOS = "C%";
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);
    /** A step's line in the console's metrics while it runs: name, 运行中, rows read so far (not 0). */
    private static final Pattern RUNNING_STEP = Pattern.compile("[a-z-]+ 运行中 [1-9]\\d*");

    private static Path export;
    private static Map<String, Long> rowsPerStep;
    private static String uninterrupted;
    private static String uninterruptedRejects;

    @BeforeAll
    static void generateTheExportAndMigrateItUninterrupted() throws Exception {
        export = Server.importFolder().resolve("crash-export");
        LegacyExportGenerator.Written written = new LegacyExportGenerator(OFFSET, "C").write(export, PERSONS);
        rowsPerStep = Map.of("enterprises", written.enterprises(), "persons", written.persons(),
                "constructors", written.registrations(), "safety-staff", written.staff(),
                "licences", written.licences());

        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:uninterrupted;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        empty.setUser("sa");
        DatabaseMigration.migrator(empty, CrashRecoveryIT.class.getClassLoader()).migrate();
        LegacySteps.loadDivisions(empty);
        LegacySteps.run(empty, export, 1, 500);
        try (Connection c = empty.getConnection()) {
            uninterrupted = MigrationSnapshot.of(c, ENTERPRISE_CODES, PERSON_NOS);
            uninterruptedRejects = MigrationSnapshot.rejects(c, List.of(1L));
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
        assertTrue(uninterrupted.lines().count() > PERSONS, "the export migrates into many rows");
        assertTrue(uninterruptedRejects.lines().count() > 100, "the export's dirt is rejected");
    }

    @Test
    void aMigrationStoppedFromTheConsoleAndOneKilledWithItsServerEndLikeAnUninterruptedOne() throws Exception {
        browser.login("batch01", "Demo2026");
        browser.open(CONSOLE);
        browser.selectByLabel("作业", "旧系统数据迁移");
        browser.type("服务器路径", export.toString());
        long before = latestExecution();
        browser.click("启动");
        assertTrue(browser.globalMessages().contains("已启动 旧系统数据迁移"), browser.globalMessages());
        await(() -> latestExecution() > before, "the job starts");
        long first = latestExecution();

        // Stopped from the console once its first chunks of ry.csv are in.
        await(() -> committed(first, "persons") >= 1, "the first execution commits a chunk of ry.csv");
        clickOnExecution(first, "停止");
        await(() -> "STOPPED".equals(status(first)), "the first execution stops");
        String stoppedStep = stepIn(first, "STOPPED");
        assertTrue(read(first, stoppedStep) > 0 && read(first, stoppedStep) < rowsPerStep.get(stoppedStep),
                "stopped in the middle of " + stoppedStep);

        clickOnExecution(first, "重新启动");
        await(() -> latestOfInstance(first) > first, "the restart starts");
        long second = latestOfInstance(first);

        // While it runs, the console shows the running step's counts as its chunks commit (the page refreshes itself).
        browser.wait(Duration.ofSeconds(30)).until(d -> RUNNING_STEP.matcher(rowText(second)).find());

        // Killed with its server in the middle of a later step, a few chunks into it.
        await(() -> runningLaterStep(second, stoppedStep) != null, "the restart goes a few chunks past " + stoppedStep);
        Server.kill();
        Server.start();

        browser.login("batch01", "Demo2026");
        browser.open(CONSOLE);
        String interrupted = rowText(second);
        assertTrue(interrupted.contains("失败") && interrupted.contains("服务器中断"), interrupted);
        String killedStep = stepIn(second, "FAILED");
        assertTrue(interrupted.contains(killedStep + " 失败 " + read(second, killedStep)),
                "the console shows what the cut-off step committed: " + interrupted);
        showExecutions();
        browser.screenshot("crash-recovery-interrupted");
        clickOnExecution(second, "重新启动");
        await(() -> latestOfInstance(first) > second, "the second restart starts");
        long third = latestOfInstance(first);
        await(() -> "COMPLETED".equals(status(third)), "the second restart completes");
        browser.wait(Duration.ofSeconds(20)).until(d -> rowText(third).contains("已完成"));
        showExecutions();
        browser.screenshot("crash-recovery-completed");

        // From the checkpoints: over the three executions every step read each row of its file exactly once.
        for (Map.Entry<String, Long> step : rowsPerStep.entrySet()) {
            assertEquals(step.getValue(), read(first, step.getKey()) + read(second, step.getKey())
                    + read(third, step.getKey()), "rows of step " + step.getKey() + " read over the three executions");
        }
        assertTrue(read(second, killedStep) > 0, killedStep + " was cut off after committed chunks (and, by the sums"
                + " above, went on from its checkpoint)");

        // Nothing lost, nothing twice.
        try (Connection c = Database.connect()) {
            assertEquals(uninterrupted, MigrationSnapshot.of(c, ENTERPRISE_CODES, PERSON_NOS));
            assertEquals(uninterruptedRejects, MigrationSnapshot.rejects(c, List.of(first, second, third)));
        }
    }

    private static long latestExecution() {
        Object id = Database.scalar("SELECT MAX(e.jobexecid) FROM EXECUTIONINSTANCEDATA e JOIN JOBINSTANCEDATA i"
                + " ON i.jobinstanceid = e.jobinstanceid WHERE i.name = 'legacy-migration'");
        return id == null ? 0 : ((Number) id).longValue();
    }

    /** The newest execution of the job instance that {@code execution} belongs to (a restart adds one). */
    private static long latestOfInstance(long execution) {
        return ((Number) Database.scalar("SELECT MAX(jobexecid) FROM EXECUTIONINSTANCEDATA WHERE jobinstanceid ="
                + " (SELECT jobinstanceid FROM EXECUTIONINSTANCEDATA WHERE jobexecid = ?)", execution)).longValue();
    }

    private static String status(long execution) {
        return (String) Database.scalar("SELECT batchstatus FROM EXECUTIONINSTANCEDATA WHERE jobexecid = ?", execution);
    }

    /** The one step of the execution in that status. */
    private static String stepIn(long execution, String status) {
        List<Map<String, Object>> steps = Database.query("SELECT stepname FROM STEPEXECUTIONINSTANCEDATA"
                + " WHERE jobexecid = ? AND batchstatus = ?", execution, status);
        assertEquals(1, steps.size(), "steps of execution " + execution + " in " + status + ": " + steps);
        return (String) steps.get(0).get("stepname");
    }

    private static long metric(long execution, String step, String column) {
        Object value = Database.scalar("SELECT " + column + " FROM STEPEXECUTIONINSTANCEDATA"
                + " WHERE jobexecid = ? AND stepname = ?", execution, step);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Rows the step read in that execution (rejected rows included), as the job repository has it. */
    private static long read(long execution, String step) {
        return metric(execution, step, "readcount + readskipcount");
    }

    /** Chunks of the step the execution has committed so far (the repository has them only at the step's end). */
    private static long committed(long execution, String step) {
        Object value = Database.scalar("SELECT commit_count FROM batch_step_progress"
                + " WHERE job_execution_id = ? AND step_name = ?", execution, step);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A step other than {@code step} that the execution is running and has committed chunks of, or null. */
    private static String runningLaterStep(long execution, String step) {
        return (String) Database.scalar("SELECT MIN(s.stepname) FROM STEPEXECUTIONINSTANCEDATA s"
                + " JOIN batch_step_progress p ON p.job_execution_id = s.jobexecid AND p.step_name = s.stepname"
                + " WHERE s.jobexecid = ? AND s.stepname <> ? AND s.batchstatus = 'STARTED' AND p.commit_count >= 2",
                execution, step);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }

    /** The console's row of that execution (the page refreshes itself while a job runs: look it up afresh). */
    private static WebElement executionRow(long execution) {
        return browser.driver().findElements(By.cssSelector("[id$='executions_data'] > tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("td.br-execution-id")).getText().trim()
                        .equals(String.valueOf(execution)))
                .findFirst().orElseThrow(() -> new AssertionError("execution " + execution + " is not listed"));
    }

    private static void showExecutions() {
        browser.js().executeScript("document.querySelector(\"[id$='executions']\").scrollIntoView()");
    }

    /** The text of that execution's row, read again if the page's refresh replaces the row meanwhile. */
    private static String rowText(long execution) {
        return browser.wait(Duration.ofSeconds(20)).until(d -> executionRow(execution).getText());
    }

    /**
     * Clicks an action of that execution's row once the console offers it: the page refreshes itself every 2 seconds
     * while a job runs, so a new state's actions appear by themselves, and a refresh may replace the row under the
     * click.
     */
    private static void clickOnExecution(long execution, String action) {
        browser.wait(Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(d -> {
            browser.clickInRow(String.valueOf(execution), action);
            return true;
        });
    }
}
