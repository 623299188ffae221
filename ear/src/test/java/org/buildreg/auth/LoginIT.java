package org.buildreg.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Smoke test of the harness and of signing in: the login page, an enterprise's home, a wrong password. */
class LoginIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void loginPageCarriesThePlatformTitle() {
        browser.open("/login.xhtml");
        assertTrue(browser.title().contains("内蒙古自治区建筑业信息管理平台"), browser.title());
        browser.screenshot("login");
    }

    @Test
    void enterpriseMainAccountSeesItsTabsAndItsName() {
        browser.login("demoqy01", "Demo2026");

        List<String> tabs = browser.driver().findElements(By.cssSelector("a.br-tab")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("个人中心", "二级建造师", "安管人员", "资质管理", "安全许可", "企业信息"), tabs);
        assertEquals("demoqy01", browser.driver().findElement(By.id("ov-username")).getText());
        browser.screenshot("home");

        browser.logout();
        assertTrue(browser.title().contains("用户登录"), browser.title());
    }

    @Test
    void wrongPasswordIsRefusedAndCounted() {
        browser.login("demoqy01", "wrong-password");

        assertTrue(browser.globalMessages().contains("用户名或密码错误"), browser.globalMessages());
        Number failed = (Number) Database.scalar("SELECT failed_logins FROM account WHERE username = ?", "demoqy01");
        assertEquals(1, failed.intValue());
    }
}
