package org.buildreg.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** 证书查验 without login: by the address a QR code carries, and by typing a number in. */
class VerifyIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    @Test
    void aQrCodeAddressShowsTheHolderWithAMaskedIdNumber() {
        browser.open("/verify?no=" + URLEncoder.encode("蒙215250000001", StandardCharsets.UTF_8));
        assertEquals("有效", text("vf-status"));
        assertEquals("张建华", text("vf-holder"));
        assertTrue(text("vf-id").matches("150102\\*{8}\\d{3}[\\dX]"), text("vf-id"));
        assertEquals("内蒙古示范建设集团有限公司", text("vf-enterprise"));
        browser.screenshot("verify-found");
    }

    @Test
    void anExpiredRegistrationSaysSo() {
        browser.open("/verify");
        browser.type("证书编号", "蒙215250000003");
        browser.click("查验");
        assertEquals("已过期", text("vf-status"));
        assertTrue(text("verdict").contains("已过期"));
    }

    @Test
    void anUnknownNumberIsNotFound() {
        browser.open("/verify?no=NMG9999999");
        assertTrue(text("notFound").contains("未找到"));
    }

    /** A draft's 申报单号 (say, from a printed draft) tells the public nothing: it is the enterprise's business. */
    @Test
    void aDraftDeclarationIsNotShown() {
        long registration = ((Number) Database.scalar("SELECT MIN(r.id) FROM constructor_registration r JOIN account a"
                + " ON a.enterprise_id = r.enterprise_id WHERE a.username = 'demoqy02' AND r.status = 'VALID'"))
                .longValue();
        browser.login("demoqy02", "Demo2026");
        long draft = Drafts.renewal(browser, registration);
        try {
            String number = (String) Database.scalar("SELECT declaration_no FROM declaration WHERE id = ?", draft);
            browser.driver().manage().deleteAllCookies();
            browser.open("/verify?no=" + number);
            assertTrue(text("notFound").contains("未找到"));
            assertTrue(browser.driver().findElements(By.id("vf-holder")).isEmpty());
        } finally {
            Drafts.delete(draft);
        }
    }
}
