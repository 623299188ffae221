package org.buildreg.legacy;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.buildreg.auth.PasswordHasher;
import org.buildreg.reference.CertificateStatus;

/**
 * The SQL of legacy-migration (and of 旧数据导入申请, which moves staged rows into an enterprise): each chunk of normalized rows goes in as JDBC batches, in the chunk's transaction.
 * Every statement is keyed by the natural key of what it writes (USCC or organization code, the normalized ID
 * number, the certificate and licence numbers, 人员编号), so a chunk written twice — after a restart, or a second run
 * of the same export — adds and changes nothing. Plain JDBC that Oracle and H2 in Oracle mode both run.
 */
public final class LegacyMigration {

    private LegacyMigration() {
    }

    // ---- enterprises (qy.csv) -------------------------------------------------------------------------------

    /**
     * An enterprise already on the platform (same USCC, or same organization code when the export has no USCC) gets
     * the old code attached; any other is created with its old main account (old login name, its old MD5 wrapped in
     * PBKDF2 until its first login) and its qualification certificate.
     */
    public static void writeEnterprises(Connection c, List<LegacyEnterprise> rows, Map<String, String> counties,
            LocalDateTime now) throws SQLException {
        Map<String, long[]> existing = existingEnterprises(c, rows);
        Timestamp at = Timestamp.valueOf(now);
        try (PreparedStatement attach = c.prepareStatement(
                     "UPDATE enterprise SET legacy_code = ? WHERE id = ? AND legacy_code IS NULL");
             PreparedStatement insert = c.prepareStatement("INSERT INTO enterprise (id, name, uscc, org_code,"
                     + " business_reg_no, city_code, county_code, registered_address, current_address,"
                     + " legal_representative, economic_type, contact_name, contact_phone, needs_uscc_filing,"
                     + " legacy_code, created_at) VALUES (seq_enterprise.NEXTVAL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                     + " ?, ?, ?)")) {
            for (LegacyEnterprise e : rows) {
                long[] found = existing.get(key(e));
                if (found != null) {
                    attach.setString(1, e.code());
                    attach.setLong(2, found[0]);
                    attach.addBatch();
                    continue;
                }
                int i = 0;
                insert.setString(++i, e.name());
                insert.setString(++i, e.uscc());
                insert.setString(++i, e.organizationCode());
                insert.setString(++i, e.businessRegistrationNo());
                insert.setString(++i, e.cityCode());
                insert.setString(++i, e.county() == null ? null : counties.get(e.cityCode() + "|" + e.county()));
                insert.setString(++i, e.registeredAddress());
                insert.setString(++i, e.currentAddress());
                insert.setString(++i, e.legalRepresentative());
                insert.setString(++i, e.economicType());
                insert.setString(++i, e.contact());
                insert.setString(++i, e.phone());
                insert.setInt(++i, e.needsUsccFiling() ? 1 : 0);
                insert.setString(++i, e.code());
                insert.setTimestamp(++i, at);
                insert.addBatch();
            }
            attach.executeBatch();
            insert.executeBatch();
        }
        writeAccounts(c, rows, at);
        writeQualifications(c, rows);
    }

