package org.buildreg.batch.legacy;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.buildreg.batch.BatchOperations;
import org.buildreg.platform.PlatformStatus;

/**
 * Demo mode only: migrates the sample of the old system's export bundled with the platform through the real
 * legacy-migration job (then its exam passes through exam-results-import, then the expiry sweep), once, on a
 * database that has no migrated enterprise yet — so a newcomer sees real-looking enterprises, persons and
 * certificates, on /verify too.
 * The platform is ready (/ready) once it has finished.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class LegacyDemoMigration {

    private static final Logger LOG = Logger.getLogger(LegacyDemoMigration.class.getName());
    private static final long WAIT_MILLIS = 300_000;

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;
    @Resource
    private TimerService timers;
    @EJB
    private PlatformStatus status;
    @EJB
    private BatchOperations operations;

    @PostConstruct
    void schedule() {
        if (Boolean.getBoolean("buildreg.demo")) {
            timers.createSingleActionTimer(3_000, new TimerConfig("legacy-demo-migration", false));
        }
    }

    @Timeout
    void migrateOnce() {
        try {
            if (!status.isReferenceDataSettled() || !status.isDemoDataSettled()) {
                // The divisions are loaded by their own job first; the 盟市 of the export are matched against them.
                // The demo's own certificates must be there too: the sweep below reminds of theirs.
                timers.createSingleActionTimer(2_000, new TimerConfig("legacy-demo-migration", false));
                return;
            }
            if (count("SELECT COUNT(*) FROM enterprise WHERE legacy_code IS NOT NULL") == 0) {
                run("legacy-migration", "export");
                run("exam-results-import", "file");
                // What the old system left 有效 past its date becomes 已过期, and 个人中心 shows the reminders of what
                // runs out soon, as after the daily sweep.
                run("expiry-sweep", null);
            }
        } catch (RuntimeException | SQLException e) {
            LOG.severe("The demo's legacy migration failed: " + e);
        }
        status.legacyDemoSettled();
    }

    private void run(String job, String parameter) {
        Properties parameters = new Properties();
        if (parameter != null) {
            parameters.setProperty(parameter, "");
        }
        // Through the one EJB that starts every job: Payara lets only the component that started an execution
        // operate it, and the batch console goes through the same one.
        long execution = operations.start(job, parameters);
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        var done = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);
        while (!done.contains(operations.status(execution))) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(job + " did not finish in time");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        LOG.info(() -> "Demo: " + job + " " + operations.status(execution));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
