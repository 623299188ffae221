package org.buildreg.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void emptyCollectorDoesNotThrow() {
        Refusal.Collector errors = new Refusal.Collector();
        assertDoesNotThrow(errors::throwIfAny);
        assertFalse(errors.hasErrorOn("username"));
    }

    @Test
    void collectorThrowsOnceItHoldsAMessage() {
        Refusal.Collector errors = new Refusal.Collector().reject("username", "请填写用户名");

        Refusal refusal = assertThrows(Refusal.class, errors::throwIfAny);

        assertEquals(Map.of("username", "请填写用户名"), refusal.messages());
        assertEquals("请填写用户名", refusal.getMessage());
    }

    @Test
    void firstMessagePerFieldWins() {
        Refusal.Collector errors = new Refusal.Collector()
                .reject("password", "请设置密码")
                .reject("password", "密码须为6-12位");

        Refusal refusal = assertThrows(Refusal.class, errors::throwIfAny);

        assertEquals(Map.of("password", "请设置密码"), refusal.messages());
    }

    @Test
    void keepsEveryFieldInTheOrderChecked() {
        Refusal.Collector errors = new Refusal.Collector()
                .reject("username", "请填写用户名")
                .reject("password", "请设置密码")
                .reject("username", "用户名须为6-18位字母或数字")
                .reject(Refusal.FORM, "请核对后重新提交");

        assertTrue(errors.hasErrorOn("username"));
        assertTrue(errors.hasErrorOn("password"));
        assertTrue(errors.hasErrorOn(Refusal.FORM));
        assertFalse(errors.hasErrorOn("phone"));
        Refusal refusal = assertThrows(Refusal.class, errors::throwIfAny);
        assertEquals(List.of("username", "password", ""), List.copyOf(refusal.messages().keySet()));
        assertEquals("请填写用户名", refusal.messages().get("username"));
        assertEquals("请填写用户名; 请设置密码; 请核对后重新提交", refusal.getMessage());
    }

    @Test
    void messagesCannotBeChangedAfterwards() {
        Refusal refusal = Refusal.onField("phone", "请填写联系电话");
        assertThrows(UnsupportedOperationException.class, () -> refusal.messages().put("x", "y"));
    }

    @Test
    void formLevelRefusalUsesTheEmptyKey() {
        assertEquals(Map.of("", "账号已停用"), Refusal.of("账号已停用").messages());
    }
}
