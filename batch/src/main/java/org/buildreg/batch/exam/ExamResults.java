package org.buildreg.batch.exam;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.buildreg.legacy.ExamPass;
import org.buildreg.legacy.SafetyStaffExamPass;

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

    // Keyed by (id_number, category) like uq_safety_staff_exam: a later 考核 in the same 人员类别 replaces the result.
    private static final String MERGE_SAFETY_STAFF = "MERGE INTO safety_staff_exam x"
            + " USING (SELECT CAST(? AS VARCHAR2(30 CHAR)) AS id_number, CAST(? AS VARCHAR2(60 CHAR)) AS name,"
            + " CAST(? AS VARCHAR2(4 CHAR)) AS category, CAST(? AS DATE) AS exam_date,"
            + " CAST(? AS VARCHAR2(10 CHAR)) AS score FROM dual) s"
            + " ON (x.id_number = s.id_number AND x.category = s.category)"
            + " WHEN MATCHED THEN UPDATE SET x.name = s.name, x.exam_date = s.exam_date, x.score = s.score"
            + " WHEN NOT MATCHED THEN INSERT (id, id_number, name, category, exam_date, score)"
            + " VALUES (seq_safety_staff_exam.NEXTVAL, s.id_number, s.name, s.category, s.exam_date, s.score)";

    private ExamResults() {
    }

    /** Writes a chunk: 二级建造师 passes into exam_result, 安全生产考核 results into safety_staff_exam. */
    public static void write(Connection connection, List<?> items) throws SQLException {
        List<ExamPass> passes = new ArrayList<>(items.size());
        List<SafetyStaffExamPass> staffPasses = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof SafetyStaffExamPass staff) {
                staffPasses.add(staff);
            } else {
                passes.add((ExamPass) item);
            }
        }
        if (!passes.isEmpty()) {
            upsert(connection, passes);
        }
        if (!staffPasses.isEmpty()) {
            upsertSafetyStaff(connection, staffPasses);
        }
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

    /** Upserts the 安全生产考核 results of one chunk in one JDBC batch. */
    public static void upsertSafetyStaff(Connection connection, List<SafetyStaffExamPass> passes) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(MERGE_SAFETY_STAFF)) {
            for (SafetyStaffExamPass pass : passes) {
                merge.setString(1, pass.idNumber());
                merge.setString(2, pass.name());
                merge.setString(3, pass.category().name());
                merge.setDate(4, java.sql.Date.valueOf(pass.examDate()));
                merge.setString(5, pass.score());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }
}
