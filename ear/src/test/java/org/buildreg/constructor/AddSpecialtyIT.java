package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 增项注册 of 张建华 (registered for 建筑工程, passed 市政公用工程 with NMG2600002): choosing the specialty he already
 * holds is refused beside 申报注册专业; with 市政公用工程 the declaration is filed, submitted and approved, and his
 * registration holds both specialties with its 有效期至 unchanged.
 */
class AddSpecialtyIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String ID = "150102198003151232";

    @Test
    void aSecondSpecialtyIsAddedWithoutChangingTheValidity() {
        Map<String, Object> before = Registrations.of(ID);
        Filings filings = Registrations.filings(browser);
        browser.login("demoqy01", Filings.PASSWORD);
        filings.startFrom("增项注册", ID, "增项注册");
        assertEquals("张建华", browser.fieldByLabel("姓名").getDomProperty("value"));
        assertTrue(browser.driver().getPageSource().contains(String.valueOf(before.get("registration_no"))),
                "原注册证书情况 is filled in");
        filings.newBatch();
        browser.selectByLabel("申报注册专业", "建筑工程");
        browser.type("增项专业考试合格证明编号", "NMG2600002");
        browser.tick(Registrations.STATEMENT);
        browser.click("保存");
        assertEquals("该专业已注册，请选择新的专业", browser.messageFor("申报注册专业"));

        browser.selectByLabel("申报注册专业", "市政公用工程");
        long id = filings.save(AddSpecialtyType.CODE, ID);
        filings.upload(id, Filings.PHOTO, "身份证明（正反面）", "增项专业资格证书");
        filings.submitBatch(id);
        browser.logout();
        filings.approve("city150100", id);

        Map<String, Object> after = Registrations.of(ID);
        assertEquals("BUILDING,MUNICIPAL", Registrations.specialties(ID));
        assertEquals(Filings.day(before.get("valid_until")), Filings.day(after.get("valid_until")));
        assertEquals(before.get("registration_no"), after.get("registration_no"));
        assertEquals("VALID", after.get("status"));
    }
}
