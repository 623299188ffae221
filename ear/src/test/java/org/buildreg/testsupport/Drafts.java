package org.buildreg.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 延续注册 draft saved through the form as the enterprise's user does (快捷创建批次, the statement ticked, 保存), for
 * tests that need a declaration of their own, and its removal afterwards so that the person is free again.
 */
public final class Drafts {

    private Drafts() {
    }

    /** {@code browser} is logged in as the enterprise that holds the registration; returns the declaration's id. */
    public static long renewal(Browser browser, long registrationId) {
        browser.open("/constructor/form.xhtml?type=CONSTRUCTOR_RENEWAL&from=" + registrationId);
        browser.click("快捷创建批次");
        browser.tick("本人无《二级建造师注册实施办法》第十七条（一）至（十一）规定不予注册的情形");
        browser.click("保存");
        assertTrue(browser.globalMessages().contains("申报已保存"), browser.allMessages());
        return ((Number) Database.scalar("SELECT MAX(d.id) FROM declaration d JOIN constructor_registration r"
                + " ON r.enterprise_id = d.enterprise_id WHERE r.id = ? AND d.stage = 'DRAFT'"
                + " AND d.business_type = 'CONSTRUCTOR_RENEWAL'", registrationId)).longValue();
    }

    /** Removes a draft and what hangs on it. */
    public static void delete(long declarationId) {
        Database.update("DELETE FROM declaration_attachment WHERE declaration_id = ?", declarationId);
        Database.update("DELETE FROM declaration_in_flight WHERE declaration_id = ?", declarationId);
        Database.update("DELETE FROM declaration WHERE id = ?", declarationId);
    }
}
