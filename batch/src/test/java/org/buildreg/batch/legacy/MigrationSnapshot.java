package org.buildreg.batch.legacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What legacy-migration left in a database, row by row and column by column, by natural keys (企业编码, 证件号码,
 * certificate numbers) rather than generated ids, and without timestamps: so that two runs of one export compare
 * equal whether they ran in one database or in two, and a row lost or written twice shows. Restricted to one
 * export's rows: enterprises whose 企业编码 and persons whose 人员编号 match the given LIKE patterns.
 */
final class MigrationSnapshot {

    private static final List<String> QUERIES = List.of(
            "SELECT legacy_code, name, uscc, org_code, city_code, county_code, needs_uscc_filing FROM enterprise"
                    + " WHERE legacy_code LIKE :enterprises ORDER BY legacy_code",
            "SELECT a.username, a.role, SUBSTR(a.password_hash, 1, 24), e.legacy_code FROM account a JOIN enterprise e"
                    + " ON e.id = a.enterprise_id WHERE e.legacy_code LIKE :enterprises ORDER BY a.username",
            "SELECT p.id_number, p.name, p.legacy_code, p.birth_date, e.legacy_code FROM person p"
                    + " LEFT JOIN enterprise e ON e.id = p.enterprise_id WHERE p.legacy_code LIKE :persons"
                    + " ORDER BY p.id_number",
            "SELECT r.registration_no, r.certificate_no, p.id_number, r.valid_until, r.status"
                    + " FROM constructor_registration r JOIN person p ON p.id = r.person_id"
                    + " WHERE p.legacy_code LIKE :persons ORDER BY r.registration_no",
            "SELECT r.registration_no, s.specialty FROM constructor_specialty s JOIN constructor_registration r"
                    + " ON r.id = s.registration_id JOIN person p ON p.id = r.person_id"
                    + " WHERE p.legacy_code LIKE :persons ORDER BY r.registration_no, s.specialty",
            "SELECT c.certificate_no, p.id_number, c.category, c.valid_until, c.status"
                    + " FROM safety_staff_certificate c JOIN person p ON p.id = c.person_id"
                    + " WHERE p.legacy_code LIKE :persons ORDER BY c.certificate_no",
            "SELECT l.licence_no, e.legacy_code, l.status FROM safety_licence l JOIN enterprise e"
                    + " ON e.id = l.enterprise_id WHERE e.legacy_code LIKE :enterprises ORDER BY l.licence_no",
            "SELECT q.certificate_no, e.legacy_code FROM qualification_certificate q JOIN enterprise e"
                    + " ON e.id = q.enterprise_id WHERE e.legacy_code LIKE :enterprises ORDER BY q.certificate_no",
            "SELECT person_no, id_number, reason FROM legacy_person_code WHERE person_no LIKE :persons"
                    + " ORDER BY person_no",
            "SELECT id_number, person_no, enterprise_code, name FROM legacy_staged_person"
                    + " WHERE person_no LIKE :persons ORDER BY id_number",
            "SELECT kind, certificate_no, person_no, enterprise_code FROM legacy_staged_certificate"
                    + " WHERE person_no LIKE :persons OR (person_no IS NULL AND enterprise_code LIKE :enterprises)"
                    + " ORDER BY kind, certificate_no");

    private static final Pattern PARAMETER = Pattern.compile(":(enterprises|persons)");

    private MigrationSnapshot() {
    }

    /** Every table the migration writes, restricted to the export whose codes match the patterns. */
    static String of(Connection c, String enterpriseCodes, String personNos) throws SQLException {
        StringBuilder all = new StringBuilder();
        for (String query : QUERIES) {
            all.append(query, 0, query.indexOf(" FROM ")).append('\n');
            Matcher parameter = PARAMETER.matcher(query);
            String sql = parameter.replaceAll("?");
            parameter.reset();
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 1; parameter.find(); i++) {
                    statement.setString(i, parameter.group(1).equals("enterprises") ? enterpriseCodes : personNos);
                }
                appendRows(statement, all);
            }
        }
        return all.toString();
    }

    /** The reject report of some executions (one job instance's), by file and row: a row reported twice shows. */
    static String rejects(Connection c, Collection<Long> executions) throws SQLException {
        String ids = executions.stream().map(String::valueOf).collect(Collectors.joining(","));
        StringBuilder all = new StringBuilder();
        try (PreparedStatement statement = c.prepareStatement("SELECT file_name, row_no, reason, raw_row"
                + " FROM batch_reject WHERE job_execution_id IN (" + ids + ") ORDER BY file_name, row_no, reason")) {
            appendRows(statement, all);
        }
        return all.toString();
    }

    private static void appendRows(PreparedStatement statement, StringBuilder all) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    all.append(rs.getString(i)).append('|');
                }
                all.append('\n');
            }
        }
    }
}
