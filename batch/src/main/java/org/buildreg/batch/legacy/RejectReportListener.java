package org.buildreg.batch.legacy;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.buildreg.legacy.LegacyMigration;
import org.buildreg.legacy.Rejected;

/**
 * Puts the rows a processor rejected into the reject report, and what they leave into the staging area. It
 * gathers a chunk's rejects and writes them at the chunk's end, in JDBC batches, inside the chunk's transaction on
 * the application's datasource: the report and the imported rows commit or roll back together, and a chunk rolled
 * back for a retry starts its list afresh.
 */
@Named
@Dependent
public class RejectReportListener implements SkipProcessListener, ChunkListener {

    private static final Logger LOG = Logger.getLogger(RejectReportListener.class.getName());

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    @Inject
    private JobContext job;

    private final List<Rejected> chunk = new ArrayList<>();

    @Override
    public void beforeChunk() {
        chunk.clear();
    }

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        if (!(e instanceof RejectedRow rejected)) {
            // Only RejectedRow is skippable in our jobs; anything else reaching here is a job definition error.
            LOG.warning(() -> "skipped without a reject reason: " + e);
            return;
        }
        chunk.add(rejected.rejected());
    }

    @Override
    public void afterChunk() throws Exception {
        if (chunk.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            RejectReport.record(c, job.getExecutionId(), chunk);
            // A rejected person's code (its certificates are then reported, not lost), and what belongs to no
            // enterprise of the export into the staging area of 旧数据导入申请.
            LegacyMigration.stage(c, chunk, LocalDateTime.now());
        }
        chunk.clear();
    }

    @Override
    public void onError(Exception e) {
        chunk.clear();
    }
}
