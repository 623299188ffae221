package org.buildreg.legacy;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of one export file: GB18030, CRLF (a bare LF is accepted too), a header row first, RFC 4180
 * quoting (a quoted field may hold commas, doubled quotes and line breaks). One row is in memory at a time, so
 * a file of a million rows reads in constant memory. Empty lines are ignored and not numbered.
 */
public final class LegacyCsv implements Closeable {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private int length;
    private int position;
    private final List<String> header;
    private long rowsRead;

    private LegacyCsv(Reader in) throws IOException {
        this.in = in;
        if (peek() == '\uFEFF') {
            position++;
        }
        CsvRow first = readRow(0);
        this.header = first == null ? List.of() : first.fields().stream().map(LegacyText::clean).toList();
    }

    /** Reads a GB18030 stream; the reader owns it and closes it. */
    public static LegacyCsv open(InputStream in) throws IOException {
        return new LegacyCsv(new InputStreamReader(in, GB18030));
    }

    /** A file the export does not hold: no header, no rows. */
    public static LegacyCsv empty() {
        try {
            return new LegacyCsv(new StringReader(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header's column names, trimmed; empty for an empty file. */
    public List<String> header() {
        return header;
    }

    /** How many data rows have been read or skipped: the checkpoint to restart from. */
    public long rowsRead() {
        return rowsRead;
    }

    /** The next row, or null at the end of the file. */
    public CsvRow next() throws IOException {
        CsvRow row = readRow(rowsRead + 1);
        if (row != null) {
            rowsRead++;
        }
        return row;
    }

    /**
     * Passes over {@code rows} data rows without building them (a restart from a checkpoint): only the quote
     * state is followed, so that a line break inside quotes does not count as the end of a row.
     */
    public void skip(long rows) throws IOException {
        while (rowsRead < rows) {
            if (!skipRow()) {
                return;
            }
            rowsRead++;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A row of the old export is a few hundred characters; one of this many is no row. */
    static final int MAX_ROW_CHARS = 64 * 1024;

    private CsvRow readRow(long number) throws IOException {
        int c = skipEmptyLines();
        if (c == EOF) {
            return null;
        }
        StringBuilder raw = new StringBuilder(128);
        StringBuilder field = new StringBuilder(32);
        List<String> fields = new ArrayList<>();
        boolean quoted = false;
        boolean complete = true;
        while (true) {
            c = read();
            if (c == EOF) {
                complete = !quoted;
                break;
            }
            if (raw.length() >= MAX_ROW_CHARS) {
                // An unclosed quote would otherwise read the rest of the file into one row.
                throw new IOException("第 " + number + " 行超过 " + MAX_ROW_CHARS / 1024 + "K 字符，导出文件已损坏或不是旧系统的导出");
            }
            if (quoted) {
                raw.append((char) c);
                if (c == '"') {
                    if (peek() == '"') {
                        raw.append((char) read());
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '\n') {
                break;
            } else if (c == '\r' && peek() == '\n') {
                read();
                break;
            } else {
                raw.append((char) c);
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else {
                    // A quote in the middle of an unquoted field is not RFC 4180, but old exports have such
                    // text (公司"名称"): keep it as written rather than lose the row.
                    field.append((char) c);
                }
            }
        }
        fields.add(field.toString());
        return new CsvRow(number, raw.toString(), fields, complete);
    }

    /** Consumes one row; false at the end of the file. */
    private boolean skipRow() throws IOException {
        int c = skipEmptyLines();
        if (c == EOF) {
            return false;
        }
        boolean quoted = false;
        while ((c = read()) != EOF) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                return true;
            }
        }
        return true;
    }

    /** Skips blank lines; answers the next character without consuming it. */
    private int skipEmptyLines() throws IOException {
        while (true) {
            int c = peek();
            if (c == '\n') {
                position++;
            } else if (c == '\r' && peekAt(1) == '\n') {
                position += 2;
            } else {
                return c;
            }
        }
    }

    private int read() throws IOException {
        int c = peek();
        if (c != EOF) {
            position++;
        }
        return c;
    }

    private int peek() throws IOException {
        return peekAt(0);
    }

    private int peekAt(int offset) throws IOException {
        while (position + offset >= length) {
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, length - position);
                length -= position;
                position = 0;
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                return EOF;
            }
            length += n;
        }
        return buffer[position + offset];
    }
}
