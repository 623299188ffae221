package org.buildreg.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExpiryNoticeTest {

    private static ExpiryNotice daysLeft(long days) {
        return new ExpiryNotice("安管人员证书", "蒙建安B(2025)0000002", "李秀英", LocalDate.of(2027, 1, 1), days);
    }

    @Test
    void urgentFromThirtyDaysLeft() {
        assertTrue(daysLeft(0).isUrgent());
        assertTrue(daysLeft(30).isUrgent());
        assertFalse(daysLeft(31).isUrgent());
        assertFalse(daysLeft(90).isUrgent());
    }

    @Test
    void theLevelNamesThirtyOrNinetyDays() {
        org.junit.jupiter.api.Assertions.assertEquals("30天内到期", daysLeft(30).level());
        org.junit.jupiter.api.Assertions.assertEquals("90天内到期", daysLeft(31).level());
    }
}
