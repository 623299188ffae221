package org.buildreg.constructor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.buildreg.print.FormPrinter;
import org.buildreg.print.PrintedText;
import org.junit.jupiter.api.Test;

/** Every 二级建造师 申请表 prints with its title and form number and the form's Chinese values, on one or two pages. */
class ConstructorApplicationFormsTest {

    private final FormPrinter printer = new FormPrinter();

    private static ConstructorForm form() {
        ConstructorForm f = new ConstructorForm();
        f.getPerson().setName("李秀英");
        f.getPerson().setGender("女");
        f.getPerson().setIdNumber("150104198506202348");
        f.getPerson().setBirthDate(LocalDate.of(1985, 6, 20));
        f.getPerson().setSchool("内蒙古工业大学");
        f.getPerson().setMajor("土木工程");
        f.getPerson().setMobile("13847100100");
        f.getEmployer().setName("内蒙古示范建设集团有限公司");
        f.getEmployer().setQualification("建筑工程施工总承包贰级；市政公用工程施工总承包叁级");
        f.getRegistration().setRegistrationNo("蒙215250000002");
        f.getRegistration().setSpecialties(List.of("建筑工程", "市政公用工程"));
        f.getRegistration().setValidUntil(LocalDate.of(2027, 2, 8));
        f.setContinuedSpecialties(List.of("建筑工程"));
        f.getExam().setSpecialty("市政公用工程");
        f.getExam().setQualificationNo("NMG2600002");
        f.getChange().setReason("NAME");
        f.getChange().setPreviousName("李秀英");
        f.getChange().setNewName("李秀颖");
        f.setLapseReason(ConstructorRules.LAPSE_REASONS.get(0));
        f.setLossReason("证书在搬家时遗失");
        f.setCancellationApplicant("聘用企业");
        f.setCancellationReasons(List.of("已与聘用企业解除聘用合同关系的"));
        return f;
    }

    @Test
    void everyTypePrintsItsTitleAndTheFormsChineseValues() throws IOException {
        String[][] expected = {
                {InitialRegistrationType.CODE, "二级建造师初始注册申请表（1-1）", "NMG2600002"},
                {RenewalType.CODE, "二级建造师延续注册申请表（2-1）", "蒙215250000002"},
                {AddSpecialtyType.CODE, "二级注册建造师增项注册申请表（4-1）", "NMG2600002"},
                {ReregistrationType.CODE, "二级建造师重新注册申请表（6-1）", "蒙215250000002"},
                {ChangeType.CODE, "二级建造师变更注册申请表（3-1）", "李秀颖"},
                {TransferInType.CODE, "二级建造师变更注册申请表（3-1）", "现聘用企业情况（人员调入）"},
                {ReplacementType.CODE, "二级建造师遗失补办申请表", "证书在搬家时遗失"},
                {CancellationType.CODE, "二级建造师注销注册申请表（5-1）", "申请注销注册"}};
        Path out = Path.of("target", "printed-forms");
        Files.createDirectories(out);
        for (String[] e : expected) {
            byte[] pdf = printer.print(ConstructorApplicationForms.layoutOf(e[0]),
                    ConstructorApplicationForms.valuesOf(e[0], form()), "C15010020261124000042",
                    "https://example.gov.cn/verify?no=C15010020261124000042");
            Files.write(out.resolve(e[0] + ".pdf"), pdf);
            String text = PrintedText.of(pdf).replace(" ", "");
            for (String wanted : new String[] {e[1], e[2], "李秀英", "内蒙古示范建设集团有限公司", "C15010020261124000042",
                    "申请人（签字）", "第1页"}) {
                assertTrue(text.contains(wanted), e[0] + " should print " + wanted + ":\n" + text);
            }
            assertTrue(pdf.length < 100 * 1024, e[0] + " is " + pdf.length + " bytes");
        }
    }

    @Test
    void aCharacterTheFormFontLacksIsRefusedBesideItsField() {
        org.buildreg.platform.Refusal.Collector errors = new org.buildreg.platform.Refusal.Collector();
        FormPrinter.checkPrintable(errors, "name", "李秀英");
        assertTrue(!errors.hasErrorOn("name"));
        FormPrinter.checkPrintable(errors, "name", "李\uD83D\uDE00");
        assertTrue(errors.hasErrorOn("name"));
    }
}
