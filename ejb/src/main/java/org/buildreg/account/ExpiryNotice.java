package org.buildreg.account;

import java.io.Serializable;
import java.time.LocalDate;

/** One 证书到期提醒 of 个人中心: a certificate of the enterprise that runs out within 90 days
 * (30天内到期 when within 30); one past its 有效期至 is no longer a reminder, and the expiry sweep marks it 已过期. */
public record ExpiryNotice(String kind, String number, String holderName, LocalDate validUntil, long daysLeft)
        implements Serializable {

    public static final int NOTICE_DAYS = 90;
    public static final int URGENT_DAYS = 30;

    /** Within 30 days: shown as urgent. */
    public boolean isUrgent() {
        return daysLeft <= URGENT_DAYS;
    }

    /** The reminder's level as 个人中心 shows it: 30天内到期 (urgent) or 90天内到期. */
    public String level() {
        return (isUrgent() ? URGENT_DAYS : NOTICE_DAYS) + "天内到期";
    }
}
