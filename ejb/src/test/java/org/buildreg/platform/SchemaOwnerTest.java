package org.buildreg.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * A schema owned by one user and used by another, on H2's users and grants: the owner migrates and grants, the
 * application user reads and writes rows but cannot change the schema, and its deploy refuses a schema behind.
 */
class SchemaOwnerTest {

    private String url;
    /** The administrator's connection keeps the in-memory database alive (only an admin may set DB_CLOSE_DELAY). */
    private Connection administrator;

    @BeforeEach
    void createUsers(TestInfo test) throws SQLException {
        url = "jdbc:h2:mem:owner_" + test.getTestMethod().orElseThrow().getName() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH";
        administrator = user("sa", "").getConnection();
        try (Statement s = administrator.createStatement()) {
            s.execute("CREATE USER br_owner PASSWORD 'owner-secret'");
            s.execute("CREATE USER br_app PASSWORD 'app-secret'");
            s.execute("CREATE SCHEMA br_owner AUTHORIZATION br_owner");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Statement s = administrator.createStatement()) {
            s.execute("SHUTDOWN");
        }
        administrator.close();
    }

    private DataSource user(String name, String password) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(name);
        dataSource.setPassword(password);
        return dataSource;
    }

    private Connection application() throws SQLException {
        Connection c = user("br_app", "app-secret").getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("SET SCHEMA br_owner"); // what the pool's init-sql does on Oracle (ALTER SESSION …)
        }
        return c;
    }

    @Test
    void theApplicationUserWorksWithTheRowsAndCannotChangeTheSchema() throws SQLException {
        int applied = SchemaOwner.migrate(user("br_owner", "owner-secret"), "br_owner", "br_app",
                getClass().getClassLoader());
        assertTrue(applied > 15, "every migration ran as the owner: " + applied);
        SchemaOwner.verify(user("br_app", "app-secret"), "br_owner", getClass().getClassLoader());

        try (Connection c = application(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO division (code, name, div_level) VALUES ('150100', '呼和浩特市', 'CITY')");
            s.executeUpdate("UPDATE division SET name = '呼和浩特' WHERE code = '150100'");
            try (ResultSet rs = s.executeQuery("SELECT name FROM division WHERE code = '150100'")) {
                assertTrue(rs.next());
                assertEquals("呼和浩特", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT NEXT VALUE FOR seq_enterprise")) {
                assertTrue(rs.next(), "the sequences serve the application user");
            }
            s.executeUpdate("DELETE FROM division WHERE code = '150100'");

            assertThrows(SQLException.class, () -> s.execute("CREATE TABLE br_owner.intruder (id INT)"));
            assertThrows(SQLException.class, () -> s.execute("DROP TABLE account"));
            assertThrows(SQLException.class, () -> s.execute("ALTER TABLE account ADD note VARCHAR2(10 CHAR)"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM schema_history"));
        }
    }

    @Test
    void aDeployOnASchemaBehindItsMigrationsRefusesToStartAndSaysWhatToRun() {
        org.flywaydb.core.Flyway.configure(getClass().getClassLoader()).configuration(SchemaOwner.migrator(
                user("br_owner", "owner-secret"), getClass().getClassLoader(), "br_owner").getConfiguration())
                .target("17").load().migrate();
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SchemaOwner.verify(
                user("br_owner", "owner-secret"), "br_owner", getClass().getClassLoader()));
        assertTrue(refused.getMessage().contains("pending migration(s)")
                && refused.getMessage().contains("domain.sh migrate"), refused.getMessage());
    }

    @Test
    void aNameThatIsNotAnIdentifierNeverReachesTheDdl() {
        assertEquals("BR_OWNER", SchemaOwner.name("br_owner"));
        for (String name : new String[] {"a;b", "br owner", "\"x\"", "1abc", ""}) {
            assertThrows(IllegalArgumentException.class, () -> SchemaOwner.name(name), name);
        }
    }
}
