package org.buildreg.batch.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.buildreg.batch.legacy.LegacyRowReader;
import org.buildreg.batch.legacy.RejectReport;
import org.buildreg.batch.legacy.RejectedRow;
import org.buildreg.legacy.CsvRow;
import org.buildreg.legacy.LegacyRow;
import org.buildreg.legacy.LegacyCities;
import org.buildreg.legacy.LegacyCsv;
import org.buildreg.legacy.LegacyExport;
import org.buildreg.legacy.LegacyFile;
import org.buildreg.legacy.LegacyMigration;
import org.buildreg.legacy.LegacyNormalizer;
import org.buildreg.legacy.Reason;
import org.buildreg.platform.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The job's reader, processor rule and SQL on H2 in Oracle mode, with the schema the migrations make. */
class ExamResultsTest {

    private JdbcDataSource dataSource;
    private LegacyNormalizer normalizer;

    @BeforeEach
    void migrate(TestInfo test) throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:exam_" + test.getTestMethod().orElseThrow().getName()
                + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        DatabaseMigration.migrator(dataSource, getClass().getClassLoader()).migrate();
        try (Connection c = dataSource.getConnection()) {
            normalizer = new LegacyNormalizer(new LegacyCities(List.of()), LegacyMigration.specialtyCodes(c));
        }
    }

    @AfterEach
    void shutdown() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    /** What the job does, chunk by chunk, without the batch runtime. */
    private void importSample(int chunk) throws IOException, SQLException {
        importFile("", chunk);
    }

    private void importFile(String path, int chunk) throws IOException, SQLException {
        try (LegacyExport export = LegacyRowReader.open(path, LegacyFile.EXAM_PASSES);
             LegacyCsv rows = export.reader(LegacyFile.EXAM_PASSES);
             Connection c = dataSource.getConnection()) {
            List<LegacyRow> passes = new ArrayList<>();
            for (CsvRow row = rows.next(); row != null; row = rows.next()) {
                try {
                    passes.add(ExamResultProcessor.process(normalizer, row));
                } catch (RejectedRow rejected) {
                    RejectReport.record(c, 1, List.of(rejected.rejected()));
                }
                if (passes.size() == chunk) {
                    ExamResults.write(c, passes);
                    passes.clear();
                }
            }
            ExamResults.write(c, passes);
        }
    }

    @Test
    void importsEveryExamPassOfTheSampleOnce() throws Exception {
        importSample(50);
        assertEquals(187, count("SELECT COUNT(*) FROM exam_result"));
        assertEquals(1, count("SELECT COUNT(*) FROM exam_result WHERE id_number = '150783198002011570'"
                + " AND specialty = 'MINING' AND qualification_no = 'NMG4891666' AND name = '宋格俊'"));
        assertEquals(0, count("SELECT COUNT(*) FROM batch_reject"));
    }

    @Test
    void safetyStaffExamsComeFromTheRowsWhoseKindIsACategory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path kshg = dir.resolve("kshg.csv");
        String header = "姓名,证件号码,专业,资格证书编号,考试年度,考试类别,考试时间,考试成绩\r\n";
        java.nio.file.Files.writeString(kshg, header
                + "宋格俊,150783198002011570,矿业工程,NMG4891666,2015,二级建造师,,\r\n"
                + "张三,150102198003151232,,,2026,安管人员B,2026-10-15,86\r\n"
                + "张三,150102198003151232,,,2026,安管人员C2,2026/10/16,不合格\r\n"
                + "李四,150102198003151232,,,2026,安管人员B,2026-10-15,\r\n",
                java.nio.charset.Charset.forName("GB18030"));
        importFile(kshg.toString(), 2);
        assertEquals(1, count("SELECT COUNT(*) FROM exam_result"));
        assertEquals(1, count("SELECT COUNT(*) FROM safety_staff_exam WHERE id_number = '150102198003151232'"
                + " AND category = 'B' AND name = '张三' AND exam_date = DATE '2026-10-15' AND score = '86'"));
        assertEquals(1, count("SELECT COUNT(*) FROM safety_staff_exam WHERE category = 'C2' AND score = '不合格'"));
        assertEquals(1, count("SELECT COUNT(*) FROM batch_reject WHERE reason = 'MISSING_FIELD' AND row_no = 4"));

        // A later 考核 in the same category replaces the result; the rest stays as it was.
        java.nio.file.Files.writeString(kshg, header + "张三,150102198003151232,,,2027,安管人员C2,2027-03-01,75\r\n",
                java.nio.charset.Charset.forName("GB18030"));
        importFile(kshg.toString(), 2);
        assertEquals(2, count("SELECT COUNT(*) FROM safety_staff_exam"));
        assertEquals(1, count("SELECT COUNT(*) FROM safety_staff_exam WHERE category = 'C2' AND score = '75'"
                + " AND exam_date = DATE '2027-03-01'"));
    }

    @Test
    void aSecondRunChangesNothing() throws Exception {
        importSample(500);
        String snapshot = snapshot();

        importSample(7);

        assertEquals(snapshot, snapshot());
    }

    @Test
    void rejectedRowsAreReportedOncePerExecution() throws Exception {
        CsvRow bad = new CsvRow(3, "张三,150102198003151233,建筑工程,NMG1,2020,二级建造师",
                Arrays.asList("张三", "150102198003151233", "建筑工程", "NMG1", "2020", "二级建造师"), true);
        RejectedRow rejected = assertThrows(RejectedRow.class, () -> ExamResultProcessor.process(normalizer, bad));
        assertEquals(Reason.ID_CHECKSUM, rejected.rejected().reason());
        try (Connection c = dataSource.getConnection()) {
            RejectReport.record(c, 42, List.of(rejected.rejected()));
            RejectReport.record(c, 42, List.of(rejected.rejected()));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM batch_reject WHERE job_execution_id = 42 AND file_name = 'kshg.csv'"
                + " AND row_no = 3 AND reason = 'ID_CHECKSUM' AND raw_row LIKE '张三,%'"));
    }

    @Test
    void anUnknownSpecialtyIsRejected() {
        CsvRow row = new CsvRow(1, "", Arrays.asList("张三", "150102198003151232", "园林工程", "NMG1", "2020", ""), true);
        RejectedRow rejected = assertThrows(RejectedRow.class, () -> ExamResultProcessor.process(normalizer, row));
        assertEquals(Reason.UNKNOWN_SPECIALTY, rejected.rejected().reason());
    }

    @Test
    void theReaderRestartsAfterItsCheckpoint() throws Exception {
        List<String> all = new ArrayList<>();
        try (LegacyExport export = LegacyRowReader.open(" ", LegacyFile.EXAM_PASSES); LegacyCsv rows = export.reader(LegacyFile.EXAM_PASSES)) {
            for (CsvRow row = rows.next(); row != null; row = rows.next()) {
                all.add(row.raw());
            }
        }
        try (LegacyExport export = LegacyRowReader.open(null, LegacyFile.EXAM_PASSES); LegacyCsv rows = export.reader(LegacyFile.EXAM_PASSES)) {
            rows.skip(100);
            CsvRow next = rows.next();
            assertEquals(101, next.number());
            assertEquals(all.get(100), next.raw());
        }
    }

    private String snapshot() throws SQLException {
        StringBuilder s = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, id_number, name, specialty, qualification_no, issued_on"
                     + " FROM exam_result ORDER BY id")) {
            while (rs.next()) {
                for (int i = 1; i <= 6; i++) {
                    s.append(rs.getString(i)).append('|');
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
