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
        assertEquals("已过期：二级建造师注册证书 1，安管人员证书 1，安全生产许可证 1", result.summary());
    }

    @Test
    void aSecondRunChangesNothing() throws SQLException {
        constructor(1, TODAY.minusDays(1), "VALID");
        staff(1, TODAY.minusDays(1), "VALID");
        assertEquals(2, ExpirySweep.run(c, TODAY).total());

        Result again = ExpirySweep.run(c, TODAY);

        assertEquals(0, again.total());
        assertEquals("已过期：二级建造师注册证书 0，安管人员证书 0，安全生产许可证 0", again.summary());
        assertEquals("EXPIRED/1", status("constructor_registration", 1));
    }

    @Test
    void theCutOffIsTodayInInnerMongolia() {
        // 17:00 UTC on the 24th is already 01:00 on the 25th in Asia/Shanghai.
        assertEquals(TODAY, ExpirySweep.cutOff(Instant.parse("2026-11-24T17:00:00Z")));
        assertEquals(TODAY.minusDays(1), ExpirySweep.cutOff(Instant.parse("2026-11-24T15:59:59Z")));
    }
}