    /** Enterprises already there for this chunk, by USCC or organization code, in one query: key → {id}. */
    private static Map<String, long[]> existingEnterprises(Connection c, List<LegacyEnterprise> rows)
            throws SQLException {
        List<String> usccs = new ArrayList<>();
        List<String> orgCodes = new ArrayList<>();
        for (LegacyEnterprise e : rows) {
            if (e.uscc() != null) {
                usccs.add(e.uscc());
            } else if (e.organizationCode() != null) {
                orgCodes.add(e.organizationCode());
            }
        }
        Map<String, long[]> found = new HashMap<>();
        if (usccs.isEmpty() && orgCodes.isEmpty()) {
            return found;
        }
        String sql = "SELECT id, uscc, org_code FROM enterprise WHERE uscc IN (" + marks(Math.max(1, usccs.size()))
                + ") OR org_code IN (" + marks(Math.max(1, orgCodes.size())) + ")";
        try (PreparedStatement select = c.prepareStatement(sql)) {
            int i = 0;
            for (String uscc : usccs.isEmpty() ? List.of("") : usccs) {
                select.setString(++i, uscc);
            }
            for (String org : orgCodes.isEmpty() ? List.of("") : orgCodes) {
                select.setString(++i, org);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long[] id = {rs.getLong(1)};
                    if (rs.getString(2) != null) {
                        found.put("U" + rs.getString(2), id);
                    }
                    if (rs.getString(3) != null) {
                        found.put("O" + rs.getString(3), id);
                    }
                }
            }
        }
        return found;
    }

    private static String key(LegacyEnterprise e) {
        return e.uscc() != null ? "U" + e.uscc() : "O" + e.organizationCode();
    }

    /** The old main accounts: created once, only where the login name is free and the enterprise was created here. */
    private static void writeAccounts(Connection c, List<LegacyEnterprise> rows, Timestamp at) throws SQLException {
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO account a"
                + " USING (SELECT CAST(? AS VARCHAR2(40 CHAR)) AS username, e.id AS enterprise_id, e.name, e.city_code"
                + " FROM enterprise e WHERE e.legacy_code = ? AND NOT EXISTS"
                + " (SELECT 1 FROM account x WHERE x.enterprise_id = e.id AND x.role = 'ENTERPRISE_MAIN')) s"
                + " ON (a.username = s.username)"
                + " WHEN NOT MATCHED THEN INSERT (id, username, password_hash, role, enterprise_id, city_code,"
                + " display_name, created_at) VALUES (seq_account.NEXTVAL, s.username, ?, 'ENTERPRISE_MAIN',"
                + " s.enterprise_id, s.city_code, s.name, ?)")) {
            List<LegacyEnterprise> withLogin = rows.stream()
                    .filter(e -> e.loginName() != null && e.passwordMd5() != null).toList();
            // The wrap is PBKDF2, the one costly thing of a chunk: computed on every core.
            List<String> wrapped = withLogin.parallelStream().map(e -> PasswordHasher.wrapLegacyMd5(e.passwordMd5()))
                    .toList();
            for (int i = 0; i < withLogin.size(); i++) {
                LegacyEnterprise e = withLogin.get(i);
                merge.setString(1, e.loginName());
                merge.setString(2, e.code());
                merge.setString(3, wrapped.get(i));
                merge.setTimestamp(4, at);
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    private static void writeQualifications(Connection c, List<LegacyEnterprise> rows) throws SQLException {
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO qualification_certificate q"
                + " USING (SELECT CAST(? AS VARCHAR2(40 CHAR)) AS certificate_no, e.id AS enterprise_id"
                + " FROM enterprise e WHERE e.legacy_code = ?) s"
                + " ON (q.certificate_no = s.certificate_no)"
                + " WHEN NOT MATCHED THEN INSERT (id, certificate_no, enterprise_id, categories)"
                + " VALUES (seq_qualification_certificate.NEXTVAL, s.certificate_no, s.enterprise_id, ?)")) {
            for (LegacyEnterprise e : rows) {
                if (e.qualificationCertificateNo() == null) {
                    continue;
                }
                merge.setString(1, e.qualificationCertificateNo());
                merge.setString(2, e.code());
                merge.setString(3, e.qualification()); // absent: NULL (Oracle would make '' NULL anyway)
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    // ---- persons (ry.csv) -----------------------------------------------------------------------------------

    /**
     * Persons by normalized ID number (a second 人员编号 of the same person merges into the first), and their codes.
     * Set-based per chunk: one query finds the ID numbers already there, one batch inserts the others (a MERGE per
     * row costs several times as much on a million rows).
     */
    public static void writePersons(Connection c, List<LegacyPerson> rows, Map<String, Long> enterpriseIds,
            LocalDateTime now) throws SQLException {
        Set<String> present = existing(c, "SELECT id_number FROM person WHERE id_number IN (%s)",
                rows.stream().map(LegacyPerson::idNumber).toList());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO person (id, name, gender, id_type, id_number,"
                + " birth_date, ethnicity, education, school, major, mobile, enterprise_id, legacy_code, created_at)"
                + " VALUES (seq_person.NEXTVAL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Timestamp at = Timestamp.valueOf(now);
            for (LegacyPerson p : rows) {
                if (!present.add(p.idNumber())) {
                    continue;
                }
                int i = 0;
                insert.setString(++i, p.name());
                insert.setString(++i, p.gender());
                insert.setString(++i, p.idType());
                insert.setString(++i, p.idNumber());
                setDate(insert, ++i, p.birthDate());
                insert.setString(++i, p.ethnicity());
                insert.setString(++i, p.education());
                insert.setString(++i, p.school());
                insert.setString(++i, p.major());
                insert.setString(++i, p.mobile());
                Long enterprise = enterpriseIds.get(p.enterpriseCode());
                if (enterprise == null) {
                    insert.setNull(++i, Types.BIGINT);
                } else {
                    insert.setLong(++i, enterprise);
                }
                insert.setString(++i, p.personNo());
                insert.setTimestamp(++i, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<PersonLink> links = new ArrayList<>(rows.size());
        for (LegacyPerson p : rows) {
            links.add(new PersonLink(p.personNo(), p.idNumber(), null));
        }
        writePersonCodes(c, links);
    }

    /** The old code → id of the enterprises the platform knows (one query per step). */
    public static Map<String, Long> enterpriseIds(Connection c) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT legacy_code, id FROM enterprise WHERE legacy_code IS NOT NULL"); ResultSet rs = wholeTable(select)) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    /** Which of {@code keys} the query (an IN list, %s) finds: one query for a chunk. */
    private static Set<String> existing(Connection c, String sql, List<String> keys) throws SQLException {
        Set<String> found = new HashSet<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = c.prepareStatement(String.format(sql, marks(keys.size())))) {
            for (int i = 0; i < keys.size(); i++) {
                select.setString(i + 1, keys.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /** 人员编号 → normalized ID number, or the reason its row was rejected; a code already recorded stays. */
    static void writePersonCodes(Connection c, List<PersonLink> links) throws SQLException {
        Set<String> present = existing(c, "SELECT person_no FROM legacy_person_code WHERE person_no IN (%s)",
                links.stream().map(PersonLink::personNo).filter(java.util.Objects::nonNull).toList());
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO legacy_person_code (person_no, id_number, reason) VALUES (?, ?, ?)")) {
            for (PersonLink link : links) {
                if (link.personNo() == null || !present.add(link.personNo())) {
                    continue;
                }
                insert.setString(1, link.personNo());
                insert.setString(2, link.idNumber());
                insert.setString(3, link.rejectedAs() == null ? null : link.rejectedAs().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Every 人员编号 the persons step saw, for the certificate steps' lookups (one query per step). */
    public static Map<String, PersonLink> personLinks(Connection c) throws SQLException {
        Map<String, PersonLink> links = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT person_no, id_number, reason FROM legacy_person_code");
             ResultSet rs = wholeTable(select)) {
            while (rs.next()) {
                String reason = rs.getString(3);
                links.put(rs.getString(1), new PersonLink(rs.getString(1), rs.getString(2),
                        reason == null ? null : Reason.valueOf(reason)));
            }
        }
        return links;
    }

    /** The old codes of the enterprises the platform knows (one query per step). */
    public static Set<String> enterpriseCodes(Connection c) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT legacy_code FROM enterprise WHERE legacy_code IS NOT NULL"); ResultSet rs = wholeTable(select)) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    // ---- certificates and licences --------------------------------------------------------------------------

    /** 二级建造师 registrations: one per person (a later row of the same person adds nothing), with its specialties. */
    public static void writeConstructorRegistrations(Connection c, List<LegacyConstructorRegistration> rows)
            throws SQLException {
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO constructor_registration r"
                + " USING (SELECT p.id AS person_id, p.enterprise_id FROM person p WHERE p.id = (SELECT MIN(id)"
                + " FROM person WHERE id_number = ?)) s ON (r.person_id = s.person_id)"
                + " WHEN NOT MATCHED THEN INSERT (id, person_id, enterprise_id, registration_no, qualification_no,"
                + " certificate_no, issuing_authority, issued_on, valid_until, status)"
                + " VALUES (seq_constructor_registration.NEXTVAL, s.person_id, s.enterprise_id, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement specialty = c.prepareStatement("MERGE INTO constructor_specialty x"
                + " USING (SELECT r.id AS registration_id, CAST(? AS VARCHAR2(20 CHAR)) AS specialty"
                + " FROM constructor_registration r WHERE r.registration_no = ?) s"
                + " ON (x.registration_id = s.registration_id AND x.specialty = s.specialty)"
                + " WHEN NOT MATCHED THEN INSERT (registration_id, specialty) VALUES (s.registration_id, s.specialty)")) {
            for (LegacyConstructorRegistration r : rows) {
                int i = 0;
                merge.setString(++i, r.idNumber());
                merge.setString(++i, r.registrationNo());
                merge.setString(++i, r.qualificationNo());
                merge.setString(++i, r.certificateNo());
                merge.setString(++i, r.issuer());
                setDate(merge, ++i, r.issuedOn());
                setDate(merge, ++i, r.validUntil());
                merge.setString(++i, status(r.status(), r.validUntil()));
                merge.addBatch();
            }
            merge.executeBatch();
            for (LegacyConstructorRegistration r : rows) {
                for (String code : r.specialties()) {
                    specialty.setString(1, code);
                    specialty.setString(2, r.registrationNo());
                    specialty.addBatch();
                }
            }
            specialty.executeBatch();
        }
    }

    /** 安管人员 certificates, by certificate number. */
    public static void writeSafetyStaffCertificates(Connection c, List<LegacySafetyStaffCertificate> rows)
            throws SQLException {
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO safety_staff_certificate x"
                + " USING (SELECT CAST(? AS VARCHAR2(40 CHAR)) AS certificate_no, p.id AS person_id, p.enterprise_id"
                + " FROM person p WHERE p.id = (SELECT MIN(id) FROM person WHERE id_number = ?)) s"
                + " ON (x.certificate_no = s.certificate_no)"
                + " WHEN NOT MATCHED THEN INSERT (id, certificate_no, person_id, enterprise_id, category, issued_on,"
                + " valid_from, valid_until, status) VALUES (seq_safety_staff_certificate.NEXTVAL, s.certificate_no,"
                + " s.person_id, s.enterprise_id, ?, ?, ?, ?, ?)")) {
            for (LegacySafetyStaffCertificate x : rows) {
                int i = 0;
                merge.setString(++i, x.certificateNo());
                merge.setString(++i, x.idNumber());
                merge.setString(++i, x.category().name());
                setDate(merge, ++i, x.issuedOn());
                setDate(merge, ++i, x.validFrom());
                setDate(merge, ++i, x.validUntil());
                merge.setString(++i, status(x.status(), x.validUntil()));
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    /** 安全生产许可证, by licence number. */
    public static void writeSafetyLicences(Connection c, List<LegacySafetyLicence> rows) throws SQLException {
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO safety_licence x"
                + " USING (SELECT CAST(? AS VARCHAR2(40 CHAR)) AS licence_no, e.id AS enterprise_id FROM enterprise e"
                + " WHERE e.legacy_code = ?) s ON (x.licence_no = s.licence_no)"
                + " WHEN NOT MATCHED THEN INSERT (id, licence_no, enterprise_id, principal, scope, issued_on,"
                + " valid_until, status) VALUES (seq_safety_licence.NEXTVAL, s.licence_no, s.enterprise_id, ?, ?, ?,"
                + " ?, ?)")) {
            for (LegacySafetyLicence l : rows) {
                int i = 0;
                merge.setString(++i, l.licenceNo());
                merge.setString(++i, l.enterpriseCode());
                merge.setString(++i, l.principal());
                merge.setString(++i, l.scope());
                setDate(merge, ++i, l.issuedOn());
                setDate(merge, ++i, l.validUntil());
                merge.setString(++i, status(l.status(), l.validUntil()));
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    // ---- rejected rows --------------------------------------------------------------------------------------

    /**
     * What a chunk's rejected rows leave besides their lines in the reject report: a person's 人员编号 with the
     * reason (so its certificates are reported as such), and the rows whose enterprise is not in the export in the
     * staging area that 旧数据导入申请 draws from. One JDBC batch per table.
     */
    public static void stage(Connection c, List<Rejected> rejected, LocalDateTime now) throws SQLException {
        List<PersonLink> codes = new ArrayList<>();
        List<Rejected> persons = new ArrayList<>();
        List<StagedCertificate> certificates = new ArrayList<>();
        for (Rejected row : rejected) {
            LegacyRow staged = row.staged();
            if (staged instanceof LegacyPerson p) {
                codes.add(new PersonLink(p.personNo(), p.idNumber(), row.reason()));
                persons.add(row);
            } else if (staged instanceof LegacyConstructorRegistration r) {
                certificates.add(new StagedCertificate("jzs", r.registrationNo(), r.idNumber(), r.personNo(), null,
                        row.raw()));
            } else if (staged instanceof LegacySafetyStaffCertificate x) {
                certificates.add(new StagedCertificate("agry", x.certificateNo(), x.idNumber(), x.personNo(), null,
                        row.raw()));
            } else if (staged instanceof LegacySafetyLicence l) {
                certificates.add(new StagedCertificate("aqxk", l.licenceNo(), null, null, l.enterpriseCode(),
                        row.raw()));
            } else if (row.file() == LegacyFile.PERSONS) {
                String personNo = personNoOf(row.raw());
                if (personNo != null) {
                    codes.add(new PersonLink(personNo, null, row.reason()));
                }
            }
        }
        if (!codes.isEmpty()) {
            writePersonCodes(c, codes);
        }
        stagePersons(c, persons, now);
        stageCertificates(c, certificates, now);
    }

    /** A certificate or licence staged because its person or enterprise is not in the export. */
    private record StagedCertificate(String kind, String number, String idNumber, String personNo,
                                     String enterpriseCode, String raw) {
    }

    /** The first field of a raw ry.csv line (人员编号), when it has one, for a row rejected before it was parsed. */
    static String personNoOf(String raw) {
        if (raw == null || raw.isBlank() || raw.startsWith("\"")) {
            return null;
        }
        int comma = raw.indexOf(',');
        String first = (comma < 0 ? raw : raw.substring(0, comma)).strip();
        return first.isEmpty() ? null : first;
    }

    private static void stagePersons(Connection c, List<Rejected> rows, LocalDateTime now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO legacy_staged_person x"
                + " USING (SELECT CAST(? AS VARCHAR2(30 CHAR)) AS id_number FROM dual) s ON (x.id_number = s.id_number)"
                + " WHEN NOT MATCHED THEN INSERT (id, id_number, person_no, enterprise_code, name, gender, id_type,"
                + " birth_date, ethnicity, education, school, major, mobile, raw_row, staged_at)"
                + " VALUES (seq_legacy_staged_person.NEXTVAL, s.id_number, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Rejected row : rows) {
                LegacyPerson p = (LegacyPerson) row.staged();
                int i = 0;
                merge.setString(++i, p.idNumber());
                merge.setString(++i, p.personNo());
                merge.setString(++i, p.enterpriseCode());
                merge.setString(++i, p.name());
                merge.setString(++i, p.gender());
                merge.setString(++i, p.idType());
                setDate(merge, ++i, p.birthDate());
                merge.setString(++i, p.ethnicity());
                merge.setString(++i, p.education());
                merge.setString(++i, p.school());
                merge.setString(++i, p.major());
                merge.setString(++i, p.mobile());
                merge.setString(++i, cut(row.raw()));
                merge.setTimestamp(++i, Timestamp.valueOf(now));
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    private static void stageCertificates(Connection c, List<StagedCertificate> rows, LocalDateTime now)
            throws SQLException {
        List<StagedCertificate> numbered = rows.stream().filter(r -> r.number() != null).toList();
        if (numbered.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO legacy_staged_certificate x"
                + " USING (SELECT CAST(? AS VARCHAR2(10 CHAR)) AS kind, CAST(? AS VARCHAR2(60 CHAR)) AS certificate_no FROM dual) s"
                + " ON (x.kind = s.kind AND x.certificate_no = s.certificate_no)"
                + " WHEN NOT MATCHED THEN INSERT (id, kind, certificate_no, id_number, person_no, enterprise_code,"
                + " raw_row, staged_at) VALUES (seq_legacy_staged_certificate.NEXTVAL, s.kind, s.certificate_no, ?, ?,"
                + " ?, ?, ?)")) {
            for (StagedCertificate row : numbered) {
                int i = 0;
                merge.setString(++i, row.kind());
                merge.setString(++i, row.number());
                merge.setString(++i, row.idNumber());
                merge.setString(++i, row.personNo());
                merge.setString(++i, row.enterpriseCode());
                merge.setString(++i, cut(row.raw()));
                merge.setTimestamp(++i, Timestamp.valueOf(now));
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    // ---- 旧数据导入申请 ------------------------------------------------------------------------------------------

    /** A staged person or certificate, as ADMIN compares it with a request. */
    public record StagedRow(long id, String kind, String number, String name, String idNumber, String enterpriseCode,
                            String raw, boolean claimed) implements java.io.Serializable {
    }

    /** The staged person with this normalized ID number, and the staged certificates that name it. */
    public static List<StagedRow> stagedForPerson(Connection c, String idNumber) throws SQLException {
        List<StagedRow> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, name, id_number, enterprise_code, raw_row,"
                + " claimed_at FROM legacy_staged_person WHERE id_number = ?")) {
            select.setString(1, idNumber);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StagedRow(rs.getLong(1), "ry", null, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6) != null));
                }
            }
        }
        rows.addAll(stagedCertificates(c, "id_number", idNumber));
        return rows;
    }

    /** The staged certificates or licences with this number. */
    public static List<StagedRow> stagedCertificates(Connection c, String column, String value) throws SQLException {
        List<StagedRow> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, kind, certificate_no, id_number, enterprise_code,"
                + " raw_row, claimed_at FROM legacy_staged_certificate WHERE "
                + ("id_number".equals(column) ? "id_number" : "certificate_no") + " = ? ORDER BY id")) {
            select.setString(1, value);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StagedRow(rs.getLong(1), rs.getString(2), rs.getString(3), null, rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7) != null));
                }
            }
        }
        return rows;
    }

    /**
     * Moves a staged person into {@code enterpriseId}: the person is created there (unless the platform has that ID
     * number already: then 0 is returned), its 人员编号 now leads to it, and the staged row is marked claimed.
     */
    public static int claimPerson(Connection c, long stagedId, long enterpriseId, LocalDateTime now) throws SQLException {
        int created;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO person (id, name, gender, id_type, id_number,"
                + " birth_date, ethnicity, education, school, major, mobile, enterprise_id, legacy_code, created_at)"
                + " SELECT seq_person.NEXTVAL, s.name, s.gender, COALESCE(s.id_type, '身份证'), s.id_number, s.birth_date,"
                + " s.ethnicity, s.education, s.school, s.major, s.mobile, ?, s.person_no, ?"
                + " FROM legacy_staged_person s WHERE s.id = ? AND s.claimed_at IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id_number = s.id_number)")) {
            insert.setLong(1, enterpriseId);
            insert.setTimestamp(2, Timestamp.valueOf(now));
            insert.setLong(3, stagedId);
            created = insert.executeUpdate();
        }
        if (created == 1) {
            try (PreparedStatement codes = c.prepareStatement("UPDATE legacy_person_code SET reason = NULL"
                    + " WHERE person_no = (SELECT person_no FROM legacy_staged_person WHERE id = ?)");
                 PreparedStatement claim = c.prepareStatement(
                         "UPDATE legacy_staged_person SET claimed_at = ? WHERE id = ?")) {
                codes.setLong(1, stagedId);
                codes.executeUpdate();
                claim.setTimestamp(1, Timestamp.valueOf(now));
                claim.setLong(2, stagedId);
                claim.executeUpdate();
            }
        }
        return created;
    }

    /** Marks a staged certificate as moved. */
    public static void claimCertificate(Connection c, long stagedId, LocalDateTime now) throws SQLException {
        try (PreparedStatement claim = c.prepareStatement(
                "UPDATE legacy_staged_certificate SET claimed_at = ? WHERE id = ? AND claimed_at IS NULL")) {
            claim.setTimestamp(1, Timestamp.valueOf(now));
            claim.setLong(2, stagedId);
            claim.executeUpdate();
        }
    }

    /** A staged 安全生产许可证 into {@code enterpriseId} (its old enterprise code is of no enterprise here). */
    public static void writeSafetyLicence(Connection c, LegacySafetyLicence l, long enterpriseId) throws SQLException {
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO safety_licence x"
                + " USING (SELECT CAST(? AS VARCHAR2(40 CHAR)) AS licence_no FROM dual) s ON (x.licence_no = s.licence_no)"
                + " WHEN NOT MATCHED THEN INSERT (id, licence_no, enterprise_id, principal, scope, issued_on,"
                + " valid_until, status) VALUES (seq_safety_licence.NEXTVAL, s.licence_no, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            merge.setString(++i, l.licenceNo());
            merge.setLong(++i, enterpriseId);
            merge.setString(++i, l.principal());
            merge.setString(++i, l.scope());
            setDate(merge, ++i, l.issuedOn());
            setDate(merge, ++i, l.validUntil());
            merge.setString(++i, status(l.status(), l.validUntil()));
            merge.executeUpdate();
        }
    }

    /** A row of {@code file} as it was written in the export, read back with the export's own rules. */
    public static CsvRow reread(LegacyFile file, String raw) throws java.io.IOException {
        String text = String.join(",", file.columns()) + "\r\n" + raw + "\r\n";
        try (LegacyCsv csv = LegacyCsv.open(new java.io.ByteArrayInputStream(text.getBytes(LegacyCsv.GB18030)))) {
            return csv.next();
        }
    }

    /** Specialty name → code, as the specialty table holds them. */
    public static Map<String, String> specialtyCodes(Connection c) throws SQLException {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT name, code FROM specialty ORDER BY sort_order");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                codes.put(rs.getString(1), rs.getString(2));
            }
        }
        return codes;
    }

    // ---- reference data ------------------------------------------------------------------------------------

    /** The 盟市 the normalizer matches 所属盟市 against. */
    public static List<CityName> cities(Connection c) throws SQLException {
        List<CityName> cities = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT code, name FROM division WHERE div_level = 'league_city' ORDER BY code"); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                cities.add(new CityName(rs.getString(1), rs.getString(2)));
            }
        }
        return cities;
    }

    /** 旗县区 by "city code|name", for an enterprise's 所属区县. */
    public static Map<String, String> counties(Connection c) throws SQLException {
        Map<String, String> counties = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT parent_code, name, code FROM division WHERE div_level = 'county'"); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                counties.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3));
            }
        }
        return counties;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** Rows a round trip for the reads of a whole table (a million 人员编号): Oracle's driver fetches 10 by default. */
    static final int WHOLE_TABLE_FETCH = 1000;

    private static ResultSet wholeTable(PreparedStatement select) throws SQLException {
        select.setFetchSize(WHOLE_TABLE_FETCH);
        return select.executeQuery();
    }

    /** 证书状态 as the old system wrote it (有效, 已过期, 已注销 …); when unreadable, what its date says. */
    static String status(String written, LocalDate validUntil) {
        if (written != null) {
            for (CertificateStatus status : CertificateStatus.values()) {
                if (status.label().equals(written) || status.name().equalsIgnoreCase(written)) {
                    return status.name();
                }
            }
        }
        return validUntil != null && validUntil.isBefore(LocalDate.now()) ? CertificateStatus.EXPIRED.name()
                : CertificateStatus.VALID.name();
    }

    /** Oracle counts VARCHAR2(4000 CHAR) in bytes, three per Chinese character: a raw row is kept to what fits. */
    public static final int RAW_LIMIT = 1300;

    private static String cut(String raw) {
        return raw == null || raw.length() <= RAW_LIMIT ? raw : raw.substring(0, RAW_LIMIT);
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
