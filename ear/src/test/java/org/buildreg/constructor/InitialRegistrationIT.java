package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 初始注册 of 周文博, who passed the exam (人社厅考试合格数据: 建筑工程, NMG2600001) and is not registered: a badly
 * formed 资格证书编号, one that is not in the exam data and an ID number with a wrong check digit are refused beside
 * their fields; the correct form is saved, its checklist uploaded and submitted; the city and the province approve,
 * and he holds a new registration — 注册编号 蒙215 + year + 7 digits, an 8-digit 证书编号, valid three years.
 */
class InitialRegistrationIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String NAME = "周文博";
    private static final String ID = "150102199206084513";
    private static final String ID_BAD_CHECK_DIGIT = "150102199206084514";

    @Test
    void aNewConstructorIsRegistered() {
        Filings filings = Registrations.filings(browser);
        browser.login("demoqy01", Filings.PASSWORD);
        browser.click("二级建造师");
        browser.click("初始注册");
        assertEquals("二级建造师初始注册申请表（1-1）", browser.driver().findElement(
                org.openqa.selenium.By.cssSelector(".br-paper-title")).getText());
        assertTrue(browser.driver().getPageSource().contains("内蒙古示范建设集团有限公司"), "聘用企业情况 is filled in");
        filings.newBatch();
        browser.type("姓名", NAME);
        browser.choose("男");
        browser.type("证件号码", ID);
        browser.type("手机号码", "13904710001");
        browser.selectByLabel("申报注册专业", "建筑工程");
        browser.type("资格证书编号", "nmg123");
        browser.type("出生日期", "1992-06-08");
        filings.closePopups();
        browser.tick(Registrations.STATEMENT);
        browser.screenshot("initial-form");

        browser.click("保存");
        assertEquals("资格证书编号应为NMG（大写字母）加7位数字，如NMG1234567", browser.messageFor("资格证书编号"));

        browser.type("资格证书编号", "NMG2699999");
        browser.click("保存");
        assertEquals("未找到与证件号码、专业和资格证书编号一致的人社厅考试合格数据", browser.messageFor("资格证书编号"));

        browser.type("资格证书编号", "NMG2600001");
        browser.type("证件号码", ID_BAD_CHECK_DIGIT);
        browser.click("保存");
        assertEquals("身份证号码不正确（位数、出生日期或校验位有误）", browser.messageFor("证件号码"));
        assertEquals(0L, Filings.count("SELECT COUNT(*) FROM declaration WHERE subject_key IN (?, ?)", ID,
                ID_BAD_CHECK_DIGIT));

        browser.type("证件号码", ID);
        long id = filings.save(InitialRegistrationType.CODE, ID);
        filings.upload(id, Filings.PHOTO, "身份证明（正反面）", "资格证书", "学历证书", "劳动（聘用）合同");
        filings.submitBatch(id);
        browser.logout();

        browser.login("city150100", Filings.PASSWORD);
        browser.click("申报审核");
        browser.clickInRow(Filings.number(id), "审核");
        assertTrue(browser.driver().getPageSource().contains("NMG2600001"), "the reviewer sees the form");
        browser.click("提交审核");
        assertTrue(browser.globalMessages().contains("申报现为：自治区审批"), browser.allMessages());
        browser.logout();
        String province = filings.decide("province01", id, "同意", "同意初始注册");
        assertTrue(province.contains("申报现为：审核通过"), province);

        Map<String, Object> r = Registrations.of(ID);
        String year = String.format("%02d", Filings.today().getYear() % 100);
        assertTrue(String.valueOf(r.get("registration_no")).matches("蒙215" + year + "\\d{7}"),
                String.valueOf(r.get("registration_no")));
        assertTrue(String.valueOf(r.get("certificate_no")).matches("\\d{8}"), String.valueOf(r.get("certificate_no")));
        assertEquals("VALID", r.get("status"));
        assertEquals("NMG2600001", r.get("qualification_no"));
        assertEquals(Filings.today().toString(), Filings.day(r.get("issued_on")));
        assertEquals(Filings.today().plusYears(3).minusDays(1).toString(), Filings.day(r.get("valid_until")));
        assertEquals(Filings.enterpriseId("demoqy01"), ((Number) r.get("enterprise_id")).longValue());
        assertEquals(NAME, r.get("name"));
        assertEquals("BUILDING", Registrations.specialties(ID));

        browser.login("demoqy01", Filings.PASSWORD);
        browser.open("/constructor/certificates.xhtml");
        browser.type("姓名", NAME);
        browser.click("查询");
        String page = browser.driver().getPageSource();
        assertTrue(page.contains("共 1 条") && page.contains(String.valueOf(r.get("registration_no")))
                && page.contains(Filings.today().plusYears(3).minusDays(1).toString()), "已办证书 shows him");
    }
}
