package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 注销注册 of 赵国栋 by 包头市示范建筑工程有限公司 makes him 已注销; 重新注册 finds him only by his name and ID number
 * together, and 内蒙古示范建设集团有限公司 re-registers him: approved, he is valid again for three years with the new
 * enterprise, under the same 注册编号 and with a new certificate.
 */
class CancellationReregistrationIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String NAME = "赵国栋";
    private static final String ID = "150203198201014556";
    private static final String NOT_FOUND = "未找到该姓名和证件号码的已注销人员；只有已注销人员才能办理重新注册";

    @Test
    void aCancelledConstructorIsReRegisteredByAnotherEnterprise() {
        Map<String, Object> before = Registrations.of(ID);
        Filings filings = Registrations.filings(browser);
        browser.login("demoqy02", Filings.PASSWORD);
        filings.startFrom("注销注册", ID, "注销");
        filings.newBatch();
        browser.click("保存");
        assertEquals("请选择申请注销注册人或机构", browser.messageFor("申请注销注册人或机构"));
        assertEquals("请至少选择一项注销原因", browser.messageFor("注销原因"));
        browser.choose("聘用企业");
        browser.tick("已与聘用企业解除聘用合同关系的");
        long cancellation = filings.save(CancellationType.CODE, ID);
        filings.upload(cancellation, Filings.PHOTO, "身份证明（正反面）");
        filings.submitBatch(cancellation);
        browser.logout();
        filings.approve("city150200", cancellation);
        assertEquals("CANCELLED", Registrations.of(ID).get("status"));

        browser.login("demoqy01", Filings.PASSWORD);
        browser.click("二级建造师");
        browser.click("重新注册");
        browser.type("人员姓名", "赵国");
        browser.type("证件号码", ID);
        browser.click("查询");
        assertTrue(browser.globalMessages().contains(NOT_FOUND), browser.allMessages());
        browser.type("人员姓名", NAME);
        browser.type("证件号码", "150203198201014564");
        browser.click("查询");
        assertTrue(browser.globalMessages().contains(NOT_FOUND), browser.allMessages());
        browser.type("证件号码", ID);
        browser.click("查询");
        browser.clickInRow(ID, "重新注册");
        assertEquals(NAME, browser.fieldByLabel("姓名").getDomProperty("value"));
        filings.newBatch();
        browser.selectByLabel("失效原因", "已与聘用企业解除聘用合同关系的");
        browser.tick(Registrations.STATEMENT);
        browser.type("失效或被注销注册日期", Filings.today().toString());
        filings.closePopups();
        long reregistration = filings.save(ReregistrationType.CODE, ID);
        filings.upload(reregistration, Filings.PHOTO, "身份证明（正反面）", "资格证书", "劳动（聘用）合同");
        filings.submitBatch(reregistration);
        browser.logout();
        filings.approve("city150100", reregistration);

        Map<String, Object> after = Registrations.of(ID);
        assertEquals("VALID", after.get("status"));
        assertEquals(Filings.enterpriseId("demoqy01"), ((Number) after.get("enterprise_id")).longValue());
        assertEquals("内蒙古示范建设集团有限公司", after.get("enterprise"));
        assertEquals(before.get("registration_no"), after.get("registration_no"));
        assertNotEquals(before.get("certificate_no"), after.get("certificate_no"));
        assertEquals(Filings.today().plusYears(3).minusDays(1).toString(), Filings.day(after.get("valid_until")));
        assertEquals(Filings.enterpriseId("demoqy01"), Filings.count("SELECT enterprise_id FROM person"
                + " WHERE id_number = ?", ID), "the person is employed by the new enterprise");
    }
}
