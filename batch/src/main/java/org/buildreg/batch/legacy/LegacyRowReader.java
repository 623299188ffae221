package org.buildreg.batch.legacy;

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
 * Reads one file of an old export (step property {@code file}: a {@link LegacyFile} name) row by row; step property
 * {@code export}: a folder or ZIP on the server, or one CSV read as that file, empty for the sample bundled with the
 * platform. Both import jobs use it. The checkpoint is
 * the number of rows read: a restart skips that many rows without building them.
 */
@Named
@Dependent
public class LegacyRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String export;
    @Inject
    @BatchProperty
    private String file;

    private LegacyExport opened;
    private LegacyCsv rows;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        LegacyFile legacyFile = LegacyFile.valueOf(file);
        opened = open(export, legacyFile);
        rows = opened.reader(legacyFile);
        rows.skip(checkpoint == null ? 0 : (Long) checkpoint);
    }

    /** A folder or ZIP export, or one CSV read as {@code file}; empty: the sample bundled with the platform. */
    public static LegacyExport open(String export, LegacyFile file) throws IOException {
        return export == null || export.isBlank() ? LegacyExport.bundledSample()
                : LegacyExport.open(Path.of(export.strip()), file);
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
        if (opened != null) {
            opened.close();
        }
    }
}
