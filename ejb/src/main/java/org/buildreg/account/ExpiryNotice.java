package org.buildreg.account;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One 证书到期提醒 of 个人中心, as the expiry sweep wrote it: a certificate of the enterprise that runs out within
 * {@code noticeDays} (90, or 30: urgent) of {@code remindedOn}; one renewed, cancelled or past its 有效期至 is no
 * longer a reminder (the sweep marks the last 已过期).
 */
public record ExpiryNotice(String kind, String number, String holderName, LocalDate validUntil, long daysLeft,
                           int noticeDays, LocalDate remindedOn) implements Serializable {

    public static final int URGENT_DAYS = 30;

    /** Within 30 days: shown as urgent. */
    public boolean isUrgent() {
        return noticeDays <= URGENT_DAYS;
    }

    /** The reminder's level as 个人中心 shows it: 30天内到期 (urgent) or 90天内到期. */
    public String level() {
        return noticeDays + "天内到期";
    }
}
