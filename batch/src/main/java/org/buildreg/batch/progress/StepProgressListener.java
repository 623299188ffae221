package org.buildreg.batch.progress;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.chunk.listener.ItemProcessListener;
import jakarta.batch.api.chunk.listener.ItemReadListener;
import jakarta.batch.api.chunk.listener.ItemWriteListener;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.buildreg.batch.StepProgress;

/**
 * Records a chunk step's counts at the end of every chunk ({@link StepProgress}). It counts the items itself: the
 * runtime adds a chunk's read, write and commit counts to the step's metrics only after the commit, too late for a
 * row that must commit with the chunk. {@code afterChunk} runs inside the chunk's transaction, on the application's
 * datasource, so the row commits with the chunk and its checkpoint and never shows what a crash then rolled back;
 * a chunk rolled back for a retry is taken out of the counts again. One instance per step execution (dependent
 * scope), so a restarted step counts from its checkpoint, as the runtime does.
 */
@Named
@Dependent
public class StepProgressListener implements ChunkListener, ItemReadListener, ItemProcessListener,
        ItemWriteListener, SkipProcessListener {

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private StepProgress committed = new StepProgress(0, 0, 0, 0, 0);
    private long read;
    private long written;
    private long skipped;
    private long filtered;

    @Override
    public void beforeChunk() {
        read = 0;
        written = 0;
        skipped = 0;
        filtered = 0;
    }

    @Override
    public void afterRead(Object item) {
        if (item != null) {
            read++;
        }
    }

    @Override
    public void afterProcess(Object item, Object result) {
        if (result == null) {
            filtered++;
        }
    }

    @Override
    public void afterWrite(List<Object> items) {
        written += items.size();
    }

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        skipped++;
    }

    @Override
    public void afterChunk() throws Exception {
        StepProgress progress = committed.plusChunk(read, written, skipped, filtered);
        try (Connection c = dataSource.getConnection()) {
            progress.record(c, job.getExecutionId(), step.getStepName());
        }
        committed = progress;
    }

    @Override
    public void onError(Exception e) {
        // The chunk rolls back: its counts go with it (the next beforeChunk starts afresh).
    }

    @Override
    public void beforeRead() {
    }

    @Override
    public void onReadError(Exception e) {
    }

    @Override
    public void beforeProcess(Object item) {
    }

    @Override
    public void onProcessError(Object item, Exception e) {
    }

    @Override
    public void beforeWrite(List<Object> items) {
    }

    @Override
    public void onWriteError(List<Object> items, Exception e) {
    }
}
