package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Filings;
import org.buildreg.testsupport.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 变更注册 (姓名变更) of 孙丽娟 at 包头市示范建筑工程有限公司: the city sends it back (退回修改) with an opinion; the
 * enterprise finds it as 退回修改 in 待上报申请(单个), replaces an attachment and submits it again with 上报; the
 * history keeps the 退回 step; after approval the person bears the new name and the validity is unchanged.
 */
class ChangeIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String ID = "150204199007125683";
    private static final String OPINION = "变更证明材料不清晰，请重新上传";

    @Test
    void aNameChangeIsReturnedResubmittedAndApproved() {
        Map<String, Object> before = Registrations.of(ID);
        // Either name, so that the test also runs on a database where it ran before.
        String newName = "孙丽娟".equals(before.get("name")) ? "孙丽君" : "孙丽娟";
        Filings filings = Registrations.filings(browser);
        browser.login("demoqy02", Filings.PASSWORD);
        filings.startFrom("变更注册", ID, "变更");
        filings.newBatch();
        browser.choose("姓名变更");
        browser.tick(Registrations.STATEMENT);
        browser.click("保存");
        assertEquals("请填写变更后姓名", browser.messageFor("变更后姓名"));
        browser.type("变更后姓名", newName);
        long id = filings.save(ChangeType.CODE, ID);
        filings.upload(id, Filings.PHOTO, "身份证明（正反面）", "变更证明材料");
        filings.submitBatch(id);
        browser.logout();

        String returned = filings.decide("city150200", id, "退回修改", OPINION);
        assertTrue(returned.contains("申报现为：退回修改"), returned);
        assertEquals("RETURNED", Filings.stage(id));

        browser.login("demoqy02", Filings.PASSWORD);
        browser.open("/constructor/declarations.xhtml?tab=PENDING_SINGLES");
        String number = Filings.number(id);
        String row = browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//tr[td[normalize-space(.)='" + number + "']]")).getText();
        assertTrue(row.contains("退回修改"), row);
        browser.screenshot("change-returned");
        filings.upload(id, "变更证明材料");
        browser.open("/constructor/declarations.xhtml?tab=PENDING_SINGLES");
        browser.clickInRow(number, "上报");
        assertTrue(browser.globalMessages().contains("申报已重新上报"), browser.allMessages());
        assertEquals("CITY_REVIEW", Filings.stage(id));
        browser.logout();

        filings.approve("city150200", id);

        List<Map<String, Object>> steps = Database.query("SELECT review_level, decision, opinion FROM review_step"
                + " WHERE declaration_id = ? ORDER BY reviewed_at, id", id);
        assertEquals(3, steps.size(), steps.toString());
        assertEquals("RETURN", steps.get(0).get("decision"));
        assertEquals(OPINION, steps.get(0).get("opinion"));
        browser.login("demoqy02", Filings.PASSWORD);
        browser.open("/constructor/declarations.xhtml?tab=SUBMITTED_SINGLES");
        browser.clickInRow(number, "审核历史");
        String history = browser.driver().findElement(org.openqa.selenium.By.id("history")).getText();
        assertTrue(history.contains("退回修改") && history.contains("退回") && history.contains(OPINION)
                && history.contains("办结"), history);

        Map<String, Object> after = Registrations.of(ID);
        assertEquals(newName, after.get("name"));
        assertEquals(Filings.day(before.get("valid_until")), Filings.day(after.get("valid_until")));
        assertEquals(before.get("registration_no"), after.get("registration_no"));
        assertEquals(before.get("certificate_no"), after.get("certificate_no"));
    }
}
