package org.buildreg.batch.legacy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.buildreg.batch.reference.DivisionRow;
import org.buildreg.legacy.CsvRow;
import org.buildreg.legacy.LegacyCities;
import org.buildreg.legacy.LegacyCsv;
import org.buildreg.legacy.LegacyExport;
import org.buildreg.legacy.LegacyFile;
import org.buildreg.legacy.LegacyMigration;
import org.buildreg.legacy.LegacyNormalizer;
import org.buildreg.legacy.PersonLink;
import org.buildreg.legacy.Rejected;

/**
 * legacy-migration's steps without the batch runtime, as the runtime runs them: per step the processor's lookups
 * read once, then reader → processor → writer, the chunk's rejects into the report and the staging area, a commit
 * per chunk.
 * For the tests and the benchmark.
 */
final class LegacySteps {

    static final List<LegacyFile> ORDER = List.of(LegacyFile.ENTERPRISES, LegacyFile.PERSONS,
            LegacyFile.CONSTRUCTOR_REGISTRATIONS, LegacyFile.SAFETY_STAFF_CERTIFICATES, LegacyFile.SAFETY_LICENCES);

    private LegacySteps() {
    }

    /** The divisions, as the reference-data job loads them: the 盟市 of an export are matched against them. */
    static void loadDivisions(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO division (code, name, div_level, parent_code) VALUES (?, ?, ?, ?)");
             BufferedReader lines = new BufferedReader(new InputStreamReader(
                     LegacySteps.class.getResourceAsStream("/reference/nmg-divisions.csv"),
                     StandardCharsets.UTF_8))) {
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                DivisionRow row = DivisionRow.parse(line);
                insert.setString(1, row.code());
                insert.setString(2, row.name());
                insert.setString(3, row.level());
                insert.setString(4, row.parentCode());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Every step over {@code export} (null: the bundled sample); returns the rows read. */
    static long run(DataSource dataSource, Path export, long execution, int chunk) throws Exception {
        long rows = 0;
        for (LegacyFile file : ORDER) {
            rows += step(dataSource, export, file, execution, chunk, 0, Long.MAX_VALUE);
        }
        return rows;
    }

    /** One step from row {@code from} (a checkpoint), stopping after row {@code until}; returns the rows read. */
    static long step(DataSource dataSource, Path export, LegacyFile file, long execution, int chunk, long from,
            long until) throws Exception {
        long read = 0;
        try (LegacyExport opened = export == null ? LegacyExport.bundledSample() : LegacyExport.open(export);
             LegacyCsv rows = opened.reader(file); Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            LegacyNormalizer normalizer = new LegacyNormalizer(new LegacyCities(LegacyMigration.cities(c)),
                    LegacyMigration.specialtyCodes(c));
            Set<String> enterprises = LegacyMigration.enterpriseCodes(c);
            Map<String, PersonLink> persons = LegacyMigration.personLinks(c);
            LegacyRowWriter writer = new LegacyRowWriter();
            rows.skip(from);
            List<Object> items = new ArrayList<>();
            List<Rejected> rejects = new ArrayList<>();
            for (CsvRow row = rows.next(); row != null && row.number() <= until; row = rows.next()) {
                read++;
                try {
                    items.add(LegacyRowProcessor.process(file, normalizer, enterprises, persons, row));
                } catch (RejectedRow rejected) {
                    rejects.add(rejected.rejected());
                }
                if (items.size() == chunk) {
                    endChunk(c, file, execution, writer, items, rejects);
                }
            }
            endChunk(c, file, execution, writer, items, rejects);
        }
        return read;
    }

    /** The chunk's end, as the runtime has it: the writer, then the reject listener's batch, then the commit. */
    private static void endChunk(Connection c, LegacyFile file, long execution, LegacyRowWriter writer,
            List<Object> items, List<Rejected> rejects) throws Exception {
        writer.write(c, file, items, LocalDateTime.now());
        RejectReport.record(c, execution, rejects);
        LegacyMigration.stage(c, rejects, LocalDateTime.now());
        items.clear();
        rejects.clear();
        c.commit();
    }
}
