package org.buildreg.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The association's console: lock/unlock all accounts of an enterprise, one-time passwords, USCC filings. */
class AdminConsoleIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static int flag(String column, String username) {
        return ((Number) Database.scalar("SELECT " + column + " FROM account WHERE username = ?", username)).intValue();
    }

    @Test
    void lockingAllAccountsOfAnEnterpriseKeepsThemOutUntilUnlocked() {
        browser.login("admin", "Demo2026");
        browser.open("/admin/enterprises.xhtml");
        browser.type("企业名称", "包头市示范");
        browser.click("查询");
        browser.clickInRow("demoqy02sub", "锁定全部");
        browser.click("确定");
        assertTrue(browser.globalMessages().contains("全部 2 个账号已锁定"), browser.globalMessages());
        assertEquals(1, flag("admin_locked", "demoqy02"));
        assertEquals(1, flag("admin_locked", "demoqy02sub"));
        browser.screenshot("admin-accounts");
        browser.logout();

        browser.login("demoqy02", "Demo2026");
        assertTrue(browser.globalMessages().contains("账号已被锁定"), browser.globalMessages());

        browser.login("admin", "Demo2026");
        browser.open("/admin/enterprises.xhtml");
        browser.type("企业名称", "包头市示范");
        browser.click("查询");
        browser.clickInRow("demoqy02", "解锁全部");
        assertEquals(0, flag("admin_locked", "demoqy02"));
        assertEquals(0, flag("admin_locked", "demoqy02sub"));
        browser.logout();

        browser.login("demoqy02", "Demo2026");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/home.xhtml"));
    }

    @Test
    void aOneTimePasswordMustBeChangedAtTheFirstLogin() {
        browser.login("admin", "Demo2026");
        browser.open("/admin/enterprises.xhtml");
        browser.type("用户名", "city150400");
        browser.click("查询");
        browser.clickInRow("city150400", "重置密码");
        browser.click("确定");
        String oneTime = browser.driver().findElement(By.id("issuedPassword")).getText();
        assertEquals(10, oneTime.length());
        assertEquals(1, flag("must_change_password", "city150400"));
        browser.logout();

        browser.login("city150400", "Demo2026");
        assertTrue(browser.globalMessages().contains("用户名或密码错误"), "the old password is gone");
        browser.login("city150400", oneTime);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"));
        browser.open("/home.xhtml");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"), "nothing else until changed");
        browser.open("/declaration/print?id=1");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"), "no servlet either");

        browser.type("原密码", oneTime);
        browser.type("新密码", "Baotou2026");
        browser.type("确认新密码", "Baotou2027");
        browser.click("保存");
        assertTrue(browser.messageFor("确认新密码").contains("不一致"), browser.messageFor("确认新密码"));
        assertEquals(1, flag("must_change_password", "city150400"));

        browser.type("原密码", oneTime);
        browser.type("新密码", "Baotou2026");
        browser.type("确认新密码", "Baotou2026");
        browser.click("保存");
        assertTrue(browser.globalMessages().contains("密码已修改"), browser.globalMessages());
        assertEquals(0, flag("must_change_password", "city150400"));
        browser.open("/home.xhtml");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/home.xhtml"));

        // Back to the README's demo password.
        browser.open("/account/password.xhtml");
        browser.type("原密码", "Baotou2026");
        browser.type("新密码", "Demo2026");
        browser.type("确认新密码", "Demo2026");
        browser.click("保存");
        assertTrue(browser.globalMessages().contains("密码已修改"), browser.globalMessages());
    }

    @Test
    void filingsAreAddedOneByOneOrFromACsvAndBadCodesAreRefused() throws IOException {
        browser.login("admin", "Demo2026");
        browser.open("/admin/filings.xhtml");
        browser.type("统一社会信用代码", "91150700MA0N7R9T45");
        browser.type("企业名称", "校验位错误的企业");
        browser.click("备案");
        assertTrue(browser.messageFor("统一社会信用代码").contains("校验不通过"), browser.messageFor("统一社会信用代码"));

        browser.type("统一社会信用代码", "91150700MA0N7R9T44");
        browser.type("企业名称", "呼伦贝尔市示范建筑有限公司");
        browser.click("备案");
        assertTrue(browser.globalMessages().contains("已备案"), browser.globalMessages());
        assertEquals(1, ((Number) Database.scalar("SELECT COUNT(*) FROM uscc_filing WHERE uscc = ?",
                "91150700MA0N7R9T44")).intValue());

        Path csv = Files.createTempFile("filings", ".csv");
        Files.writeString(csv, "统一社会信用代码,企业名称\r\n91150800MA0N8T1U2M,巴彦淖尔市示范建设有限公司\r\n"
                + "91150100MA0N1A2B30,内蒙古示范建设集团有限公司\r\n12345,坏行\r\n", Charset.forName("GB18030"));
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
        browser.click("上传并备案");
        String messages = browser.globalMessages();
        assertTrue(messages.contains("新增 1 条") && messages.contains("已备案 1 条") && messages.contains("拒绝 1 条"),
                messages);
        assertTrue(browser.driver().getPageSource().contains("第4行"));
        assertEquals("巴彦淖尔市示范建设有限公司", Database.scalar(
                "SELECT enterprise_name FROM uscc_filing WHERE uscc = ?", "91150800MA0N8T1U2M"));
    }

    @Test
    void theAuditLogShowsLoginsWithTheirAddress() {
        browser.login("admin", "Demo2026");
        browser.open("/admin/audit.xhtml");
        browser.type("操作账号", "admin");
        browser.click("查询");
        String page = browser.driver().getPageSource();
        assertTrue(page.contains("登录成功"), "login audited");
        assertTrue(page.contains("127.0.0.1") || page.contains("0:0:0:0:0:0:0:1"), "with the client's address");
    }
}
