package org.buildreg.batch.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.buildreg.legacy.LegacyFile;
import org.buildreg.platform.CharacterColumns;
import org.buildreg.platform.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * legacy-migration's steps on H2 in Oracle mode with the migrated schema, chunk by chunk as the batch runtime runs
 * them (reader → processor → writer, rejects into the report and staging): the sample export yields exactly what
 * its manifest says, a second run changes nothing, and a run stopped mid-file and restarted from its checkpoint
 * ends with the same data.
 */
class LegacyMigrationTest {

    private static final List<LegacyFile> STEPS = LegacySteps.ORDER;
    private JdbcDataSource dataSource;

    @BeforeEach
    void migrate(TestInfo test) throws Exception {
        open(test.getTestMethod().orElseThrow().getName());
    }

    /** A new in-memory database of that name with the platform's schema and divisions. */
    private void open(String database) throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:legacy_" + database
                + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        var flyway = DatabaseMigration.migrator(dataSource, getClass().getClassLoader());
        flyway.migrate();
        // Oracle's byte limits, as H2 checks: the sample's Chinese goes through them.
        CharacterColumns.addByteChecks(flyway, dataSource, getClass().getClassLoader());
        LegacySteps.loadDivisions(dataSource);
    }

    @AfterEach
    void shutdown() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private void step(LegacyFile file, long execution, int chunk, long from, long until) throws Exception {
        LegacySteps.step(dataSource, null, file, execution, chunk, from, until);
    }

    private void run(long execution, int chunk) throws Exception {
        LegacySteps.run(dataSource, null, execution, chunk);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, Long> rejects(long execution) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT file_name, reason, COUNT(*) FROM batch_reject WHERE job_execution_id = "
                     + execution + " GROUP BY file_name, reason")) {
            while (rs.next()) {
                counts.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
            }
        }
        return counts;
    }

    /** Every table the migration writes, to the column (see {@link MigrationSnapshot}). */
    private String snapshot() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return MigrationSnapshot.of(c, "%", "%");
        }
    }

    @Test
    void theSampleYieldsWhatItsManifestSays() throws Exception {
        run(1, 50);
        assertEquals(60, count("SELECT COUNT(*) FROM enterprise"));
        assertEquals(1, count("SELECT COUNT(*) FROM enterprise WHERE needs_uscc_filing = 1"));
        assertEquals(60, count("SELECT COUNT(*) FROM account WHERE role = 'ENTERPRISE_MAIN'"
                + " AND password_hash LIKE 'md5+pbkdf2-sha256$%'"), "every old MD5 stored wrapped");
        assertEquals(576, count("SELECT COUNT(*) FROM person"));
        assertEquals(576, count("SELECT COUNT(*) FROM person WHERE enterprise_id IS NOT NULL"));
        assertEquals(187, count("SELECT COUNT(*) FROM constructor_registration"));
        assertEquals(230, count("SELECT COUNT(*) FROM safety_staff_certificate"));
        assertEquals(46, count("SELECT COUNT(*) FROM safety_licence"));
        assertEquals(Map.of("jzs.csv DATE_FORMAT", 1L, "ry.csv ID_CHECKSUM", 16L, "ry.csv MALFORMED_ROW", 2L,
                "ry.csv ORPHAN_ENTERPRISE", 8L), rejects(1));
        // Five persons appear under two 人员编号 each: both codes lead to the one person.
        assertEquals(5, count("SELECT COUNT(*) FROM (SELECT id_number FROM legacy_person_code WHERE reason IS NULL"
                + " GROUP BY id_number HAVING COUNT(*) = 2)"));
        assertEquals(count("SELECT COUNT(DISTINCT id_number) FROM legacy_person_code WHERE reason = 'ORPHAN_ENTERPRISE'"),
                count("SELECT COUNT(*) FROM legacy_staged_person"));
        assertEquals(0, count("SELECT COUNT(*) FROM safety_staff_certificate WHERE category NOT IN ('A', 'B', 'C1', 'C2', 'C3')"));
    }

    @Test
    void anAbsentQualificationOrLicenceScopeIsStoredAsNullNeverAsEmptyText() throws Exception {
        // Oracle stores '' as NULL (so does H2 in Oracle mode): an empty string into a NOT NULL column would fail.
        try (Connection c = dataSource.getConnection()) {
            org.buildreg.legacy.LegacyMigration.writeEnterprises(c, List.of(new org.buildreg.legacy.LegacyEnterprise(1,
                    "E000001", "呼和浩特市无资质类别建筑有限公司", null, "MA0N9W2X7", null, "150100", "呼和浩特市", null,
                    null, null, null, null, null, null, null, "D215000001", null, null)),
                    org.buildreg.legacy.LegacyMigration.counties(c), java.time.LocalDateTime.now());
            org.buildreg.legacy.LegacyMigration.writeSafetyLicences(c, List.of(new org.buildreg.legacy.LegacySafetyLicence(
                    1, "（蒙）JZ安许证字〔2024〕000001", "E000001", null, null, java.time.LocalDate.of(2024, 1, 1),
                    java.time.LocalDate.of(2027, 1, 1), null)));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM qualification_certificate WHERE certificate_no = 'D215000001'"
                + " AND categories IS NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM safety_licence WHERE scope IS NULL"));
    }

    @Test
    void afterCutOverNoRunWritesAnything() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO job_closure (job_name, closed_at, closed_by)"
                    + " VALUES ('legacy-migration', TIMESTAMP '2026-12-04 10:00:00', 'admin')");
        }
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> run(1, 500));
        assertTrue(refused.getMessage().contains("旧系统数据迁移已于 2026-12-04 10:00 由 admin 关闭"),
                refused.getMessage());
        assertEquals(0, count("SELECT COUNT(*) FROM enterprise"));
        assertEquals(0, count("SELECT COUNT(*) FROM account"));
        assertEquals(0, count("SELECT COUNT(*) FROM constructor_registration"));
    }

    @Test
    void aSecondRunChangesNothing() throws Exception {
        run(1, 500);
        String first = snapshot();
        run(2, 37);
        assertEquals(first, snapshot());
        assertEquals(rejects(1), rejects(2));
    }

    @Test
    void aRunStoppedMidFileAndRestartedFromItsCheckpointEndsLikeAnUninterruptedOne() throws Exception {
        run(1, 100);
        String uninterrupted = snapshot();
        String uninterruptedRejects = rejectReport(List.of(1L));
        shutdown();
        open("restarted");
        // Killed after the persons step committed 300 rows; the restart skips what its checkpoint says.
        step(LegacyFile.ENTERPRISES, 1, 100, 0, Long.MAX_VALUE);
        step(LegacyFile.PERSONS, 1, 100, 0, 300);
        step(LegacyFile.PERSONS, 2, 100, 300, Long.MAX_VALUE);
        for (LegacyFile file : STEPS.subList(2, STEPS.size())) {
            step(file, 2, 100, 0, Long.MAX_VALUE);
        }
        assertEquals(uninterrupted, snapshot());
        assertEquals(uninterruptedRejects, rejectReport(List.of(1L, 2L)), "no rejected row reported twice");
    }

    private String rejectReport(List<Long> executions) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return MigrationSnapshot.rejects(c, executions);
        }
    }
}
