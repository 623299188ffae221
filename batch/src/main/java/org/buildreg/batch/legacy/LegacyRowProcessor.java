package org.buildreg.batch.legacy;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.buildreg.legacy.CsvRow;
import org.buildreg.legacy.LegacyCities;
import org.buildreg.legacy.LegacyFile;
import org.buildreg.legacy.LegacyMigration;
import org.buildreg.legacy.LegacyNormalizer;
import org.buildreg.legacy.LegacyRow;
import org.buildreg.legacy.PersonLink;
import org.buildreg.legacy.Rejected;

/**
 * Normalizes a row of the step's file ({@code file}) into its record; a rejected row is thrown as
 * {@link RejectedRow} (skipped into the reject report). What a row is checked against — the 盟市, the specialties,
 * the enterprises and persons the earlier steps wrote — is read once per step, not once per row.
 */
@Named
@Dependent
public class LegacyRowProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String file;
    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    private LegacyFile legacyFile;
    private LegacyNormalizer normalizer;
    private Set<String> enterprises;
    private Map<String, PersonLink> persons;

    @Override
    public LegacyRow processItem(Object item) throws RejectedRow, SQLException {
        if (normalizer == null) {
            load();
        }
        return process(legacyFile, normalizer, enterprises, persons, (CsvRow) item);
    }

    /** The rule of one row, reachable without a server. */
    static LegacyRow process(LegacyFile file, LegacyNormalizer normalizer, Set<String> enterprises,
            Map<String, PersonLink> persons, CsvRow row) throws RejectedRow {
        LegacyRow outcome = switch (file) {
            case ENTERPRISES -> normalizer.enterprise(row);
            case PERSONS -> normalizer.person(row, enterprises::contains);
            case CONSTRUCTOR_REGISTRATIONS -> normalizer.constructorRegistration(row,
                    personNo -> Optional.ofNullable(persons.get(personNo)));
            case SAFETY_STAFF_CERTIFICATES -> normalizer.safetyStaffCertificate(row,
                    personNo -> Optional.ofNullable(persons.get(personNo)));
            case SAFETY_LICENCES -> normalizer.safetyLicence(row, enterprises::contains);
            case EXAM_PASSES -> normalizer.examPass(row);
        };
        if (outcome instanceof Rejected rejected) {
            throw new RejectedRow(rejected);
        }
        return outcome;
    }

    private void load() throws SQLException {
        legacyFile = LegacyFile.valueOf(file);
        try (Connection c = dataSource.getConnection()) {
            normalizer = new LegacyNormalizer(new LegacyCities(LegacyMigration.cities(c)), LegacyMigration.specialtyCodes(c));
            enterprises = legacyFile == LegacyFile.PERSONS || legacyFile == LegacyFile.SAFETY_LICENCES
                    ? LegacyMigration.enterpriseCodes(c) : Set.of();
            persons = legacyFile == LegacyFile.CONSTRUCTOR_REGISTRATIONS
                    || legacyFile == LegacyFile.SAFETY_STAFF_CERTIFICATES ? LegacyMigration.personLinks(c) : Map.of();
        }
    }
}
