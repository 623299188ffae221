package org.buildreg.batch.exam;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import org.buildreg.legacy.CsvRow;
import org.buildreg.legacy.LegacyCsv;
import org.buildreg.legacy.LegacyExport;
import org.buildreg.legacy.LegacyFile;

/**
 * Reads kshg.csv row by row. Parameter {@code file}: a CSV on the server, or a folder or ZIP export holding
 * kshg.csv; empty means the sample bundled with the platform. The checkpoint is the number of rows read, and a
 * restart skips that many rows without building them.
 */
@Named
@Dependent
public class ExamResultReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String file;

    private LegacyExport export;
    private LegacyCsv rows;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        export = openExport(file);
        rows = export.reader(LegacyFile.EXAM_PASSES);
        rows.skip(checkpoint == null ? 0 : (Long) checkpoint);
    }

    static LegacyExport openExport(String file) throws IOException {
        return file == null || file.isBlank()
                ? LegacyExport.bundledSample()
                : LegacyExport.open(Path.of(file.strip()), LegacyFile.EXAM_PASSES);
    }

    @Override
    public CsvRow readItem() throws IOException {
        return rows.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return rows.rowsRead();
    }

    @Override
    public void close() throws IOException {
        if (rows != null) {
            rows.close();
        }
        if (export != null) {
            export.close();
        }
    }
}
