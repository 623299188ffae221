package org.buildreg.legacy;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An export of the old system: a folder or a ZIP archive of CSV files (the ZIP's files may sit in a
 * sub-folder), a single CSV file, or the sample bundled with the platform. A file the export lacks reads as
 * empty.
 */
public final class LegacyExport implements Closeable {

    /** The sample export shipped in this jar ({@code legacy/sample/}), used by the demo and the tests. */
    public static final String BUNDLED_SAMPLE = "legacy/sample/";

    private interface Source extends Closeable {
        InputStream open(String fileName) throws IOException;
    }

    private final String description;
    private final Source source;

    private LegacyExport(String description, Source source) {
        this.description = description;
        this.source = source;
    }

    /** A folder holding the CSV files, or a ZIP archive of them. */
    public static LegacyExport open(Path folderOrZip) throws IOException {
        if (Files.isDirectory(folderOrZip)) {
            return new LegacyExport(folderOrZip.toString(), new Source() {
                @Override
                public InputStream open(String fileName) throws IOException {
                    Path file = folderOrZip.resolve(fileName);
                    // A link in the folder could lead anywhere on the server: only regular files are read.
                    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.newInputStream(file) : null;
                }

                @Override
                public void close() {
                }
            });
        }
        if (!Files.isRegularFile(folderOrZip)) {
            throw new IOException("找不到旧数据导出文件或文件夹: " + folderOrZip);
        }
        ZipFile zip = new ZipFile(folderOrZip.toFile(), LegacyCsv.GB18030);
        return new LegacyExport(folderOrZip.toString(), new Source() {
            @Override
            public InputStream open(String fileName) throws IOException {
                ZipEntry entry = zip.stream()
                        .filter(e -> !e.isDirectory() && baseName(e.getName()).equalsIgnoreCase(fileName))
                        .findFirst().orElse(null);
                return entry == null ? null : bounded(zip.getInputStream(entry), fileName, MAX_ENTRY_BYTES);
            }

            @Override
            public void close() throws IOException {
                zip.close();
            }
        });
    }

    /**
     * What a job parameter names: a folder or ZIP export, or one CSV file read as {@code file} whatever its
     * name (an exam pass list from the HR department, say).
     */
    public static LegacyExport open(Path path, LegacyFile file) throws IOException {
        if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return new LegacyExport(path.toString(), new Source() {
                @Override
                public InputStream open(String fileName) throws IOException {
                    return file.fileName().equals(fileName) ? Files.newInputStream(path) : null;
                }

                @Override
                public void close() {
                }
            });
        }
        return open(path);
    }

    /** The most a file of an export may hold once decompressed (ry.csv of a million persons is about 250 MB). */
    static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024 * 1024;

    /** Stops reading a ZIP entry past {@code max} bytes, whatever size its header claims. */
    static InputStream bounded(InputStream in, String fileName, long max) {
        return new java.io.FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > max) {
                    throw new IOException(fileName + " 解压后超过 " + max + " 字节，拒绝读取");
                }
            }
        };
    }

    /** The sample export bundled in the platform. */
    public static LegacyExport bundledSample() {
        ClassLoader loader = LegacyExport.class.getClassLoader();
        return new LegacyExport("classpath:" + BUNDLED_SAMPLE, new Source() {
            @Override
            public InputStream open(String fileName) {
                return loader.getResourceAsStream(BUNDLED_SAMPLE + fileName);
            }

            @Override
            public void close() {
            }
        });
    }

    /** The rows of {@code file}, after checking its header; an absent file gives no rows. */
    public LegacyCsv reader(LegacyFile file) throws IOException {
        InputStream in = source.open(file.fileName());
        if (in == null) {
            return LegacyCsv.empty();
        }
        LegacyCsv csv = LegacyCsv.open(in);
        if (!csv.header().isEmpty() && !file.accepts(csv.header())) {
            csv.close();
            throw new IOException(file.fileName() + " 的表头与旧系统导出格式不符: " + String.join(",", csv.header())
                    + "（应为 " + String.join(",", file.columns()) + "）");
        }
        return csv;
    }

    /** Whether the export holds {@code file}. */
    public boolean has(LegacyFile file) throws IOException {
        try (InputStream in = source.open(file.fileName())) {
            return in != null;
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    @Override
    public String toString() {
        return description;
    }

    private static String baseName(String entryName) {
        return entryName.substring(entryName.lastIndexOf('/') + 1);
    }
}
