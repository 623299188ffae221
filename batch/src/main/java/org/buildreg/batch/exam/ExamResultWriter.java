package org.buildreg.batch.exam;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Upserts a chunk of exam passes in the chunk's transaction: 二级建造师 passes into exam_result, 安全生产考核 results
 * into safety_staff_exam, one JDBC batch each.
 */
@Named
@Dependent
public class ExamResultWriter extends AbstractItemWriter {

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ExamResults.write(c, items);
        }
    }
}
