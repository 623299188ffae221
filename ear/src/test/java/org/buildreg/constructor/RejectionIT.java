package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Filings;
import org.buildreg.testsupport.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * 不同意 at the city: a 遗失补办 of 孙丽娟 is refused with an opinion (none is refused); it is 已办结 / 审核不通过
 * with nothing applied, and the person is free for a new declaration at once (which the test deletes again with
 * its batch).
 */
class RejectionIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String ID = "150204199007125683";

    @Test
    void aRejectedDeclarationEndsAndFreesThePerson() {
        Map<String, Object> before = Registrations.of(ID);
        Filings filings = Registrations.filings(browser);
        browser.login("demoqy02", Filings.PASSWORD);
        fileReplacement(filings);
        long id = filings.save(ReplacementType.CODE, ID);
        filings.upload(id, Filings.PHOTO, "身份证明（正反面）", "遗失声明");
        filings.submitBatch(id);
        browser.logout();

        browser.login("city150200", Filings.PASSWORD);
        browser.open("/review/declaration.xhtml?id=" + id);
        browser.choose("不同意");
        browser.click("提交审核");
        assertEquals("不同意或退回修改时必须填写审核意见", browser.messageFor("审核意见"));
        assertEquals("CITY_REVIEW", Filings.stage(id));
        browser.type("审核意见", "遗失声明未登报，不予补办");
        browser.click("提交审核");
        assertTrue(browser.globalMessages().contains("申报现为：审核不通过"), browser.allMessages());
        browser.logout();

        assertEquals("REJECTED", Filings.stage(id));
        assertNotNull(Database.scalar("SELECT finished_at FROM declaration WHERE id = ?", id));
        assertEquals(0L, Filings.count("SELECT COUNT(*) FROM declaration_in_flight WHERE subject_key = ?", ID));
        assertEquals(before.get("certificate_no"), Registrations.of(ID).get("certificate_no"), "nothing applied");

        browser.login("demoqy02", Filings.PASSWORD);
        browser.open("/constructor/declarations.xhtml?tab=SUBMITTED_SINGLES");
        String row = browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + Filings.number(id)
                + "']]")).getText();
        assertTrue(row.contains("已办结") && row.contains("审核不通过"), row);

        fileReplacement(filings);
        long again = filings.save(ReplacementType.CODE, ID);
        assertEquals("DRAFT", Filings.stage(again));
        String batch = (String) Database.scalar("SELECT b.name FROM declaration d JOIN declaration_batch b"
                + " ON b.id = d.batch_id WHERE d.id = ?", again);
        browser.open("/constructor/declarations.xhtml?tab=PENDING_BATCHES");
        browser.clickInRow(batch, "批次删除");
        browser.click("确定");
        assertTrue(browser.globalMessages().contains("批次已删除"), browser.allMessages());
        assertEquals(0L, Filings.count("SELECT COUNT(*) FROM declaration WHERE id = ?", again));
    }

    private void fileReplacement(Filings filings) {
        filings.startFrom("遗失补办", ID, "补办");
        filings.newBatch();
        browser.type("补办原因", "证书遗失");
    }
}
