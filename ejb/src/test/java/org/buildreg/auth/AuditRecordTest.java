package org.buildreg.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** An audit record never fails its transaction: whatever a user typed is cut to the column. */
class AuditRecordTest {

    @Test
    void overlongFieldsAreCutToTheirColumns() {
        AuditRecord r = new AuditRecord(LocalDateTime.now(), "x".repeat(500), AuditAction.LOGIN_FAILED,
                "目".repeat(300), "因".repeat(5000), "2001:db8::".repeat(20));
        assertEquals(40, r.getActor().length());
        assertEquals(200, r.getTarget().length());
        assertEquals(1000, r.getDetail().length());
        assertEquals(64, r.getAddress().length());
        assertEquals("…", r.getDetail().substring(999));
    }

    @Test
    void shortOnesStayAsTheyAre() {
        assertEquals("demoqy01", AuditRecord.fit("demoqy01", 40));
        assertEquals("x".repeat(40), AuditRecord.fit("x".repeat(40), 40));
        assertNull(AuditRecord.fit(null, 40));
    }
}
