package org.buildreg.batch.legacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.buildreg.legacy.CsvRow;
import org.buildreg.legacy.LegacyCsv;
import org.buildreg.legacy.LegacyExport;
import org.buildreg.legacy.LegacyFile;
import org.buildreg.expiry.ExpirySweep;
import org.buildreg.platform.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;

/**
 * {@code bin/bench migrate [persons]} (default 1,000,000): generates an old-system export of that many persons with
 * their enterprises, certificates and licences, in the LEGACY-FORMAT shape and dirt; then, into one H2 database in
 * Oracle mode with the platform's schema, (a) inserts the same rows by plain JDBC batches into the same tables (500
 * a batch, a commit per batch, raw fields: no normalization, no lookups, no merging) and (b) migrates them with legacy-migration's
 * steps (read, normalize, reject and stage, write keyed by natural keys, a commit per chunk of 500); reports rows per
 * second of each and their ratio, then the time of the expiry sweep over the migrated certificates and licences
 * (twice: the second run finds nothing left). Not a test: timings depend on the machine.
 */
public final class MigrationBenchmark {

    private MigrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("buildreg-migrate-bench-");
        try {
            Path export = dir.resolve("export");
            long t0 = System.nanoTime();
            LegacyExportGenerator.Written written = new LegacyExportGenerator().write(export, persons);
            System.out.printf(Locale.ROOT, "Generated %,d rows (%,d enterprises, %,d persons, %,d 二级建造师, %,d 安管人员,"
                            + " %,d licences) in %.1f s%n", written.total(), written.enterprises(), written.persons(),
                    written.registrations(), written.staff(), written.licences(), (System.nanoTime() - t0) / 1e9);
            JdbcDataSource db = new JdbcDataSource();
            db.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=262144");
            db.setUser("sa");
            DatabaseMigration.migrator(db, MigrationBenchmark.class.getClassLoader()).migrate();
            LegacySteps.loadDivisions(db);

            long t1 = System.nanoTime();
            long plainRows = plainInsert(db, export);
            double plainSeconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf(Locale.ROOT, "plain JDBC batches:  %,d rows in %.1f s = %,.0f rows/s%n", plainRows,
                    plainSeconds, plainRows / plainSeconds);
            deletePlainRows(db);

            long t2 = System.nanoTime();
            long migratedRows = 0;
            for (LegacyFile file : LegacySteps.ORDER) {
                long ts = System.nanoTime();
                long n = LegacySteps.step(db, export, file, 1, 500, 0, Long.MAX_VALUE);
                migratedRows += n;
                System.out.printf(Locale.ROOT, "  %-26s %,9d rows %6.1f s%n", file.fileName(), n,
                        (System.nanoTime() - ts) / 1e9);
            }
            double migrateSeconds = (System.nanoTime() - t2) / 1e9;
            System.out.printf(Locale.ROOT, "legacy-migration:    %,d rows in %.1f s = %,.0f rows/s%n", migratedRows,
                    migrateSeconds, migratedRows / migrateSeconds);
            System.out.printf(Locale.ROOT, "ratio (migration / plain JDBC): %.2f%n",
                    (migratedRows / migrateSeconds) / (plainRows / plainSeconds));
            try (Connection c = db.getConnection()) {
                // The expiry sweep over what the migration wrote: a first run marks, a second finds nothing left.
                for (int run = 1; run <= 2; run++) {
                    long ts = System.nanoTime();
                    ExpirySweep.Result result = ExpirySweep.run(c, ExpirySweep.cutOff(java.time.Instant.now()));
                    System.out.printf(Locale.ROOT, "expiry sweep run %d: %,d certificates and licences marked 已过期 in %.2f s%n",
                            run, result.total(), (System.nanoTime() - ts) / 1e9);
                }
            }
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                for (String table : new String[] {"enterprise", "person", "constructor_registration",
                        "safety_staff_certificate", "safety_licence", "batch_reject", "legacy_staged_person"}) {
                    try (var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        System.out.printf(Locale.ROOT, "  %-26s %,d%n", table, rs.getLong(1));
                    }
                }
                s.execute("SHUTDOWN");
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The baseline: the same rows by plain JDBC batches into the same tables, with their keys and indexes — raw
     * fields, no normalization, no lookups, no merging (dates left empty) — a commit per 500. The rows are deleted
     * again afterwards, untimed, so that the migration starts from the same empty tables.
     */
    private static long plainInsert(JdbcDataSource db, Path export) throws Exception {
        long rows = 0;
        String[] inserts = {
            "INSERT INTO enterprise (id, name, uscc, org_code, business_reg_no, city_code, legacy_code, created_at)"
                    + " VALUES (seq_enterprise.NEXTVAL, ?, NULLIF(?, ''), ?, ?, '150100', ?, CURRENT_TIMESTAMP)",
            "INSERT INTO person (id, legacy_code, name, gender, id_type, id_number, mobile, created_at)"
                    + " VALUES (seq_person.NEXTVAL, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)",
            "INSERT INTO constructor_registration (id, person_id, registration_no, qualification_no, certificate_no,"
                    + " status) VALUES (seq_constructor_registration.NEXTVAL, ?, ?, ?, ?, 'VALID')",
            "INSERT INTO safety_staff_certificate (id, certificate_no, person_id, category, status)"
                    + " VALUES (seq_safety_staff_certificate.NEXTVAL, ?, ?, 'C3', 'VALID')",
            "INSERT INTO safety_licence (id, licence_no, enterprise_id, principal, scope, status)"
                    + " VALUES (seq_safety_licence.NEXTVAL, ?, ?, ?, ?, 'VALID')"};
        long firstPerson;
        long firstEnterprise;
        try (Connection c = db.getConnection(); LegacyExport opened = LegacyExport.open(export)) {
            c.setAutoCommit(false);
            firstEnterprise = next(c, "seq_enterprise");
            firstPerson = next(c, "seq_person");
            for (int f = 0; f < LegacySteps.ORDER.size(); f++) {
                LegacyFile file = LegacySteps.ORDER.get(f);
                try (LegacyCsv csv = opened.reader(file); PreparedStatement insert = c.prepareStatement(inserts[f])) {
                    int batch = 0;
                    long n = 0;
                    for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                        rows++;
                        n++;
                        if (!row.complete() || row.size() != file.columns().size()) {
                            continue;
                        }
                        switch (file) {
                            case ENTERPRISES -> set(insert, row.field(1), row.field(2), row.field(3), row.field(4),
                                    row.field(0));
                            case PERSONS -> set(insert, row.field(0), row.field(1), row.field(2), row.field(3),
                                    row.field(4) + "#" + n, row.field(10));
                            case CONSTRUCTOR_REGISTRATIONS -> {
                                insert.setLong(1, firstPerson + 50 * (n - 1));
                                insert.setString(2, row.field(0));
                                insert.setString(3, row.field(1));
                                insert.setString(4, row.field(2));
                            }
                            case SAFETY_STAFF_CERTIFICATES -> {
                                insert.setString(1, row.field(0));
                                insert.setLong(2, firstPerson + 50 * (n - 1));
                            }
                            case SAFETY_LICENCES -> {
                                insert.setString(1, row.field(0));
                                insert.setLong(2, firstEnterprise + 50 * (n - 1));
                                insert.setString(3, row.field(2));
                                insert.setString(4, row.field(3));
                            }
                            default -> throw new IllegalStateException(file.name());
                        }
                        insert.addBatch();
                        if (++batch == 500) {
                            insert.executeBatch();
                            c.commit();
                            batch = 0;
                        }
                    }
                    insert.executeBatch();
                    c.commit();
                }
            }
        }
        return rows;
    }

    /** Empties what the baseline filled (not timed). */
    private static void deletePlainRows(JdbcDataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"safety_licence", "safety_staff_certificate", "constructor_registration",
                    "person", "enterprise"}) {
                s.execute("DELETE FROM " + table);
            }
        }
    }

    private static long next(Connection c, String sequence) throws Exception {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT " + sequence + ".NEXTVAL FROM dual")) {
            rs.next();
            return rs.getLong(1) + 50;
        }
    }

    private static void set(PreparedStatement insert, String... values) throws Exception {
        for (int i = 0; i < values.length; i++) {
            insert.setString(i + 1, values[i]);
        }
    }
}
