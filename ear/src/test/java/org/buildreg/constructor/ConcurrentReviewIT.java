package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two sessions of the city's reviewers on one declaration: both open the review page; the second approves first;
 * the first then submits and is told the declaration was already handled, and exactly one review step is written at
 * the city level. The province then refuses it, so that nothing is applied.
 */
class ConcurrentReviewIT {

    @RegisterExtension
    static Browser browser = new Browser();
    /** A second chromium with its own session. */
    @RegisterExtension
    static Browser colleague = new Browser();

    private static final String ID = "150102198003151232";

    @Test
    void theSecondDecisionIsToldTheDeclarationWasHandled() {
        Filings filings = Registrations.filings(browser);
        browser.login("demoqy01", Filings.PASSWORD);
        filings.startFrom("遗失补办", ID, "补办");
        filings.newBatch();
        browser.type("补办原因", "证书损毁");
        long id = filings.save(ReplacementType.CODE, ID);
        filings.upload(id, Filings.PHOTO, "身份证明（正反面）", "遗失声明");
        filings.submitBatch(id);
        browser.logout();

        String review = "/review/declaration.xhtml?id=" + id;
        browser.login("city150100", Filings.PASSWORD);
        browser.open(review);
        browser.choose("退回修改");
        browser.type("审核意见", "请补充遗失声明");

        colleague.login("city150100", Filings.PASSWORD);
        colleague.open(review);
        colleague.choose("同意");
        colleague.click("提交审核");
        assertTrue(colleague.globalMessages().contains("申报现为：自治区审批"), colleague.allMessages());

        browser.click("提交审核");
        assertTrue(browser.globalMessages().contains("已被处理"), browser.allMessages());
        browser.screenshot("review-already-handled");
        assertEquals("PROVINCE_REVIEW", Filings.stage(id));
        assertEquals(1L, Filings.count("SELECT COUNT(*) FROM review_step WHERE declaration_id = ?"
                + " AND review_level = 'CITY'", id));
        browser.logout();

        String province = filings.decide("province01", id, "不同意", "测试并发审核，不予补办");
        assertTrue(province.contains("申报现为：审核不通过"), province);
        assertEquals(0L, Filings.count("SELECT COUNT(*) FROM declaration_in_flight WHERE declaration_id = ?", id));
    }
}
