package org.buildreg.batch.exam;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.buildreg.legacy.ExamPass;

/** Upserts a chunk of exam passes into exam_result in one JDBC batch, in the chunk's transaction. */
@Named
@Dependent
public class ExamResultWriter extends AbstractItemWriter {

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        List<ExamPass> passes = new ArrayList<>(items.size());
        for (Object item : items) {
            passes.add((ExamPass) item);
        }
        try (Connection c = dataSource.getConnection()) {
            ExamResults.upsert(c, passes);
        }
    }
}
