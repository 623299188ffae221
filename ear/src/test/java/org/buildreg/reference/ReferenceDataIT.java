package org.buildreg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.buildreg.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** 参考数据: what the reference-data-load job and the migrations put in, as the administrator sees it. */
class ReferenceDataIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theTwelveLeaguesAndCitiesTheirCountiesAndTheBusinessTypes() {
        browser.login("admin", "Demo2026");
        browser.click("管理控制台");
        browser.click("参考数据");
        assertEquals(12, browser.driver().findElements(By.cssSelector("[id$='cities_data'] tr")).size());
        String page = browser.driver().getPageSource();
        assertTrue(page.contains("锡林郭勒盟") && page.contains("阿拉善盟") && page.contains("申请表（2-1）"));

        browser.clickInRow("兴安盟", "6 个旗县区");
        String counties = browser.driver().findElement(By.cssSelector("[id$='counties_data']")).getText();
        assertTrue(counties.contains("乌兰浩特市") && counties.contains("科尔沁右翼前旗"), counties);
        browser.screenshot("admin-reference");
    }

    @Test
    void enterprisesCannotOpenIt() {
        browser.login("demoqy01", "Demo2026");
        browser.open("/admin/reference.xhtml");
        assertTrue(browser.driver().getPageSource().contains("无权访问"));
    }
}
