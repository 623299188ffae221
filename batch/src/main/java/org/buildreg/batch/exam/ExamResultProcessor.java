package org.buildreg.batch.exam;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.buildreg.batch.legacy.RejectedRow;
import org.buildreg.legacy.CsvRow;
import org.buildreg.legacy.ExamPass;
import org.buildreg.legacy.LegacyCities;
import org.buildreg.legacy.LegacyMigration;
import org.buildreg.legacy.LegacyNormalizer;
import org.buildreg.legacy.LegacyRow;
import org.buildreg.legacy.Rejected;
import org.buildreg.legacy.SafetyStaffExamPass;

/**
 * Normalizes a kshg.csv row into an {@link ExamPass} (二级建造师) or a {@link SafetyStaffExamPass} (安全生产考核); a
 * rejected row is thrown as {@link RejectedRow} (skipped).
 */
@Named
@Dependent
public class ExamResultProcessor implements ItemProcessor {

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    private LegacyNormalizer normalizer;

    @Override
    public LegacyRow processItem(Object item) throws RejectedRow, SQLException {
        return process(normalizer(), (CsvRow) item);
    }

    /** The rule of one row, reachable without a server. */
    static LegacyRow process(LegacyNormalizer normalizer, CsvRow row) throws RejectedRow {
        LegacyRow outcome = normalizer.examPass(row);
        if (outcome instanceof Rejected rejected) {
            throw new RejectedRow(rejected);
        }
        return outcome;
    }

    /** Exam passes need no 盟市; the specialties are read once per step from the specialty table. */
    private LegacyNormalizer normalizer() throws SQLException {
        if (normalizer == null) {
            try (Connection c = dataSource.getConnection()) {
                normalizer = new LegacyNormalizer(new LegacyCities(List.of()), LegacyMigration.specialtyCodes(c));
            }
        }
        return normalizer;
    }
}
