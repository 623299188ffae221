package org.buildreg.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyCsvTest {

    private static LegacyCsv csv(String text) throws IOException {
        return LegacyCsv.open(new ByteArrayInputStream(text.getBytes(LegacyCsv.GB18030)));
    }

    @Test
    void anUnclosedQuoteDoesNotReadTheRestOfTheFileIntoOneRow() throws IOException {
        String endless = "a,b\r\n\"" + "内".repeat(LegacyCsv.MAX_ROW_CHARS + 10);
        try (LegacyCsv csv = csv(endless)) {
            IOException e = assertThrows(IOException.class, csv::next);
            assertTrue(e.getMessage().contains("超过 64K 字符"), e.getMessage());
        }
    }

    @Test
    void aZipEntryIsReadNoFurtherThanItsCap() throws IOException {
        java.io.InputStream in = LegacyExport.bounded(new ByteArrayInputStream(new byte[5000]), "ry.csv", 4096);
        IOException e = assertThrows(IOException.class, () -> in.readAllBytes());
        assertTrue(e.getMessage().startsWith("ry.csv 解压后超过 4096 字节"), e.getMessage());
        assertEquals(4096, LegacyExport.bounded(new ByteArrayInputStream(new byte[4096]), "ry.csv", 4096)
                .readAllBytes().length);
    }

    @Test
    void readsGb18030WithCrlfHeaderFirst() throws IOException {
        try (LegacyCsv csv = csv("姓名,证件号码\r\n张三,150102198003151234\r\n李四,150102198003151235\r\n")) {
            assertEquals(List.of("姓名", "证件号码"), csv.header());
            CsvRow first = csv.next();
            assertEquals(1, first.number());
            assertEquals(List.of("张三", "150102198003151234"), first.fields());
            assertEquals("张三,150102198003151234", first.raw());
            assertEquals(2, csv.next().number());
            assertNull(csv.next());
            assertEquals(2, csv.rowsRead());
        }
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
        String row = "\"内蒙古\"\"恒久\"\"工程,有限公司\",\"某路1号\r\n二楼\",x";
        try (LegacyCsv csv = csv("a,b,c\r\n" + row + "\r\nnext,1,2\r\n")) {
            CsvRow quoted = csv.next();
            assertEquals(List.of("内蒙古\"恒久\"工程,有限公司", "某路1号\r\n二楼", "x"), quoted.fields());
            assertEquals(row, quoted.raw(), "the raw row is the text as written");
            assertTrue(quoted.complete());
            CsvRow next = csv.next();
            assertEquals(2, next.number());
            assertEquals(List.of("next", "1", "2"), next.fields());
        }
    }

    @Test
    void emptyFieldsAndEmptyLines() throws IOException {
        try (LegacyCsv csv = csv("a,b,c\r\n,,\r\n\r\nx,,\"\"\r\n")) {
            assertEquals(List.of("", "", ""), csv.next().fields());
            CsvRow second = csv.next();
            assertEquals(2, second.number(), "an empty line is not a row");
            assertEquals(List.of("x", "", ""), second.fields());
            assertNull(csv.next());
        }
    }

    @Test
    void aRowWithTheWrongColumnCountIsMalformed() throws IOException {
        LegacyNormalizer normalizer = LegacySampleTest.normalizer();
        String header = String.join(",", LegacyFile.PERSONS.columns());
        try (LegacyCsv csv = csv(header + "\r\nR9999999,张三,男\r\n")) {
            CsvRow row = csv.next();
            Rejected rejected = (Rejected) normalizer.person(row, code -> true);
            assertEquals(Reason.MALFORMED_ROW, rejected.reason());
            assertEquals("R9999999,张三,男", rejected.raw());
            assertEquals(1, rejected.rowNo());
        }
    }

    @Test
    void aFileEndingInsideQuotesIsIncomplete() throws IOException {
        try (LegacyCsv csv = csv("a,b\r\nx,\"open\r\n")) {
            assertFalse(csv.next().complete());
        }
    }

    @Test
    void restartsFromACheckpointWithoutLosingQuotedLineBreaks() throws IOException {
        String text = "a,b\r\n1,\"x\r\ny\"\r\n2,\"\"\"q\"\"\"\r\n3,z\r\n";
        try (LegacyCsv csv = csv(text)) {
            csv.skip(2);
            assertEquals(2, csv.rowsRead());
            CsvRow third = csv.next();
            assertEquals(3, third.number());
            assertEquals(List.of("3", "z"), third.fields());
        }
        try (LegacyCsv csv = csv(text)) {
            csv.skip(10);
            assertEquals(3, csv.rowsRead(), "skipping past the end stops at the end");
            assertNull(csv.next());
        }
    }

    @Test
    void streamsALargeFileInConstantMemory() throws IOException {
        int rows = 200_000;
        InputStream generated = new InputStream() {
            private final byte[] header = "a,b\r\n".getBytes(LegacyCsv.GB18030);
            private final byte[] line = "张三,\"150102,198003151234\"\r\n".getBytes(LegacyCsv.GB18030);
            private long position;

            @Override
            public int read() {
                long total = header.length + (long) rows * line.length;
                if (position >= total) {
                    return -1;
                }
                long p = position++;
                return (p < header.length ? header[(int) p] : line[(int) ((p - header.length) % line.length)]) & 0xff;
            }
        };
        try (LegacyCsv csv = LegacyCsv.open(generated)) {
            csv.skip(rows / 2);
            long count = 0;
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                count++;
                assertEquals(2, row.size());
            }
            assertEquals(rows / 2, count);
            assertEquals(rows, csv.rowsRead());
        }
    }

    @Test
    void anExportIsAFolderOrAZipAndMissingFilesAreEmpty(@TempDir Path dir) throws IOException {
        String header = String.join(",", LegacyFile.EXAM_PASSES.columns());
        byte[] kshg = (header + "\r\n张三,150102198003151234,建筑工程,NMG1234567,2020,二级建造师\r\n")
                .getBytes(LegacyCsv.GB18030);
        Path folder = Files.createDirectory(dir.resolve("export"));
        Files.write(folder.resolve("kshg.csv"), kshg);
        Path zip = dir.resolve("export.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("导出/kshg.csv"));
            z.write(kshg);
            z.closeEntry();
        }
        for (Path source : List.of(folder, zip)) {
            try (LegacyExport export = LegacyExport.open(source)) {
                try (LegacyCsv csv = export.reader(LegacyFile.EXAM_PASSES)) {
                    assertEquals("张三", csv.next().field(0), source.toString());
                    assertNull(csv.next());
                }
                try (LegacyCsv absent = export.reader(LegacyFile.SAFETY_LICENCES)) {
                    assertNull(absent.next(), "a file the export lacks is empty");
                }
                assertFalse(export.has(LegacyFile.PERSONS));
            }
        }
        Path single = dir.resolve("考试合格2026.csv");
        Files.write(single, kshg);
        try (LegacyExport export = LegacyExport.open(single, LegacyFile.EXAM_PASSES);
             LegacyCsv csv = export.reader(LegacyFile.EXAM_PASSES)) {
            assertEquals("张三", csv.next().field(0));
        }
    }

    @Test
    void aHeaderOfAnotherFormatIsRefused(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("kshg.csv"), "name,id\r\n".getBytes(LegacyCsv.GB18030));
        try (LegacyExport export = LegacyExport.open(dir)) {
            IOException refused = assertThrows(IOException.class, () -> export.reader(LegacyFile.EXAM_PASSES));
            assertTrue(refused.getMessage().contains("表头"));
        }
    }

    @Test
    void aMissingExportIsRefused(@TempDir Path dir) {
        assertThrows(IOException.class, () -> LegacyExport.open(dir.resolve("none.zip")));
    }
}
