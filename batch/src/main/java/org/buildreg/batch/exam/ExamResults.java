package org.buildreg.batch.exam;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.buildreg.legacy.ExamPass;

/** The SQL of the exam-results-import job, plain JDBC that Oracle and H2 in Oracle mode both run. */
public final class ExamResults {

    // Keyed by (id_number, specialty) like uq_exam_result: a second run of the same file updates each row to
    // the values it already has, so it adds and changes nothing. issued_on is left as it is: kshg.csv has only
    // the exam year, not the certificate's date.
    private static final String MERGE = "MERGE INTO exam_result x"
            + " USING (SELECT CAST(? AS VARCHAR2(30 CHAR)) AS id_number, CAST(? AS VARCHAR2(60 CHAR)) AS name,"
            + " CAST(? AS VARCHAR2(20 CHAR)) AS specialty, CAST(? AS VARCHAR2(20 CHAR)) AS qualification_no FROM dual) s"
            + " ON (x.id_number = s.id_number AND x.specialty = s.specialty)"
            + " WHEN MATCHED THEN UPDATE SET x.name = s.name, x.qualification_no = s.qualification_no"
            + " WHEN NOT MATCHED THEN INSERT (id, id_number, name, specialty, qualification_no)"
            + " VALUES (seq_exam_result.NEXTVAL, s.id_number, s.name, s.specialty, s.qualification_no)";

    private ExamResults() {
    }

    /** Upserts the passes of one chunk in one JDBC batch. */
    public static void upsert(Connection connection, List<ExamPass> passes) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
            for (ExamPass pass : passes) {
                merge.setString(1, pass.idNumber());
                merge.setString(2, pass.name());
                merge.setString(3, pass.specialty());
                merge.setString(4, pass.qualificationNo());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }
}
