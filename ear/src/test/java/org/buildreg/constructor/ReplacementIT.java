package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * 遗失补办 of 张建华's certificate: after approval his registration has a new 8-digit 证书编号, and the public
 * 证书查验 no longer finds the old number while it finds the new one.
 */
class ReplacementIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String ID = "150102198003151232";

    @Test
    void aLostCertificateIsReplacedWithANewNumber() {
        Map<String, Object> before = Registrations.of(ID);
        String oldNo = String.valueOf(before.get("certificate_no"));
        Filings filings = Registrations.filings(browser);
        browser.login("demoqy01", Filings.PASSWORD);
        filings.startFrom("遗失补办", ID, "补办");
        filings.newBatch();
        browser.click("保存");
        assertEquals("请填写补办原因", browser.messageFor("补办原因"));
        browser.type("补办原因", "证书遗失，已登报声明作废");
        long id = filings.save(ReplacementType.CODE, ID);
        filings.upload(id, Filings.PHOTO, "身份证明（正反面）", "遗失声明");
        filings.submitBatch(id);
        browser.logout();
        filings.approve("city150100", id);

        Map<String, Object> after = Registrations.of(ID);
        String newNo = String.valueOf(after.get("certificate_no"));
        assertTrue(newNo.matches("\\d{8}"), newNo);
        assertNotEquals(oldNo, newNo);
        assertEquals(0L, Filings.count("SELECT COUNT(*) FROM constructor_registration WHERE certificate_no = ?", oldNo));
        assertEquals(Filings.day(before.get("valid_until")), Filings.day(after.get("valid_until")));

        browser.open("/verify?no=" + URLEncoder.encode(oldNo, StandardCharsets.UTF_8));
        assertTrue(browser.driver().findElement(By.id("notFound")).getText().contains("未找到"), "the old number is void");
        browser.open("/verify?no=" + URLEncoder.encode(newNo, StandardCharsets.UTF_8));
        assertEquals("张建华", browser.driver().findElement(By.id("vf-holder")).getText());
        assertEquals("有效", browser.driver().findElement(By.id("vf-status")).getText());
    }
}
