package org.buildreg.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class DatabaseMigrationTest {

    private static final List<String> TABLES = List.of("division", "enterprise", "account", "uscc_filing",
            "password_reset_request", "audit_record");

    private JdbcDataSource dataSource;

    @BeforeEach
    void createDatabase(TestInfo test) {
        // One in-memory database per test method, named after it: unique without randomness.
        String name = "migration_" + test.getTestMethod().orElseThrow().getName();
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private Flyway migrator() {
        return DatabaseMigration.migrator(dataSource, getClass().getClassLoader());
    }

    @Test
    void migrateCreatesTheFoundationTables() throws SQLException {
        MigrateResult result = migrator().migrate();

        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 1, "migrations executed: " + result.migrationsExecuted);
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : TABLES) {
                try (ResultSet rs = meta.getTables(null, null, table.toUpperCase(Locale.ROOT), new String[]{"TABLE"})) {
                    assertTrue(rs.next(), "table " + table + " is missing");
                }
            }
            // Flyway quotes its history table's name, so H2 keeps it in lower case.
            try (ResultSet rs = meta.getTables(null, null, "schema_history", null)) {
                assertTrue(rs.next(), "Flyway history table schema_history is missing");
            }
        }
    }

    @Test
    void secondMigrateAppliesNothing() {
        migrator().migrate();

        MigrateResult again = migrator().migrate();

        assertTrue(again.success);
        assertEquals(0, again.migrationsExecuted);
    }

    @Test
    void accountRoleCheckConstraintRefusesUnknownRole() throws SQLException {
        migrator().migrate();
        String insert = "INSERT INTO account (id, username, role, display_name, created_at) VALUES (?, ?, ?, ?, ?)";
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2025, 3, 10, 9, 30));

        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(insert)) {
            // A known role goes in, so the statement itself is sound ...
            ps.setLong(1, 1);
            ps.setString(2, "admin0001");
            ps.setString(3, "ADMIN");
            ps.setString(4, "系统管理员");
            ps.setTimestamp(5, now);
            assertEquals(1, ps.executeUpdate());

            // ... and only the role makes the next one fail.
            ps.setLong(1, 2);
            ps.setString(2, "nobody0001");
            ps.setString(3, "NOBODY");
            ps.setString(4, "无名");
            ps.setTimestamp(5, now);
            SQLException refused = assertThrows(SQLException.class, ps::executeUpdate);
            assertTrue(refused.getMessage().toUpperCase(Locale.ROOT).contains("CK_ACCOUNT_ROLE"), refused.getMessage());
        }
    }

    @Test
    void anOldBareMd5IsWrappedAndItsColumnDropped() throws SQLException {
        Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).locations("classpath:db/migration")
                .table("schema_history").target("15").load().migrate();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO account"
                + " (id, username, legacy_md5, role, display_name, created_at) VALUES (1, 'old2008', ?,"
                + " 'ENTERPRISE_MAIN', '旧企业', CURRENT_TIMESTAMP)")) {
            ps.setString(1, "e10adc3949ba59abbe56e057f20f883e");
            ps.executeUpdate();
        }

        assertTrue(migrator().migrate().success);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT password_hash FROM account WHERE username = 'old2008'")) {
            rs.next();
            String stored = rs.getString(1);
            assertTrue(org.buildreg.auth.PasswordHasher.isWrappedLegacyMd5(stored), stored);
            assertTrue(org.buildreg.auth.PasswordHasher.verifyWrappedLegacyMd5("123456", stored));
            try (ResultSet columns = c.getMetaData().getColumns(null, null, "ACCOUNT", "LEGACY_MD5")) {
                assertTrue(!columns.next(), "the bare MD5's column is gone");
            }
        }
    }
}
