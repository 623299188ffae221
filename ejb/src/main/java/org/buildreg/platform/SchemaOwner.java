package org.buildreg.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A schema owned by one database user and used by another (模式所有者与应用用户分离). The owner alone has DDL rights:
 * it migrates the schema ({@code domain.sh migrate}, which runs {@link #main}) and grants the application user
 * SELECT, INSERT, UPDATE and DELETE on every table and SELECT on every sequence, nothing more. The application user's
 * pool points its sessions at the owner's schema ({@code ALTER SESSION SET CURRENT_SCHEMA}), and at deploy the
 * platform only checks that the schema is up to date ({@link #verify}): it cannot, and must not, change it.
 */
public final class SchemaOwner {

    /** The JVM option naming the owner's schema when the pool's user is not its owner. */
    public static final String SCHEMA_PROPERTY = "buildreg.db.schema";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_$#]{0,127}");

    private SchemaOwner() {
    }

    /** An Oracle identifier as the dictionary spells it, or refused: it goes into DDL, never as a bind value. */
    public static String name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a schema or user name: " + name);
        }
        return name.toUpperCase(Locale.ROOT);
    }

    /** The migrator for the owner's schema, as both the owner and the application user see it. */
    public static Flyway migrator(DataSource dataSource, ClassLoader loader, String schema) {
        return Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("schema_history")
                .schemas(name(schema))
                .createSchemas(false)
                .load();
    }

    /**
     * The owner's part: brings the schema up to date and grants {@code applicationUser} what the platform needs of
     * every table and sequence, those created now included. Safe to repeat. Returns the migrations applied now.
     */
    public static int migrate(DataSource owner, String schema, String applicationUser, ClassLoader loader) {
        int applied = migrator(owner, loader, schema).migrate().migrationsExecuted;
        try (Connection c = owner.getConnection()) {
            grant(c, name(schema), name(applicationUser));
        } catch (SQLException e) {
            throw new IllegalStateException("the grants to " + applicationUser + " failed: " + e.getMessage(), e);
        }
        return applied;
    }

    /**
     * The application user's part at deploy: the schema must be exactly at the version these migrations end with.
     * Pending migrations refuse the start, with what to run, rather than running half an application.
     */
    public static void verify(DataSource application, String schema, ClassLoader loader) {
        Flyway flyway = migrator(application, loader, schema);
        int pending = flyway.info().pending().length;
        if (pending > 0) {
            throw new IllegalStateException("schema " + name(schema) + " has " + pending + " pending migration(s):"
                    + " run payara-config/domain.sh migrate as the schema's owner before deploying this version");
        }
        try {
            flyway.validate();
        } catch (FlywayException e) {
            throw new IllegalStateException("schema " + name(schema) + " does not match this version's migrations: "
                    + e.getMessage(), e);
        }
    }

    static void grant(Connection c, String schema, String grantee) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (ResultSet tables = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                // Flyway's history is read at deploy (verify) and written only by the owner.
                String rights = table.equalsIgnoreCase("schema_history") ? "SELECT" : "SELECT, INSERT, UPDATE, DELETE";
                statements.add("GRANT " + rights + " ON " + schema + ".\"" + table + "\" TO " + grantee);
            }
        }
        boolean oracle = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("oracle");
        if (oracle) {
            // H2 has no sequence privileges (a user who may use the schema may use its sequences); Oracle has.
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT sequence_name FROM all_sequences WHERE sequence_owner = ?")) {
                select.setString(1, schema);
                try (ResultSet sequences = select.executeQuery()) {
                    while (sequences.next()) {
                        statements.add("GRANT SELECT ON " + schema + ".\"" + sequences.getString(1) + "\" TO " + grantee);
                    }
                }
            }
        }
        try (Statement statement = c.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /**
     * {@code domain.sh migrate}: the owner's connection from BUILDREG_DB_URL, BUILDREG_DB_OWNER and
     * BUILDREG_DB_OWNER_PASSWORD; the grantee is BUILDREG_DB_USER, the pool's user.
     */
    public static void main(String[] args) {
        String url = required("BUILDREG_DB_URL");
        String owner = required("BUILDREG_DB_OWNER");
        String password = required("BUILDREG_DB_OWNER_PASSWORD");
        String applicationUser = required("BUILDREG_DB_USER");
        ClassLoader loader = SchemaOwner.class.getClassLoader();
        DataSource dataSource = Flyway.configure(loader).dataSource(url, owner, password).getDataSource();
        int applied = migrate(dataSource, owner, applicationUser, loader);
        System.out.println("schema " + name(owner) + " is up to date (" + applied + " migration(s) applied now);"
                + " " + name(applicationUser) + " may read and write its tables");
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            System.err.println(variable + " is required");
            System.exit(2);
        }
        return value;
    }
}
