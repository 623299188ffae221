package org.buildreg.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Dongles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 新企业注册 through the browser: success, and each refusal with its message beside the field. */
class RegistrationIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Filed by the demo data and registered by no enterprise. */
    private static final String FREE_USCC = "91150300MA0N3E4F0W";

    private void fill(String username, String password, String orgField, String regField, String name) {
        browser.open("/register.xhtml");
        browser.type("用户名", username);
        browser.type("密码", password);
        browser.type("组织机构代码证或统一社会信用代码", orgField);
        browser.type("营业执照注册号或统一社会信用代码", regField);
        browser.type("企业名称", name);
        browser.selectByLabel("所属盟市", "乌海市");
        browser.selectByLabel("所属区县", "海勃湾区");
        browser.type("工商注册地址", "乌海市海勃湾区滨河大街1号");
        browser.type("公司现地址", "乌海市海勃湾区滨河大街1号");
    }

    private static long enterprisesWith(String uscc) {
        return ((Number) Database.scalar("SELECT COUNT(*) FROM enterprise WHERE uscc = ?", uscc)).longValue();
    }

    @Test
    void registersAFiledEnterpriseWhichCanThenLogIn() {
        fill("wuhaisz01", "Wuhai2026", FREE_USCC, FREE_USCC, "乌海市示范市政工程有限公司");
        browser.screenshot("register-filled");
        browser.click("注 册");

        assertTrue(browser.driver().getPageSource().contains("注册成功"));
        List<Map<String, Object>> rows = Database.query("SELECT e.name, e.org_code, e.city_code, e.county_code,"
                + " a.role, a.password_hash FROM enterprise e JOIN account a ON a.enterprise_id = e.id"
                + " WHERE e.uscc = ?", FREE_USCC);
        assertEquals(1, rows.size());
        Map<String, Object> row = rows.get(0);
        assertEquals("乌海市示范市政工程有限公司", row.get("name"));
        assertEquals("MA0N3E4F0", row.get("org_code"));
        assertEquals("150300", row.get("city_code"));
        assertEquals("150302", row.get("county_code"));
        assertEquals("ENTERPRISE_MAIN", row.get("role"));
        assertTrue(row.get("password_hash").toString().startsWith("pbkdf2-sha256$"), "stored as PBKDF2");

        // A new enterprise's first login: ADMIN enrols its dongle, it binds the dongle (绑定加密锁), then logs in.
        Dongles.enrolAndBind(browser, "wuhaisz01", "Wuhai2026", "高志远", "150302198506120033");
        browser.login("wuhaisz01", "Wuhai2026");
        List<String> tabs = browser.driver().findElements(By.cssSelector("a.br-tab")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("个人中心", "二级建造师", "安管人员", "资质管理", "安全许可", "企业信息"), tabs);
        assertEquals("乌海市示范市政工程有限公司", browser.driver().findElement(By.id("ov-enterprise")).getText());
    }

    @Test
    void countiesFollowTheChosenCity() {
        browser.open("/register.xhtml");
        browser.selectByLabel("所属盟市", "呼和浩特市");
        browser.selectByLabel("所属区县", "新城区");
        browser.selectByLabel("所属盟市", "阿拉善盟");
        browser.selectByLabel("所属区县", "阿拉善左旗");
        assertEquals("阿拉善左旗", browser.fieldByLabel("所属区县").getText());
    }

    @Test
    void aWrongCheckDigitIsShownBesideTheField() {
        fill("wuhaisz02", "Wuhai2026", "91150300MA0N3E4F0X", "150100000001239", "校验位错误公司");
        browser.click("注 册");

        assertTrue(browser.messageFor("组织机构代码证或统一社会信用代码").contains("校验不通过"),
                browser.messageFor("组织机构代码证或统一社会信用代码"));
        assertEquals(0L, enterprisesWith("91150300MA0N3E4F0X"));
    }

    @Test
    void anUnfiledUsccIsRefused() {
        fill("bjqiye01", "Beijing2026", "91110000600037341L", "91110000600037341L", "未备案的企业");
        browser.click("注 册");

        assertTrue(browser.messageFor("组织机构代码证或统一社会信用代码").contains("尚未备案"),
                browser.messageFor("组织机构代码证或统一社会信用代码"));
        assertEquals(0L, enterprisesWith("91110000600037341L"));
    }

    @Test
    void anEnterpriseAlreadyOnThePlatformIsToldToUseItsAccount() {
        fill("chongfu01", "Chongfu2026", "91150100MA0N1A2B30", "91150100MA0N1A2B30", "内蒙古示范建设集团有限公司");
        browser.click("注 册");

        String message = browser.messageFor("组织机构代码证或统一社会信用代码");
        assertTrue(message.contains("已在平台注册") && message.contains("找回账号"), message);
        assertEquals(1L, enterprisesWith("91150100MA0N1A2B30"));
        assertEquals(0L, ((Number) Database.scalar("SELECT COUNT(*) FROM account WHERE username = ?", "chongfu01"))
                .longValue());
    }

    @Test
    void shortPasswordAndBadUsernameAreRefusedTogether() {
        fill("ab", "12345", "91152500MA0N5J6K9P", "91152500MA0N5J6K9P", "锡林郭勒盟示范水利水电工程有限公司");
        browser.click("注 册");

        assertTrue(browser.messageFor("用户名").contains("6-18位"), browser.messageFor("用户名"));
        assertTrue(browser.messageFor("密码").contains("8-64位"), browser.messageFor("密码"));
        assertEquals(0L, enterprisesWith("91152500MA0N5J6K9P"));
    }

    @Test
    void everyRequiredFieldSaysWhatIsMissing() {
        browser.open("/register.xhtml");
        browser.click("注 册");

        assertTrue(browser.messageFor("企业名称").contains("请填写企业名称"), browser.messageFor("企业名称"));
        assertTrue(browser.messageFor("所属盟市").contains("请选择所属盟市"), browser.messageFor("所属盟市"));
        assertTrue(browser.messageFor("工商注册地址").contains("请填写工商注册地址"));
        assertTrue(browser.messageFor("公司现地址").contains("请填写公司现地址"));
    }
}
