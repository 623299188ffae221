package org.buildreg.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * 旧数据导入申请 end to end on the demo's migrated sample: a person of the old export whose enterprise was not in it
 * waits in the staging area; the enterprise asks for it (field errors, a duplicate request refused), ADMIN sees the
 * staged row and approves — the person is then the enterprise's; a request for someone the old data does not hold
 * is rejected with the manual's reason, which the enterprise reads. A sub-account may not ask.
 */
class LegacyImportIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private void request(String name, String idNumber) {
        browser.open("/enterprise/legacy-imports.xhtml");
        browser.type("姓名", name);
        browser.type("身份证号", idNumber);
        browser.click("提交申请");
    }

    @Test
    void anEnterpriseGetsAStagedPersonAndARejectionWithItsReason() {
        List<Map<String, Object>> staged = Database.query("SELECT name, id_number FROM legacy_staged_person"
                + " WHERE claimed_at IS NULL ORDER BY id");
        assertTrue(!staged.isEmpty(), "the demo's migration staged the orphans of the sample");
        String name = String.valueOf(staged.get(0).get("name"));
        String idNumber = String.valueOf(staged.get(0).get("id_number"));

        browser.login("demoqy01", "Demo2026");
        browser.click("企业信息");
        browser.click("旧数据导入申请");
        browser.click("提交申请");
        assertEquals("请填写姓名", browser.messageFor("姓名"));
        assertEquals("请填写身份证号", browser.messageFor("身份证号"));
        request(name, idNumber.substring(0, 17) + (idNumber.endsWith("0") ? "1" : "0"));
        assertTrue(browser.messageFor("身份证号").startsWith("身份证号不正确"), browser.allMessages());

        request(name, idNumber);
        assertTrue(browser.globalMessages().contains("申请已提交"), browser.allMessages());
        request(name, idNumber);
        assertEquals("该申请已提交，正在等待审核", browser.messageFor("身份证号"));
        request("查无此人", "150102198801012317");
        assertTrue(browser.globalMessages().contains("申请已提交"), browser.allMessages());
        browser.screenshot("legacy-import-requests");
        browser.logout();

        browser.login("admin", "Demo2026");
        browser.open("/admin/legacy-imports.xhtml");
        browser.clickInRow(name + "（" + idNumber + "）", "审核");
        assertTrue(browser.driver().findElement(By.id("imports:matches")).getText().contains("待认领"),
                browser.driver().findElement(By.id("imports:matches")).getText());
        browser.screenshot("legacy-import-review");
        browser.click("同意导入");
        assertTrue(browser.globalMessages().contains("已同意导入"), browser.allMessages());
        assertEquals("内蒙古示范建设集团有限公司", Database.scalar("SELECT e.name FROM person p JOIN enterprise e"
                + " ON e.id = p.enterprise_id WHERE p.id_number = ?", idNumber));
        assertNotNull(Database.scalar("SELECT claimed_at FROM legacy_staged_person WHERE id_number = ?", idNumber));

        browser.clickInRow("查无此人（150102198801012317）", "审核");
        assertEquals("没有查询到相关信息；如企业名称发生过变更，请联系主管部门",
                browser.fieldByLabel("拒绝原因").getAttribute("value"));
        browser.fieldByLabel("拒绝原因").clear();
        browser.click("拒绝");
        assertEquals("请填写拒绝原因", browser.messageFor("拒绝原因"));
        browser.type("拒绝原因", "没有查询到相关信息；如企业名称发生过变更，请联系主管部门");
        browser.click("拒绝");
        assertTrue(browser.globalMessages().contains("已拒绝"), browser.allMessages());
        assertEquals("REJECTED", Database.scalar("SELECT status FROM legacy_import_request WHERE id_number = ?",
                "150102198801012317"));
        browser.logout();

        browser.login("demoqy01", "Demo2026");
        browser.open("/enterprise/legacy-imports.xhtml");
        String list = browser.driver().findElement(By.id("imports:list")).getText();
        assertTrue(list.contains("已导入") && list.contains("已拒绝") && list.contains("如企业名称发生过变更"), list);
        browser.logout();

        browser.login("demoqy01sub", "Demo2026");
        browser.open("/enterprise/legacy-imports.xhtml");
        assertTrue(browser.driver().getPageSource().contains("无权访问"));
    }
}
