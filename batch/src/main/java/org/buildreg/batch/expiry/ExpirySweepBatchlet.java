package org.buildreg.batch.expiry;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.buildreg.expiry.ExpirySweep;

/**
 * Runs the sweep's UPDATEs in one local transaction: all tables change together or none does. The summary
 * ("已过期：二级建造师注册证书 1，…") becomes the step's persistent user data and both exit statuses, which the
 * console shows.
 */
@Named
@Dependent
public class ExpirySweepBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ExpirySweepBatchlet.class.getName());

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;
    @Inject
    private JobContext job;
    @Inject
    private StepContext step;

    @Override
    public String process() throws Exception {
        ExpirySweep.Result result;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                result = ExpirySweep.run(c, ExpirySweep.cutOff(Instant.now()));
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        String summary = result.summary();
        step.setPersistentUserData(summary);
        job.setExitStatus(summary);
        LOG.info(() -> "expiry-sweep: " + summary);
        return summary;
    }
}
