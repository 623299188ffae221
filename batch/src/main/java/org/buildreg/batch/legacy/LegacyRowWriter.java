package org.buildreg.batch.legacy;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.buildreg.batch.BatchJob;
import org.buildreg.batch.JobClosure;
import org.buildreg.legacy.LegacyMigration;
import org.buildreg.legacy.LegacyConstructorRegistration;
import org.buildreg.legacy.LegacyEnterprise;
import org.buildreg.legacy.LegacyFile;
import org.buildreg.legacy.LegacyPerson;
import org.buildreg.legacy.LegacySafetyLicence;
import org.buildreg.legacy.LegacySafetyStaffCertificate;

/** Writes a chunk of the step's file into the platform's tables, JDBC-batched, in the chunk's transaction. */
@Named
@Dependent
public class LegacyRowWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String file;
    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    private Map<String, String> counties;
    private Map<String, Long> enterpriseIds;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            write(c, LegacyFile.valueOf(file), items, LocalDateTime.now());
        }
    }

    /**
     * One chunk, reachable without a server; refused as a whole once the migration is closed (cut-over): nothing
     * from an old export may create accounts or certificates after it.
     */
    void write(Connection c, LegacyFile legacyFile, List<Object> items, LocalDateTime now) throws SQLException {
        JobClosure closure = JobClosure.of(c, BatchJob.LEGACY_MIGRATION.jobName());
        if (closure != null) {
            throw new IllegalStateException(BatchJob.LEGACY_MIGRATION.label() + closure.describe()
                    + "（旧系统已停用）：本次执行不再写入");
        }
        switch (legacyFile) {
            case ENTERPRISES -> {
                if (counties == null) {
                    counties = LegacyMigration.counties(c);
                }
                LegacyMigration.writeEnterprises(c, cast(items, LegacyEnterprise.class), counties, now);
            }
            case PERSONS -> {
                if (enterpriseIds == null) {
                    enterpriseIds = LegacyMigration.enterpriseIds(c);
                }
                LegacyMigration.writePersons(c, cast(items, LegacyPerson.class), enterpriseIds, now);
            }
            case CONSTRUCTOR_REGISTRATIONS -> LegacyMigration.writeConstructorRegistrations(c,
                    cast(items, LegacyConstructorRegistration.class));
            case SAFETY_STAFF_CERTIFICATES -> LegacyMigration.writeSafetyStaffCertificates(c,
                    cast(items, LegacySafetyStaffCertificate.class));
            case SAFETY_LICENCES -> LegacyMigration.writeSafetyLicences(c, cast(items, LegacySafetyLicence.class));
            case EXAM_PASSES -> throw new IllegalArgumentException("kshg.csv is exam-results-import's");
        }
    }

    private static <T> List<T> cast(List<Object> items, Class<T> type) {
        List<T> rows = new ArrayList<>(items.size());
        for (Object item : items) {
            rows.add(type.cast(item));
        }
        return rows;
    }
}
