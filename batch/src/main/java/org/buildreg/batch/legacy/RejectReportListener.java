package org.buildreg.batch.legacy;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.buildreg.legacy.LegacyMigration;

/**
 * Puts each row a processor rejected into the reject report. It runs inside the chunk's transaction on the
 * application's datasource, so the report and the imported rows commit or roll back together.
 */
@Named
@Dependent
public class RejectReportListener implements SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(RejectReportListener.class.getName());

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    @Inject
    private JobContext job;

    @Override
    public void onSkipProcessItem(Object item, Exception e) throws Exception {
        if (!(e instanceof RejectedRow rejected)) {
            // Only RejectedRow is skippable in our jobs; anything else reaching here is a job definition error.
            LOG.warning(() -> "skipped without a reject reason: " + e);
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            RejectReport.record(c, job.getExecutionId(), rejected.rejected());
            // A rejected person's code (its certificates are then reported, not lost), and what belongs to no
            // enterprise of the export into the staging area of 旧数据导入申请.
            LegacyMigration.stage(c, rejected.rejected(), java.time.LocalDateTime.now());
        }
    }
}
