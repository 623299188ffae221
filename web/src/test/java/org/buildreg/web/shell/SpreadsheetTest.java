package org.buildreg.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    private record Person(String name, LocalDate since) {
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void writesAWorkbookWithAHeaderAndEveryRowReadPageByPage() throws IOException {
        List<Person> all = IntStream.range(0, 450).mapToObj(i -> new Person("张三" + i, LocalDate.of(2024, 1, 1)))
                .toList();
        List<PageRequest> asked = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Spreadsheet.write(out, "已办证书", List.of(new Spreadsheet.Column<Person>("姓名", Person::name),
                new Spreadsheet.Column<Person>("发证日期", Person::since)), request -> {
                    asked.add(request);
                    int to = Math.min(all.size(), request.first() + request.size());
                    return new Page<>(all.subList(Math.min(request.first(), to), to), all.size());
                });

        Map<String, String> files = unzip(out.toByteArray());
        assertTrue(files.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml")));
        assertTrue(files.get("xl/workbook.xml").contains("name=\"已办证书\""));
        String sheet = files.get("xl/worksheets/sheet1.xml");
        assertEquals(451, sheet.split("<row>", -1).length - 1, "header + 450 rows");
        assertTrue(sheet.contains("<t>姓名</t>") && sheet.contains("<t>张三449</t>") && sheet.contains("2024-01-01"));
        assertEquals(List.of(0, 200, 400), asked.stream().map(PageRequest::first).toList(), "paged, 200 a page");
        assertTrue(asked.stream().noneMatch(PageRequest::wantsTotal), "no count query per page");
    }

    @Test
    void escapesMarkupAndDropsControlCharacters() {
        assertEquals("a&amp;b&lt;c&gt;&quot;d", Spreadsheet.escape("a&b<c>\"d"));
        assertEquals("ab", Spreadsheet.escape("a\u0001b"));
        assertEquals("", Spreadsheet.text(null));
    }
}
