package org.buildreg.batch.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.buildreg.legacy.LegacyFile;
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
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:legacy_" + test.getTestMethod().orElseThrow().getName()
                + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        DatabaseMigration.migrator(dataSource, getClass().getClassLoader()).migrate();
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

    /** Every table the migration writes, row by row, so that "changes nothing" is checked to the column. */
    private String snapshot() throws SQLException {
        StringBuilder all = new StringBuilder();
        for (String sql : List.of(
                "SELECT id, name, uscc, org_code, city_code, county_code, needs_uscc_filing, legacy_code FROM enterprise ORDER BY id",
                "SELECT id, username, legacy_md5, enterprise_id FROM account ORDER BY id",
                "SELECT id, id_number, name, enterprise_id, legacy_code, birth_date FROM person ORDER BY id",
                "SELECT id, person_id, registration_no, certificate_no, valid_until, status FROM constructor_registration ORDER BY id",
                "SELECT registration_id, specialty FROM constructor_specialty ORDER BY registration_id, specialty",
                "SELECT id, certificate_no, person_id, category, status FROM safety_staff_certificate ORDER BY id",
                "SELECT id, licence_no, enterprise_id, status FROM safety_licence ORDER BY id",
                "SELECT id, certificate_no, enterprise_id FROM qualification_certificate ORDER BY id",
                "SELECT person_no, id_number, reason FROM legacy_person_code ORDER BY person_no",
                "SELECT id, id_number FROM legacy_staged_person ORDER BY id",
                "SELECT id, kind, certificate_no FROM legacy_staged_certificate ORDER BY id")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        all.append(rs.getString(i)).append('|');
                    }
                    all.append('\n');
                }
            }
        }
        return all.toString();
    }

    @Test
    void theSampleYieldsWhatItsManifestSays() throws Exception {
        run(1, 50);
        assertEquals(60, count("SELECT COUNT(*) FROM enterprise"));
        assertEquals(1, count("SELECT COUNT(*) FROM enterprise WHERE needs_uscc_filing = 1"));
        assertEquals(60, count("SELECT COUNT(*) FROM account WHERE role = 'ENTERPRISE_MAIN' AND legacy_md5 IS NOT NULL"
                + " AND password_hash IS NULL"));
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
        migrate(new TestInfo() {
            public String getDisplayName() { return ""; }
            public Set<String> getTags() { return Set.of(); }
            public java.util.Optional<Class<?>> getTestClass() { return java.util.Optional.empty(); }
            public java.util.Optional<java.lang.reflect.Method> getTestMethod() {
                try {
                    return java.util.Optional.of(Object.class.getMethod("hashCode"));
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        // Killed after the persons step committed 300 rows; the restart skips what its checkpoint says.
        step(LegacyFile.ENTERPRISES, 1, 100, 0, Long.MAX_VALUE);
        step(LegacyFile.PERSONS, 1, 100, 0, 300);
        step(LegacyFile.PERSONS, 2, 100, 300, Long.MAX_VALUE);
        for (LegacyFile file : STEPS.subList(2, STEPS.size())) {
            step(file, 2, 100, 0, Long.MAX_VALUE);
        }
        assertEquals(uninterrupted.replaceAll("(?m)^\\d+\\|", ""), snapshot().replaceAll("(?m)^\\d+\\|", ""));
    }
}
