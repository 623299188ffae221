package org.buildreg.web.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;

/**
 * Writes a list as an Excel workbook (.xlsx, one sheet, text cells), reading it page by page from the service
 * that shows it, so an export is paged in the database like the list itself. Small enough not to need POI.
 */
public final class Spreadsheet {

    /** One column: its header and how a row gives its value. */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    /** The most rows one export holds; a larger list is to be filtered first. */
    public static final int MAX_ROWS = 50_000;
    private static final int PAGE = PageRequest.MAX_SIZE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Spreadsheet() {
    }

    public static <T> void write(OutputStream out, String sheetName, List<Column<T>> columns,
                                 Function<PageRequest, Page<T>> loader) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
        entry(zip, w, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        entry(zip, w, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entry(zip, w, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        entry(zip, w, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");

        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        row(w, columns.stream().map(c -> (Object) c.header()).toList());
        int written = 0;
        for (int first = 0; written < MAX_ROWS; first += PAGE) {
            Page<T> page = loader.apply(new PageRequest(first, PAGE, null, true).rowsOnly());
            for (T item : page.rows()) {
                row(w, columns.stream().map(c -> c.value().apply(item)).toList());
                written++;
            }
            if (page.rows().size() < PAGE) {
                break;
            }
        }
        w.write("</sheetData></worksheet>");
        w.flush();
        zip.closeEntry();
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, Writer w, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write(xml);
        w.flush();
        zip.closeEntry();
    }

    private static void row(Writer w, List<Object> values) throws IOException {
        w.write("<row>");
        for (Object value : values) {
            w.write("<c t=\"inlineStr\"><is><t>");
            w.write(escape(text(value)));
            w.write("</t></is></c>");
        }
        w.write("</row>");
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime t) {
            return t.format(DATE_TIME);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters; drop them rather than write a broken file.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
