package org.buildreg.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Dongles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** 找回账号/重置密码: the request from the login page, and the administrator's answer to it. */
class PasswordResetIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private void request(String enterprise, String uscc, String username, String reason) {
        browser.open("/login.xhtml");
        browser.click("找回账号/重置密码");
        browser.type("企业名称", enterprise);
        browser.type("统一社会信用代码", uscc);
        browser.type("用户名（如记得）", username);
        browser.type("联系人", "高娜");
        browser.type("联系电话", "0477-8500001");
        browser.type("申请说明", reason);
        browser.click("提交申请");
    }

    @Test
    void anEnterpriseThatForgotItsPasswordGetsAOneTimePassword() {
        // A new enterprise registers (its USCC is filed by the demo data) and later forgets its password.
        browser.open("/register.xhtml");
        browser.type("用户名", "erdos0101");
        // The page takes every password the rule allows (8 to 64 characters), not the old system's 12.
        String longPassword = "Erdos-Dongsheng-Tianjiao-Road-2026";
        browser.type("密码", longPassword);
        assertEquals(longPassword, browser.fieldByLabel("密码").getAttribute("value"));
        browser.type("组织机构代码证或统一社会信用代码", "91150600MA0N4G5H4N");
        browser.type("营业执照注册号或统一社会信用代码", "91150600MA0N4G5H4N");
        browser.type("企业名称", "鄂尔多斯市示范路桥建设有限公司");
        browser.selectByLabel("所属盟市", "鄂尔多斯市");
        browser.selectByLabel("所属区县", "东胜区");
        browser.type("工商注册地址", "鄂尔多斯市东胜区天骄路2号");
        browser.type("公司现地址", "鄂尔多斯市东胜区天骄路2号");
        browser.click("注 册");
        assertTrue(browser.driver().getPageSource().contains("注册成功"));

        request("鄂尔多斯市示范路桥建设有限公司", "91150600MA0N4G5H4N", "erdos0101", "经办人离职，忘记密码");
        assertTrue(browser.driver().getPageSource().contains("申请已提交"));
        assertEquals("PENDING", Database.scalar("SELECT status FROM password_reset_request WHERE uscc = ?",
                "91150600MA0N4G5H4N"));

        browser.login("admin", "Demo2026");
        browser.open("/admin/reset-requests.xhtml");
        browser.clickInRow("91150600MA0N4G5H4N", "处理");
        browser.clickInRow("erdos0101", "发放一次性密码");
        String oneTime = browser.driver().findElement(By.id("issuedPassword")).getText();
        assertEquals("DONE", Database.scalar("SELECT status FROM password_reset_request WHERE uscc = ?",
                "91150600MA0N4G5H4N"));
        browser.logout();

        Dongles.enrolAndBind(browser, "erdos0101", oneTime, "白文静", "150602198803070024");
        browser.login("erdos0101", oneTime);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"));
    }

    @Test
    void aRequestThatMatchesNoAccountIsRejectedWithAReason() {
        request("从未注册的企业", "91150900MA0N9W2X78", "", "找回账号");
        browser.login("admin", "Demo2026");
        browser.open("/admin/reset-requests.xhtml");
        browser.clickInRow("91150900MA0N9W2X78", "处理");
        assertTrue(browser.driver().getPageSource().contains("没有查询到该统一社会信用代码下的账号"));
        browser.click("驳回");
        assertEquals("REJECTED", Database.scalar("SELECT status FROM password_reset_request WHERE uscc = ?",
                "91150900MA0N9W2X78"));
        assertTrue(Database.scalar("SELECT remark FROM password_reset_request WHERE uscc = ?", "91150900MA0N9W2X78")
                .toString().contains("没有查询到相关信息"));
    }

    @Test
    void theRequestFormSaysWhatIsWrong() {
        request("某企业", "91150900MA0N9W2X79", "", "");
        assertTrue(browser.messageFor("统一社会信用代码").contains("校验不通过"), browser.messageFor("统一社会信用代码"));
        assertTrue(browser.messageFor("申请说明").contains("请填写申请说明"), browser.messageFor("申请说明"));
        assertEquals(0, ((Number) Database.scalar(
                "SELECT COUNT(*) FROM password_reset_request WHERE uscc = ?", "91150900MA0N9W2X79")).intValue());
    }

    @Test
    void anEnterpriseHasAtMostThreeRequestsWaiting() {
        String uscc = "91150800MA0N9W2X73";
        for (int i = 1; i <= 3; i++) {
            request("巴彦淖尔市某建筑公司", uscc, "", "第" + i + "次申请");
            assertTrue(browser.driver().getPageSource().contains("申请已提交"), "request " + i);
        }
        request("巴彦淖尔市某建筑公司", uscc, "", "第4次申请");
        assertTrue(browser.globalMessages().contains("已有3份待处理的找回申请"), browser.allMessages());
        assertEquals(3, ((Number) Database.scalar(
                "SELECT COUNT(*) FROM password_reset_request WHERE uscc = ?", uscc)).intValue());
    }

    @Test
    void theLongestChineseTheFormTakesIsSavedAsTyped() {
        // The test domain's H2 counts bytes like Oracle (BUILDREG_BYTE_CHECKS): 100 characters of a name are 300 bytes.
        String uscc = "91150700MA0N9W2X7X";
        String name = "内蒙古" + "建".repeat(97);
        String reason = "忘".repeat(400);
        browser.open("/login.xhtml");
        browser.click("找回账号/重置密码");
        browser.type("企业名称", name + "多出的字");
        browser.type("统一社会信用代码", uscc);
        browser.type("联系人", "乌".repeat(30));
        browser.type("联系电话", "0477-8500001");
        browser.type("申请说明", reason);
        assertEquals(name, browser.fieldByLabel("企业名称").getAttribute("value"), "the page stops at 100");
        browser.click("提交申请");
        assertTrue(browser.driver().getPageSource().contains("申请已提交"), browser.allMessages());
        assertEquals(name, Database.scalar("SELECT enterprise_name FROM password_reset_request WHERE uscc = ?", uscc));
        assertEquals(reason, Database.scalar("SELECT reason FROM password_reset_request WHERE uscc = ?", uscc));
    }
}
