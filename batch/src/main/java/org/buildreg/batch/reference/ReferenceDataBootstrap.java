package org.buildreg.batch.reference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.DependsOn;
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
 * On a fresh database, runs {@code reference-data-load} once, right after deployment (a batch job cannot
 * start while the application is still being deployed: its CDI artifacts are not there yet). Later deploys
 * find the table filled. Started through {@link BatchOperations}, like every job, so the batch console may operate it.
 */
@Singleton
@Startup
@DependsOn("buildreg-ejb.jar#DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ReferenceDataBootstrap {

    private static final Logger LOG = Logger.getLogger(ReferenceDataBootstrap.class.getName());
    private static final long WAIT_MILLIS = 120_000;

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    @Resource
    private TimerService timers;
    @EJB
    private BatchOperations operations;
    @EJB
    private PlatformStatus platform;

    @PostConstruct
    void scheduleLoad() {
        timers.createSingleActionTimer(1_000, new TimerConfig("reference-data-load", false));
    }

    @Timeout
    void loadIfEmpty() {
        if (divisionCount() > 0) {
            platform.referenceDataSettled();
            return;
        }
        long execution = operations.start("reference-data-load", new Properties());
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        var done = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);
        while (!done.contains(operations.status(execution))) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("reference-data-load did not finish in time");
            }
            sleep();
        }
        BatchStatus status = operations.status(execution);
        LOG.info(() -> "reference-data-load " + status + ": " + divisionCount() + " divisions");
        if (status != BatchStatus.COMPLETED) {
            throw new IllegalStateException("reference-data-load ended " + status);
        }
        platform.referenceDataSettled();
    }

    private int divisionCount() {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM division")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count divisions", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
