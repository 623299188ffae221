package org.buildreg.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExpiryNoticeTest {

    private static ExpiryNotice notice(int noticeDays) {
        return new ExpiryNotice("安管人员证书", "蒙建安B(2025)0000002", "李秀英", LocalDate.of(2027, 1, 1), 20,
                noticeDays, LocalDate.of(2026, 11, 25));
    }

    @Test
    void theThirtyDayNoticeIsUrgentTheNinetyDayOneIsNot() {
        assertTrue(notice(30).isUrgent());
        assertFalse(notice(90).isUrgent());
    }

    @Test
    void theLevelNamesThirtyOrNinetyDays() {
        assertEquals("30天内到期", notice(30).level());
        assertEquals("90天内到期", notice(90).level());
    }
}
