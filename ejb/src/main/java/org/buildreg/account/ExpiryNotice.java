package org.buildreg.account;

import java.io.Serializable;
import java.time.LocalDate;

/** One 证书到期提醒 of 个人中心: a certificate of the enterprise that runs out within 90 days. */
public record ExpiryNotice(String kind, String number, String holderName, LocalDate validUntil, long daysLeft)
        implements Serializable {

    public static final int NOTICE_DAYS = 90;
    public static final int URGENT_DAYS = 30;

    /** Within 30 days: shown as urgent. */
    public boolean isUrgent() {
        return daysLeft <= URGENT_DAYS;
    }
}
