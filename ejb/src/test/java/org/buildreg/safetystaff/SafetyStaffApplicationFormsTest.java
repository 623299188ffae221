package org.buildreg.safetystaff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.buildreg.person.EmployerDetails;
import org.buildreg.print.FormPrinter;
import org.buildreg.print.PrintedText;
import org.junit.jupiter.api.Test;

/** Every 安管人员 申请表 prints with its paper title, the holder, the certificate and the type's own part. */
class SafetyStaffApplicationFormsTest {

    private final FormPrinter printer = new FormPrinter();

    private static SafetyStaffForm form() {
        SafetyStaffForm f = new SafetyStaffForm();
        f.getPerson().setName("李秀英");
        f.getPerson().setGender("女");
        f.getPerson().setIdNumber("150104198506202348");
        f.getPerson().setBirthDate(LocalDate.of(1985, 6, 20));
        f.getPerson().setSchool("内蒙古工业大学");
        f.getPerson().setMajor("土木工程");
        f.setTitle("工程师");
        f.getEmployer().setName("包头市示范建筑工程有限公司");
        f.getEmployer().setQualification("建筑工程施工总承包贰级");
        f.getCertificate().setCertificateNo("蒙建安B(2025)0000002");
        f.getCertificate().setCategory(SafetyStaffCategory.B.name());
        f.getCertificate().setIssuedOn(LocalDate.of(2025, 2, 5));
        f.getCertificate().setValidUntil(LocalDate.of(2027, 1, 1));
        f.setChangeContent(SafetyStaffChange.NAME.name());
        f.setNewName("李秀颖");
        f.setCancellationReason("本人已退休");
        f.setReplacementReason("证书在工地遗失");
        EmployerDetails old = new EmployerDetails();
        old.setName("内蒙古示范建设集团有限公司");
        f.setPreviousEmployer(old);
        return f;
    }

    @Test
    void everyTypePrintsItsTitleAndTheFormsChineseValues() throws IOException {
        String[][] expected = {
                {SafetyStaffRules.EXTENSION, "建筑施工企业安全生产管理人员考核合格证书延期申请表", "2030年01月01日"},
                {SafetyStaffRules.TRANSFER_IN, "建筑施工企业安全生产管理人员调转申请表", "内蒙古示范建设集团有限公司"},
                {SafetyStaffRules.CHANGE, "建筑施工企业安全生产管理人员证书变更申请表", "李秀颖"},
                {SafetyStaffRules.CANCELLATION, "建筑施工企业安全生产管理人员证书注销申请表", "本人已退休"},
                {SafetyStaffRules.REPLACEMENT, "建筑施工企业安全生产管理人员证书遗失补办申请表", "证书在工地遗失"}};
        Path out = Path.of("target", "printed-forms");
        Files.createDirectories(out);
        for (String[] e : expected) {
            byte[] pdf = printer.print(SafetyStaffApplicationForms.layoutOf(e[0]),
                    SafetyStaffApplicationForms.valuesOf(e[0], form()), "S15020020261205000007",
                    "https://example.gov.cn/verify?no=S15020020261205000007");
            Files.write(out.resolve(e[0] + ".pdf"), pdf);
            String text = PrintedText.of(pdf).replace(" ", "");
            for (String wanted : new String[] {e[1], e[2], "李秀英", "蒙建安B(2025)0000002", "项目负责人",
                    "包头市示范建筑工程有限公司", "S15020020261205000007", "第1页"}) {
                assertTrue(text.contains(wanted), e[0] + " should print " + wanted + ":\n" + text);
            }
        }
    }

    @Test
    void theNewApplicationPrintsTheExamAndTheWorkHistory() throws IOException {
        SafetyStaffForm f = form();
        f.setCertificate(new HeldCertificateDetails());
        f.setCategory(SafetyStaffCategory.C2.name());
        f.setExamDate(LocalDate.of(2026, 10, 15));
        f.setExamScore("86");
        org.buildreg.person.WorkHistoryEntry line = new org.buildreg.person.WorkHistoryEntry();
        line.setStartedOn(LocalDate.of(2015, 7, 1));
        line.setUnit("包头市第二建筑工程公司");
        line.setPost("施工员");
        f.getWorkHistory().add(line);
        byte[] pdf = printer.print(SafetyStaffApplicationForms.layoutOf(SafetyStaffRules.NEW),
                SafetyStaffApplicationForms.valuesOf(SafetyStaffRules.NEW, f), "S15020020261205000008",
                "https://example.gov.cn/verify?no=S15020020261205000008");
        Path out = Path.of("target", "printed-forms");
        Files.createDirectories(out);
        Files.write(out.resolve(SafetyStaffRules.NEW + ".pdf"), pdf);
        String text = PrintedText.of(pdf).replace(" ", "");
        for (String wanted : new String[] {"建筑施工企业安全生产管理人员安全生产考核合格证书申请表", "李秀英",
                "土建安全生产管理人员", "2026年10月15日", "86分（合格）", "2015-07-01至今", "包头市第二建筑工程公司",
                "施工员", "从事工作及职务"}) {
            assertTrue(text.contains(wanted), "新增申报 should print " + wanted + ":\n" + text);
        }
    }
}
