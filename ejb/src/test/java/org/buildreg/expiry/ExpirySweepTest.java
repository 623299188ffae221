package org.buildreg.expiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.buildreg.expiry.ExpirySweep.Result;
import org.buildreg.expiry.ExpirySweep.Target;
import org.buildreg.platform.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The sweep's statements on the real schema (the migrations on H2 in Oracle mode). */
class ExpirySweepTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private JdbcDataSource dataSource;
    private Connection c;

    @BeforeEach
    void migrate(TestInfo test) throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:sweep_" + test.getTestMethod().orElseThrow().getName()
                + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        DatabaseMigration.migrator(dataSource, getClass().getClassLoader()).migrate();
        c = dataSource.getConnection();
        try (Statement s = c.createStatement()) {
            // Certificates alone are what the sweep reads; their people and enterprises do not matter here.
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        c.close();
    }

    private void constructor(long id, LocalDate until, String status) throws SQLException {
        insert("INSERT INTO constructor_registration (id, person_id, registration_no, qualification_no, valid_until,"
                + " status) VALUES (?, " + id + ", 'R" + id + "', 'Q" + id + "', ?, ?)", id, until, status);
    }

    private void staff(long id, LocalDate until, String status) throws SQLException {
        insert("INSERT INTO safety_staff_certificate (id, certificate_no, person_id, category, valid_until, status)"
                + " VALUES (?, 'S" + id + "', 1, 'A', ?, ?)", id, until, status);
    }

    private void licence(long id, LocalDate until, String status) throws SQLException {
        insert("INSERT INTO safety_licence (id, licence_no, enterprise_id, scope, valid_until, status)"
                + " VALUES (?, 'L" + id + "', 1, '建筑施工', ?, ?)", id, until, status);
    }

    /** A certificate of enterprise 7 (reminders go to an enterprise). */
    private void held(Target kind, long id, LocalDate until, String status) throws SQLException {
        switch (kind) {
            case CONSTRUCTOR -> constructor(id, until, status);
            case SAFETY_STAFF -> staff(id, until, status);
            case SAFETY_LICENCE -> licence(id, until, status);
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + kind.table() + " SET enterprise_id = 7 WHERE id = " + id);
        }
    }

    /** The reminders written, as "kind id valid_until days reminded_on" lines, in order. */
    private String reminders() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT kind, certificate_id, enterprise_id, valid_until,"
                + " days_notice, reminded_on FROM expiry_reminder"
                + " ORDER BY kind, certificate_id, valid_until, days_notice")) {
            while (rs.next()) {
                all.append(rs.getString(1)).append(' ').append(rs.getLong(2)).append(" e").append(rs.getLong(3))
                        .append(' ').append(rs.getDate(4)).append(' ').append(rs.getInt(5)).append(' ')
                        .append(rs.getDate(6)).append('\n');
            }
        }
        return all.toString();
    }

    private void insert(String sql, long id, LocalDate until, String status) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            p.setDate(2, until == null ? null : Date.valueOf(until));
            p.setString(3, status);
            p.executeUpdate();
        }
    }

    private String status(String table, long id) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT status || '/' || version FROM " + table
                + " WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void validCertificatesPastTheirDateExpireAndNothingElseChanges() throws SQLException {
        constructor(1, TODAY.minusDays(1), "VALID");
        constructor(2, TODAY, "VALID");
        constructor(3, TODAY.minusYears(1), "CANCELLED");
        constructor(4, null, "VALID");
        staff(1, TODAY.minusMonths(3), "VALID");
        staff(2, TODAY.minusDays(2), "IN_TRANSFER");
        licence(1, TODAY.minusDays(1), "VALID");
        licence(2, TODAY.plusDays(30), "VALID");

        Result result = ExpirySweep.run(c, TODAY);

        assertEquals(Map.of(Target.CONSTRUCTOR, 1, Target.SAFETY_STAFF, 1, Target.SAFETY_LICENCE, 1),
                result.changed());
        assertEquals("EXPIRED/1", status("constructor_registration", 1));
        assertEquals("VALID/0", status("constructor_registration", 2), "valid through its last day");
        assertEquals("CANCELLED/0", status("constructor_registration", 3));
        assertEquals("VALID/0", status("constructor_registration", 4));
        assertEquals("EXPIRED/1", status("safety_staff_certificate", 1));
        assertEquals("IN_TRANSFER/0", status("safety_staff_certificate", 2));
        assertEquals("EXPIRED/1", status("safety_licence", 1));
        assertEquals("VALID/0", status("safety_licence", 2));
        assertEquals("已过期：二级建造师注册证书 1，安管人员证书 1，安全生产许可证 1；新到期提醒 2", result.summary());
    }

    @Test
    void aSecondRunChangesNothing() throws SQLException {
        constructor(1, TODAY.minusDays(1), "VALID");
        staff(1, TODAY.minusDays(1), "VALID");
        assertEquals(2, ExpirySweep.run(c, TODAY).total());

        Result again = ExpirySweep.run(c, TODAY);

        assertEquals(0, again.total());
        assertEquals("已过期：二级建造师注册证书 0，安管人员证书 0，安全生产许可证 0；新到期提醒 0", again.summary());
        assertEquals("EXPIRED/1", status("constructor_registration", 1));
    }

    @Test
    void whatRunsOutWithin90DaysIsRemindedOfAndWithin30DaysAgain() throws SQLException {
        held(Target.CONSTRUCTOR, 1, TODAY.plusDays(90), "VALID");
        held(Target.CONSTRUCTOR, 2, TODAY.plusDays(91), "VALID");
        held(Target.SAFETY_STAFF, 1, TODAY.plusDays(30), "VALID");
        held(Target.SAFETY_STAFF, 2, TODAY, "VALID");
        held(Target.SAFETY_STAFF, 3, TODAY.plusDays(10), "CANCELLED");
        held(Target.SAFETY_LICENCE, 1, TODAY.plusDays(31), "VALID");
        held(Target.SAFETY_LICENCE, 2, TODAY.minusDays(1), "VALID");
        constructor(3, TODAY.plusDays(5), "VALID"); // of no enterprise: nobody to remind

        Result result = ExpirySweep.run(c, TODAY);

        assertEquals("""
                CONSTRUCTOR 1 e7 2027-02-23 90 2026-11-25
                SAFETY_LICENCE 1 e7 2026-12-26 90 2026-11-25
                SAFETY_STAFF 1 e7 2026-12-25 30 2026-11-25
                SAFETY_STAFF 1 e7 2026-12-25 90 2026-11-25
                SAFETY_STAFF 2 e7 2026-11-25 30 2026-11-25
                SAFETY_STAFF 2 e7 2026-11-25 90 2026-11-25
                """, reminders(), "licence 2 expired instead; cancelled and enterprise-less ones are not reminded of");
        assertEquals(6, result.reminded());
    }

    @Test
    void aReminderIsWrittenOnceAndARenewedCertificateIsRemindedOfAgain() throws SQLException {
        held(Target.CONSTRUCTOR, 1, TODAY.plusDays(60), "VALID");
        ExpirySweep.run(c, TODAY);
        assertEquals(0, ExpirySweep.run(c, TODAY.plusDays(1)).reminded(), "the next day: nothing new");

        Result within30 = ExpirySweep.run(c, TODAY.plusDays(30));
        assertEquals(1, within30.reminded(), "30 days before: the second notice");

        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE constructor_registration SET valid_until = DATE '2030-01-24' WHERE id = 1");
        }
        assertEquals(1, ExpirySweep.run(c, LocalDate.of(2029, 11, 1)).reminded(), "renewed, then 90 days before");
        assertEquals("""
                CONSTRUCTOR 1 e7 2027-01-24 30 2026-12-25
                CONSTRUCTOR 1 e7 2027-01-24 90 2026-11-25
                CONSTRUCTOR 1 e7 2030-01-24 90 2029-11-01
                """, reminders());
    }

    @Test
    void aCertificateTransferredToAnotherEnterpriseIsRemindedOfToItsNewHolder() throws SQLException {
        held(Target.SAFETY_STAFF, 1, TODAY.plusDays(20), "VALID");
        ExpirySweep.run(c, TODAY);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE safety_staff_certificate SET enterprise_id = 8 WHERE id = 1");
        }
        assertEquals(2, ExpirySweep.run(c, TODAY.plusDays(1)).reminded());
        assertEquals("", standing(Target.SAFETY_STAFF, 7, TODAY.plusDays(1)), "the old enterprise: no longer its");
        assertEquals("S1 2026-12-15 30 2026-11-26\n", standing(Target.SAFETY_STAFF, 8, TODAY.plusDays(1)));
    }

    @Test
    void theRemindersStillStandingAreThoseOfValidCertificatesStillUntilTheDateRemindedOf() throws SQLException {
        held(Target.CONSTRUCTOR, 1, TODAY.plusDays(20), "VALID");
        held(Target.CONSTRUCTOR, 2, TODAY.plusDays(60), "VALID");
        held(Target.CONSTRUCTOR, 3, TODAY.plusDays(70), "VALID");
        ExpirySweep.run(c, TODAY);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE constructor_registration SET valid_until = DATE '2029-11-24' WHERE id = 2");
            s.executeUpdate("UPDATE constructor_registration SET status = 'CANCELLED' WHERE id = 3");
        }

        assertEquals("R1 2026-12-15 30 2026-11-25\n", standing(Target.CONSTRUCTOR, 7, TODAY),
                "2 was renewed (a new date), 3 cancelled; 1 shows its closest notice");
        assertEquals("", standing(Target.CONSTRUCTOR, 8, TODAY), "another enterprise sees none of them");
        assertEquals("", standing(Target.CONSTRUCTOR, 7, TODAY.plusDays(21)), "past its date: no longer a reminder");
    }

    private String standing(Target kind, long enterprise, LocalDate today) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (PreparedStatement p = c.prepareStatement(kind.remindersSql())) {
            p.setLong(1, enterprise);
            p.setLong(2, enterprise);
            p.setDate(3, Date.valueOf(today));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    all.append(rs.getString(1)).append(' ').append(rs.getDate(3)).append(' ').append(rs.getInt(4))
                            .append(' ').append(rs.getDate(5)).append('\n');
                }
            }
        }
        return all.toString();
    }

    @Test
    void theCutOffIsTodayInInnerMongolia() {
        // 17:00 UTC on the 24th is already 01:00 on the 25th in Asia/Shanghai.
        assertEquals(TODAY, ExpirySweep.cutOff(Instant.parse("2026-11-24T17:00:00Z")));
        assertEquals(TODAY.minusDays(1), ExpirySweep.cutOff(Instant.parse("2026-11-24T15:59:59Z")));
    }
}
