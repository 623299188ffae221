package org.buildreg.batch.reference;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Upserts a chunk of divisions in one JDBC batch (MERGE: portable to Oracle and H2). */
@Named
@Dependent
public class DivisionWriter extends AbstractItemWriter {

    private static final String MERGE = "MERGE INTO division d"
            + " USING (SELECT CAST(? AS VARCHAR2(6 CHAR)) AS code, CAST(? AS VARCHAR2(40 CHAR)) AS name,"
            + " CAST(? AS VARCHAR2(16 CHAR)) AS div_level, CAST(? AS VARCHAR2(6 CHAR)) AS parent_code FROM dual) s"
            + " ON (d.code = s.code)"
            + " WHEN MATCHED THEN UPDATE SET d.name = s.name, d.div_level = s.div_level, d.parent_code = s.parent_code"
            + " WHEN NOT MATCHED THEN INSERT (code, name, div_level, parent_code)"
            + " VALUES (s.code, s.name, s.div_level, s.parent_code)";

    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement merge = c.prepareStatement(MERGE)) {
            for (Object item : items) {
                DivisionRow row = (DivisionRow) item;
                merge.setString(1, row.code());
                merge.setString(2, row.name());
                merge.setString(3, row.level());
                merge.setString(4, row.parentCode());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }
}
