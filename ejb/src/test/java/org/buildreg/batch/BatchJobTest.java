package org.buildreg.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJobTest {

    @TempDir
    Path dir;

    @Test
    void aJobIsOfferedOnlyWhenItsXmlIsDeployed() throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("META-INF/batch-jobs"));
        Files.writeString(jobs.resolve("expiry-sweep.xml"), "<job id=\"expiry-sweep\"/>");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertTrue(BatchJob.EXPIRY_SWEEP.isDeployed(loader));
            assertFalse(BatchJob.LEGACY_MIGRATION.isDeployed(loader));
        }
    }

    @Test
    void labelsAndParameters() {
        assertEquals("旧系统数据迁移", BatchJob.labelOf("legacy-migration"));
        assertEquals("some-new-job", BatchJob.labelOf("some-new-job"));
        assertTrue(BatchJob.LEGACY_MIGRATION.parameter().takesUpload());
        assertEquals("export", BatchJob.LEGACY_MIGRATION.parameter().parameterName());
        assertFalse(BatchJob.EXPIRY_SWEEP.parameter().takesPath());
        assertFalse(BatchJob.REFERENCE_DATA_LOAD.parameter().required());
    }

    private static ExecutionRow execution(BatchStatus status, String exit) {
        return new ExecutionRow(7, 3, "expiry-sweep", status, null, null, exit, List.of());
    }

    @Test
    void whatAnExecutionAllows() {
        assertTrue(execution(BatchStatus.STARTED, null).stoppable());
        assertTrue(execution(BatchStatus.STARTED, null).running());
        assertFalse(execution(BatchStatus.STARTED, null).restartable());
        assertTrue(execution(BatchStatus.FAILED, null).restartable());
        assertTrue(execution(BatchStatus.STOPPED, null).restartable());
        assertFalse(execution(BatchStatus.COMPLETED, null).restartable());
        assertFalse(execution(BatchStatus.ABANDONED, null).restartable());
        assertTrue(execution(BatchStatus.FAILED, InterruptedExecutions.EXIT_STATUS).interrupted());
        assertEquals("证书过期处理", execution(BatchStatus.COMPLETED, null).jobLabel());
        assertEquals("已完成", execution(BatchStatus.COMPLETED, null).statusLabel());
    }
}
