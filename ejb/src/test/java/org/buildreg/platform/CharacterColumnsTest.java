package org.buildreg.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Oracle readiness of the schema, proven on H2: every character column is sized in characters, and with the
 * byte-length checks Oracle's limits amount to, the old schema refuses a Chinese gender and the new one holds the
 * longest Chinese each form accepts.
 */
class CharacterColumnsTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void createDatabase(TestInfo test) {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:chars_" + test.getTestMethod().orElseThrow().getName()
                + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private Flyway migrated(String target) {
        Flyway flyway = Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").table("schema_history").target(target).load();
        flyway.migrate();
        CharacterColumns.addByteChecks(flyway, dataSource, getClass().getClassLoader());
        return flyway;
    }

    @Test
    void everyCharacterColumnOfEveryMigrationIsSizedInCharacters() {
        CharacterColumns schema = CharacterColumns.applied(migrated("latest"), dataSource, getClass().getClassLoader());
        assertTrue(schema.all().size() > 150, "the parser found the columns: " + schema.all().size());
        assertEquals(List.of(), schema.sizedInBytes(), "sized in bytes on Oracle");
    }

    @Test
    void theChecksRefuseOnTheOldSchemaWhatOracleWouldHaveRefused() throws SQLException {
        CharacterColumns before = CharacterColumns.applied(migrated("17"), dataSource, getClass().getClassLoader());
        assertTrue(before.sizedInBytes().size() > 150, "V1–V17 counted bytes");
        try (Connection c = dataSource.getConnection()) {
            SQLException refused = assertThrows(SQLException.class, () -> insertPerson(c, "乌兰", "男"));
            // 男 is 3 bytes in VARCHAR2(2), 身份证 9 in VARCHAR2(8): every person insert failed on Oracle.
            assertTrue(refused.getMessage().toUpperCase().matches("(?s).*CK_BYTES_PERSON_(GENDER|ID_TYPE).*"),
                    refused.getMessage());
        }
    }

    @Test
    void theLongestChineseEachFormAcceptsFitsTheNewSchema() throws SQLException {
        migrated("latest");
        try (Connection c = dataSource.getConnection()) {
            insertPerson(c, "乌".repeat(60), "男");
            // 新企业注册 accepts a name of 100 characters; the main account carries it as its display name.
            String name = "内".repeat(100);
            update(c, "INSERT INTO division (code, name, div_level) VALUES ('150100', '呼和浩特市', 'CITY')");
            update(c, "INSERT INTO enterprise (id, name, city_code, created_at) VALUES (1, ?, '150100', CURRENT_TIMESTAMP)",
                    name);
            update(c, "INSERT INTO account (id, username, role, enterprise_id, display_name, created_at)"
                    + " VALUES (1, 'nmgjz01', 'ENTERPRISE_MAIN', 1, ?, CURRENT_TIMESTAMP)", name);
            // An audit detail and a review opinion at their full length; a rejected row as the code keeps it.
            update(c, "INSERT INTO audit_record (id, occurred_at, action, detail) VALUES (1, CURRENT_TIMESTAMP,"
                    + " 'LOGIN', ?)", "审".repeat(1000));
            update(c, "INSERT INTO batch_reject (id, job_execution_id, file_name, row_no, reason, raw_row, created_at)"
                    + " VALUES (1, 1, 'ry.csv', 1, 'ID_CHECKSUM', ?, CURRENT_TIMESTAMP)",
                    "行".repeat(org.buildreg.legacy.LegacyMigration.RAW_LIMIT));
            update(c, "INSERT INTO division (code, name, div_level) VALUES ('159999', ?, 'COUNTY')", "旗".repeat(40));
        }
    }

    private static void insertPerson(Connection c, String name, String gender) throws SQLException {
        update(c, "INSERT INTO person (id, name, gender, id_type, id_number, created_at) VALUES (1, ?, ?, '身份证',"
                + " '150102199003152336', CURRENT_TIMESTAMP)", name, gender);
    }

    private static void update(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
