package org.buildreg.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.buildreg.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 个人中心: the account, what the enterprise holds, and the certificates that run out within 90 / 30 days. */
class HomeIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private List<WebElement> expiringRows() {
        return browser.driver().findElements(By.cssSelector("[id$='expiring_data'] tr"));
    }

    @Test
    void certificatesRunningOutWithin90DaysAreListedAndThoseWithin30AreMarked() {
        browser.login("demoqy01", "Demo2026");
        List<WebElement> rows = expiringRows();
        assertEquals(2, rows.size(), browser.driver().findElement(By.id("expiry")).getText());
        assertTrue(rows.get(0).getText().contains("李秀英") && rows.get(0).getText().contains("安管人员证书"));
        assertTrue(rows.get(0).getText().contains("25天"));
        assertEquals(1, rows.get(0).findElements(By.cssSelector(".br-badge-bad")).size(), "urgent within 30 days");
        assertTrue(rows.get(0).getText().contains("30天内到期"), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                .toString()), "reminded by the demo's sweep today: " + rows.get(0).getText());
        assertTrue(rows.get(1).getText().contains("二级建造师注册证书") && rows.get(1).getText().contains("75天"));
        assertTrue(rows.get(1).getText().contains("90天内到期"), rows.get(1).getText());
        assertEquals(0, rows.get(1).findElements(By.cssSelector(".br-badge-bad")).size());
        browser.screenshot("home-expiry");
    }

    @Test
    void aSubAccountSeesRemindersOfItsModulesOnly() {
        browser.login("demoqy02sub", "Demo2026");
        assertTrue(browser.driver().findElement(By.id("expiry")).getText().contains("近90天内没有到期的证书"));
    }
}
