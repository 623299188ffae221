package org.buildreg.batch.reference;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the divisions CSV line by line; the checkpoint is the number of data lines already read. */
@Named
@Dependent
public class DivisionReader extends AbstractItemReader {

    static final String BUNDLED = "reference/nmg-divisions.csv";

    @Inject
    @BatchProperty
    private String file;

    private BufferedReader lines;
    private int read;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        InputStream in = file == null || file.isBlank()
                ? getClass().getClassLoader().getResourceAsStream(BUNDLED)
                : Files.newInputStream(Path.of(file));
        if (in == null) {
            throw new IOException("找不到行政区划文件 " + BUNDLED);
        }
        lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        lines.readLine();
        int skip = checkpoint == null ? 0 : (Integer) checkpoint;
        for (read = 0; read < skip; read++) {
            lines.readLine();
        }
    }

    @Override
    public DivisionRow readItem() throws IOException {
        String line;
        do {
            line = lines.readLine();
            if (line == null) {
                return null;
            }
            read++;
        } while (line.isBlank());
        return DivisionRow.parse(line.replace("\uFEFF", ""));
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
    }
}
