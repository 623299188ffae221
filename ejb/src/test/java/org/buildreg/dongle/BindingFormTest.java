package org.buildreg.dongle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.buildreg.platform.Refusal;
import org.junit.jupiter.api.Test;

/** 加密锁初始化设置: every field the manual lists is required, the ID number and phone must be real ones. */
class BindingFormTest {

    private static BindingForm form(String id, String phone) {
        BindingForm form = new BindingForm();
        form.setUsername("demoqy01");
        form.setPassword("Demo2026");
        form.setHolderName("韩雪梅");
        form.setHolderIdNumber(id);
        form.setHolderPhone(phone);
        return form;
    }

    private static Refusal refusal(BindingForm form) {
        Refusal.Collector errors = new Refusal.Collector();
        form.check(errors);
        try {
            errors.throwIfAny();
            return null;
        } catch (Refusal r) {
            return r;
        }
    }

    @Test
    void aCompleteFormPasses() {
        assertEquals(null, refusal(form("150102199003152328", "13912345678")));
        assertEquals(null, refusal(form("150102199003152328", "0471-6600001")));
        assertEquals(null, refusal(form("150102199003152328", "04716600001")));
    }

    @Test
    void everyFieldIsRequired() {
        Refusal r = refusal(new BindingForm());
        assertEquals("请填写登录名", r.messages().get("username"));
        assertEquals("请填写登录密码", r.messages().get("password"));
        assertEquals("请填写使用者姓名", r.messages().get("holderName"));
        assertEquals("请填写身份证号", r.messages().get("holderIdNumber"));
        assertEquals("请填写联系电话", r.messages().get("holderPhone"));
    }

    @Test
    void theIdNumbersCheckCharacterAndThePhoneAreChecked() {
        Refusal r = refusal(form("150102199003152327", "139123"));
        assertTrue(r.messages().get("holderIdNumber").startsWith("身份证号不正确"));
        assertTrue(r.messages().get("holderPhone").startsWith("联系电话应为11位手机号码"));
        assertFalse(r.messages().containsKey("username"));
    }
}
