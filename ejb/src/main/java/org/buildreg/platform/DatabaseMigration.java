package org.buildreg.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at deploy, before anything else touches the database. The same versioned
 * migrations run on Oracle in production and on H2 (MODE=Oracle) in the embedded default and the tests. Where the
 * schema belongs to another user than the pool's ({@link SchemaOwner}), its owner migrates it and the deploy checks.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        String schema = System.getProperty(SchemaOwner.SCHEMA_PROPERTY, "");
        if (!schema.isBlank()) {
            // The pool's user is not the schema's owner: it may only find the schema up to date.
            SchemaOwner.verify(dataSource, schema, getClass().getClassLoader());
            LOG.info(() -> "Database schema " + SchemaOwner.name(schema) + " is up to date (owned by another user)");
            return;
        }
        var flyway = migrator(dataSource, getClass().getClassLoader());
        var result = flyway.migrate();
        if (Boolean.getBoolean("buildreg.schema.byte-checks")) {
            // Tests only (H2): refuse what Oracle would refuse for its byte limits.
            CharacterColumns.addByteChecks(flyway, dataSource, getClass().getClassLoader());
        }
        var current = flyway.info().current();
        LOG.info(() -> "Database schema at version " + (current == null ? "none" : current.getVersion())
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The one migration set, for the server and for tests that run it on their own H2. */
    public static Flyway migrator(DataSource dataSource, ClassLoader loader) {
        return Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("schema_history")
                .load();
    }
}
