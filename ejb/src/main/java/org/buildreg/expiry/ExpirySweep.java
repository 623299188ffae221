package org.buildreg.expiry;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 证书过期处理: every certificate and licence still 有效 whose 有效期至 lies before today becomes 已过期. One UPDATE per
 * table, never a loop over rows; a second run on the same day finds nothing left to change. 资质证书 have no status
 * of their own (their validity is shown from the date), so they are not swept.
 */
public final class ExpirySweep {

    /** The platform's day: a certificate valid until D is valid through D, in Inner Mongolia's time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The tables swept, with the label the console shows. */
    public enum Target {
        CONSTRUCTOR("constructor_registration", "二级建造师注册证书"),
        SAFETY_STAFF("safety_staff_certificate", "安管人员证书"),
        SAFETY_LICENCE("safety_licence", "安全生产许可证");

        private final String table;
        private final String label;

        Target(String table, String label) {
            this.table = table;
            this.label = label;
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
    }

    private ExpirySweep() {
    }

    /** Today in the platform's zone: certificates valid until a day before it have expired. */
    public static LocalDate cutOff(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }

    /** Runs every statement in the caller's transaction (commit is the caller's) and says what changed. */
    public static Result run(Connection connection, LocalDate cutOff) throws SQLException {
        Map<Target, Integer> changed = new EnumMap<>(Target.class);
        for (Target target : Target.values()) {
            try (PreparedStatement update = connection.prepareStatement(target.sql())) {
                update.setDate(1, Date.valueOf(cutOff));
                changed.put(target, update.executeUpdate());
            }
        }
        return new Result(changed);
    }

    /** Rows changed per table. */
    public record Result(Map<Target, Integer> changed) {

        public int total() {
            return changed.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The step's and the job's exit status, shown in the console: "已过期：二级建造师注册证书 1，…". */
        public String summary() {
            return "已过期：" + changed.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                    .collect(Collectors.joining("，"));
        }
    }
}
