package org.buildreg.expiry;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.buildreg.account.Module;

/**
 * 证书过期处理: every certificate and licence still 有效 whose 有效期至 lies before today becomes 已过期, and the
 * enterprise of each one that runs out within 90 days (again within 30) gets a 证书到期提醒. One UPDATE and one
 * INSERT … SELECT per table and notice, never a loop over rows; a second run on the same day finds nothing left
 * to change or to remind of. 资质证书 have no status of their own (their validity is shown from the date), so they
 * are not swept.
 */
public final class ExpirySweep {

    /** The platform's day: a certificate valid until D is valid through D, in Inner Mongolia's time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The notices of 证书到期提醒: days before 有效期至 (SPEC §9: 90 and 30). */
    public static final List<Integer> NOTICE_DAYS = List.of(90, 30);

    /** The tables swept, with their module and the label the console and 个人中心 show. */
    public enum Target {
        CONSTRUCTOR(Module.CONSTRUCTOR, "constructor_registration", "二级建造师注册证书", "c.registration_no",
                "(SELECT p.name FROM person p WHERE p.id = c.person_id)"),
        SAFETY_STAFF(Module.SAFETY_STAFF, "safety_staff_certificate", "安管人员证书", "c.certificate_no",
                "(SELECT p.name FROM person p WHERE p.id = c.person_id)"),
        SAFETY_LICENCE(Module.SAFETY_LICENCE, "safety_licence", "安全生产许可证", "c.licence_no",
                "(SELECT e.name FROM enterprise e WHERE e.id = c.enterprise_id)");

        private final Module module;
        private final String table;
        private final String label;
        private final String number;
        private final String holder;

        Target(Module module, String table, String label, String number, String holder) {
            this.module = module;
            this.table = table;
            this.label = label;
            this.number = number;
            this.holder = holder;
        }

        /** The module whose users see its reminders. */
        public Module module() {
            return module;
        }

        public String table() {
            return table;
        }

        public String label() {
            return label;
        }

        /** The statement; its one parameter is the first day on which a certificate is no longer valid. */
        public String sql() {
            return "UPDATE " + table + " SET status = 'EXPIRED', version = version + 1"
                    + " WHERE status = 'VALID' AND valid_until < ?";
        }

        /**
         * Writes the reminders of one notice, set-based: every valid certificate of an enterprise whose 有效期至
         * lies from today to the notice's horizon and of which that enterprise has no such reminder for that date
         * yet (a certificate transferred to another enterprise is reminded of to its new holder).
         * Parameters: notice days, reminded on, today, horizon, notice days.
         */
        public String remindSql() {
            return "INSERT INTO expiry_reminder (id, kind, certificate_id, enterprise_id, valid_until, days_notice,"
                    + " reminded_on) SELECT seq_expiry_reminder.NEXTVAL, '" + name() + "', c.id, c.enterprise_id,"
                    + " c.valid_until, ?, ? FROM " + table + " c WHERE c.status = 'VALID'"
                    + " AND c.enterprise_id IS NOT NULL AND c.valid_until >= ? AND c.valid_until <= ?"
                    + " AND NOT EXISTS (SELECT 1 FROM expiry_reminder r WHERE r.kind = '" + name() + "'"
                    + " AND r.certificate_id = c.id AND r.enterprise_id = c.enterprise_id"
                    + " AND r.valid_until = c.valid_until AND r.days_notice = ?)";
        }

        /**
         * An enterprise's reminders of this kind still standing (the certificate valid, still until the date
         * reminded of, not past it), soonest first: number, holder, 有效期至, the closest notice, when it was given.
         * Parameters: enterprise id, enterprise id, today.
         */
        public String remindersSql() {
            return "SELECT " + number + ", " + holder + ", c.valid_until, r.days_notice, r.reminded_on FROM " + table
                    + " c JOIN (SELECT certificate_id, valid_until, MIN(days_notice) AS days_notice,"
                    + " MAX(reminded_on) AS reminded_on FROM expiry_reminder WHERE kind = '" + name() + "'"
                    + " AND enterprise_id = ? GROUP BY certificate_id, valid_until) r"
                    + " ON r.certificate_id = c.id AND r.valid_until = c.valid_until"
                    + " WHERE c.enterprise_id = ? AND c.status = 'VALID' AND c.valid_until >= ?"
                    + " ORDER BY c.valid_until, " + number;
        }
    }

    private ExpirySweep() {
    }

    /** Today in the platform's zone: certificates valid until a day before it have expired. */
    public static LocalDate cutOff(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }

    /**
     * Runs every statement in the caller's transaction (commit is the caller's) and says what changed: first what
     * has expired, then the reminders of what will.
     */
    public static Result run(Connection connection, LocalDate cutOff) throws SQLException {
        Map<Target, Integer> changed = new EnumMap<>(Target.class);
        for (Target target : Target.values()) {
            try (PreparedStatement update = connection.prepareStatement(target.sql())) {
                update.setDate(1, Date.valueOf(cutOff));
                changed.put(target, update.executeUpdate());
            }
        }
        int reminded = 0;
        for (Target target : Target.values()) {
            try (PreparedStatement remind = connection.prepareStatement(target.remindSql())) {
                for (int days : NOTICE_DAYS) {
                    remind.setInt(1, days);
                    remind.setDate(2, Date.valueOf(cutOff));
                    remind.setDate(3, Date.valueOf(cutOff));
                    remind.setDate(4, Date.valueOf(cutOff.plusDays(days)));
                    remind.setInt(5, days);
                    reminded += remind.executeUpdate();
                }
            }
        }
        return new Result(changed, reminded);
    }

    /** Rows changed per table, and reminders written. */
    public record Result(Map<Target, Integer> changed, int reminded) {

        public int total() {
            return changed.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The step's and the job's exit status, shown in the console: "已过期：二级建造师注册证书 1，…；新到期提醒 2". */
        public String summary() {
            return "已过期：" + changed.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                    .collect(Collectors.joining("，")) + "；新到期提醒 " + reminded;
        }
    }
}
