package org.buildreg.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.buildreg.safetystaff.SafetyStaffCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LegacyNormalizerTest {

    private static final String ID = "150102198003151232";
    private static final Set<String> ENTERPRISES = Set.of("100001");

    private static LegacyNormalizer normalizer;

    @BeforeAll
    static void load() throws IOException {
        normalizer = LegacySampleTest.normalizer();
    }

    private static CsvRow row(String... fields) {
        return new CsvRow(7, String.join(",", fields), Arrays.asList(fields), true);
    }

    private static CsvRow person(String idNumber, String birthDate, String enterprise) {
        return row("R0000001", "张三", "男", "身份证", idNumber, birthDate, "汉族", "本科", "内蒙古大学", "土木工程",
                "13800000000", enterprise);
    }

    private static Reason reason(LegacyRow outcome) {
        return assertInstanceOf(Rejected.class, outcome).reason();
    }

    @Test
    void aFifteenDigitIdBecomesEighteenWith19AndItsCheckCharacter() {
        assertEquals(Optional.of("152502197809270934"), LegacyNormalizer.idNumber("身份证", "152502780927093"));
        LegacyPerson p = (LegacyPerson) normalizer.person(person("150102800315123", "1980-3-15", "100001"),
                ENTERPRISES::contains);
        assertEquals(ID, p.idNumber());
    }

    @Test
    void theCheckCharacterIsUpperCasedAndMustAgree() {
        assertEquals(Optional.of("15012219731218467X"), LegacyNormalizer.idNumber("身份证", "15012219731218467x"));
        assertTrue(LegacyNormalizer.idNumber("身份证", "150102198003151233").isEmpty());
        assertEquals(Reason.ID_CHECKSUM, reason(normalizer.person(person("150102198003151233", "1980-3-15", "100001"),
                ENTERPRISES::contains)));
        assertEquals(Reason.ID_CHECKSUM, reason(normalizer.person(person("", "1980-3-15", "100001"),
                ENTERPRISES::contains)));
    }

    @Test
    void fullWidthAndSpacedIdNumbersAreCleanedFirst() {
        LegacyPerson p = (LegacyPerson) normalizer.person(person("  １５０１０２１９８００３１５１２３２\u3000", "19800315", "100001"),
                ENTERPRISES::contains);
        assertEquals(ID, p.idNumber());
        assertEquals(LocalDate.of(1980, 3, 15), p.birthDate());
    }

    @Test
    void otherDocumentsHaveNoCheckCharacter() {
        assertEquals(Optional.of("E12345678"), LegacyNormalizer.idNumber("护照", " e12345678 "));
    }

    @Test
    void rejectReasonsFollowTheirPrecedence() {
        // Bad ID, bad date and an unknown enterprise at once: ID_CHECKSUM, the first of them.
        assertEquals(Reason.ID_CHECKSUM, reason(normalizer.person(person("150102198003151233", "1980年3月15日", "999999"),
                ENTERPRISES::contains)));
        assertEquals(Reason.DATE_FORMAT, reason(normalizer.person(person(ID, "1980年3月15日", "999999"),
                ENTERPRISES::contains)));
        assertEquals(Reason.ORPHAN_ENTERPRISE, reason(normalizer.person(person(ID, "1980-3-15", "999999"),
                ENTERPRISES::contains)));
        assertEquals(Reason.MALFORMED_ROW, reason(normalizer.person(row("R1", "张三", "男", "身份证", "bad"),
                ENTERPRISES::contains)));
    }

    @Test
    void anOrphanPersonIsStagedWithItsNormalizedFields() {
        Rejected orphan = (Rejected) normalizer.person(person("150102800315123", "1980-3-15", "999999"),
                ENTERPRISES::contains);
        LegacyPerson staged = assertInstanceOf(LegacyPerson.class, orphan.staged());
        assertEquals(ID, staged.idNumber());
        assertEquals("999999", staged.enterpriseCode());
    }

    @Test
    void certificatesFollowTheirPerson() {
        LegacyPersons persons = new LegacyPersons();
        persons.add(normalizer.person(person(ID, "1980-3-15", "100001"), ENTERPRISES::contains));
        CsvRow duplicate = row("D0000001", "张三", "男", "身份证", "150102800315123", "1980-3-15", "", "", "", "", "",
                "100001");
        assertTrue(persons.add(normalizer.person(duplicate, ENTERPRISES::contains)), "merged");
        persons.add(normalizer.person(row("R0000002", "李四", "男", "身份证", "150102198003151233", "", "", "", "", "",
                "", "100001"), ENTERPRISES::contains));
        persons.add(normalizer.person(row("R0000003", "王五", "男", "身份证", "150102198003151240", "", "", "", "", "", "",
                "999999"), ENTERPRISES::contains));

        LegacyConstructorRegistration viaDuplicate = (LegacyConstructorRegistration) normalizer.constructorRegistration(
                jzs("D0000001", "建筑工程"), persons);
        assertEquals(ID, viaDuplicate.idNumber(), "a certificate of either 人员编号 belongs to the one person");
        assertEquals(Reason.PERSON_REJECTED, reason(normalizer.constructorRegistration(jzs("R0000002", "建筑工程"), persons)));
        Rejected orphan = (Rejected) normalizer.constructorRegistration(jzs("R0000003", "建筑工程"), persons);
        assertEquals(Reason.ORPHAN_ENTERPRISE, orphan.reason());
        assertInstanceOf(LegacyConstructorRegistration.class, orphan.staged());
        assertEquals(Reason.UNKNOWN_PERSON, reason(normalizer.constructorRegistration(jzs("R0000009", "建筑工程"), persons)));
        assertEquals(1, persons.persons(), "one person imported");
        assertEquals(1, persons.mergedDuplicates());
    }

    private static CsvRow jzs(String personNo, String specialties) {
        return row("蒙215016007001", "NMG4891666", "00007001", personNo, specialties, "内蒙古自治区住房和城乡建设厅",
                "2016-4-23", "2019.4.22", "已过期");
    }

    @Test
    void specialtyListsBecomeCodes() {
        PersonLookup one = no -> Optional.of(new PersonLink(no, ID, null));
        for (String list : List.of("矿业工程、机电工程", "矿业工程;机电工程", "矿业工程，机电工程")) {
            LegacyConstructorRegistration r = (LegacyConstructorRegistration) normalizer.constructorRegistration(
                    jzs("R1", list), one);
            assertEquals(List.of("MINING", "MECHANICAL"), r.specialties(), list);
        }
        assertEquals(Reason.UNKNOWN_SPECIALTY, reason(normalizer.constructorRegistration(jzs("R1", "园林工程"), one)));
        assertEquals(Reason.DATE_FORMAT, reason(normalizer.constructorRegistration(
                row("蒙2", "NMG1", "1", "R1", "建筑工程", "厅", "2015年13月1日", "2019-1-1", "有效"), one)));
    }

    @Test
    void theOldSafetyCategoryIsC3() {
        assertEquals(SafetyStaffCategory.C3, LegacyNormalizer.category("专职安全生产管理人员"));
        assertEquals(SafetyStaffCategory.C1, LegacyNormalizer.category("机械安全生产管理人员"));
        assertEquals(SafetyStaffCategory.A, LegacyNormalizer.category("企业主要负责人"));
        assertNull(LegacyNormalizer.category("安全员"));
        PersonLookup one = no -> Optional.of(new PersonLink(no, ID, null));
        LegacySafetyStaffCertificate c = (LegacySafetyStaffCertificate) normalizer.safetyStaffCertificate(
                row("蒙建安C(2011)0000001", "R1", "专职安全生产管理人员", "2011-10-14", "", "2014-10-13", "已过期"), one);
        assertEquals(SafetyStaffCategory.C3, c.category());
        assertEquals(LocalDate.of(2011, 10, 14), c.validFrom(), "a blank 有效期始 is the issue date");
    }

    @Test
    void enterpriseCitiesAndMissingUscc() {
        LegacyEnterprise e = (LegacyEnterprise) normalizer.enterprise(row("100352", "内蒙古蒙建工程有限责任公司", "",
                "537153541", "150783291068686", "锡盟", "锡林浩特市", "地址", "地址", "韩格", "国有企业", "秦兰",
                "18088969291", "市政公用工程施工总承包叁级", "D142385082", "qy100352", "29BC05941E60E07DE42F431FC3C36DAE"));
        assertEquals("152500", e.cityCode());
        assertEquals("锡林郭勒盟", e.cityName());
        assertTrue(e.needsUsccFiling());
        assertEquals("29bc05941e60e07de42f431fc3c36dae", e.passwordMd5());
    }

    @Test
    void examPassesMapTheirSpecialtyNameToItsCode() {
        ExamPass pass = (ExamPass) normalizer.examPass(row("张三", "150102800315123", "建筑工程", "nmg1234567", "2020",
                "二级建造师"));
        assertEquals(ID, pass.idNumber());
        assertEquals("BUILDING", pass.specialty());
        assertEquals("NMG1234567", pass.qualificationNo());
        assertEquals(Reason.UNKNOWN_SPECIALTY, reason(normalizer.examPass(row("张三", ID, "园林工程", "NMG1", "2020", ""))));
        assertEquals(Reason.ID_CHECKSUM, reason(normalizer.examPass(row("张三", "150102198003151233", "建筑工程", "NMG1",
                "2020", ""))));
        assertEquals(Reason.DATE_FORMAT, reason(normalizer.examPass(row("张三", ID, "建筑工程", "NMG1", "二〇二〇", ""))));
    }

    @Test
    void safetyStaffExamRowsCarryTheirCategoryDateAndScore() {
        SafetyStaffExamPass pass = assertInstanceOf(SafetyStaffExamPass.class, normalizer.examPass(row("张三",
                "150102800315123", "", "", "2026", "安管人员C2", "2026/10/15", "86")));
        assertEquals(ID, pass.idNumber());
        assertEquals(SafetyStaffCategory.C2, pass.category());
        assertEquals(LocalDate.of(2026, 10, 15), pass.examDate());
        assertEquals("86", pass.score());
        // The category by its label in 考试类别, or in 专业 under the bare 考试类别 安管人员; the old plain C is C3.
        assertEquals(SafetyStaffCategory.B, ((SafetyStaffExamPass) normalizer.examPass(row("张三", ID, "", "", "",
                "项目负责人", "2026-10-15", "合格"))).category());
        assertEquals(SafetyStaffCategory.C3, ((SafetyStaffExamPass) normalizer.examPass(row("张三", ID, "专职安全生产管理人员",
                "", "", "安管人员", "2026-10-15", "不合格"))).category());
        assertEquals(Reason.UNKNOWN_CATEGORY, reason(normalizer.examPass(row("张三", ID, "D", "", "", "安管人员",
                "2026-10-15", "80"))));
        assertEquals(Reason.MISSING_FIELD, reason(normalizer.examPass(row("张三", ID, "", "", "", "安管人员A"))));
        assertEquals(Reason.DATE_FORMAT, reason(normalizer.examPass(row("张三", ID, "", "", "", "安管人员A", "十月",
                "80"))));
        assertEquals(Reason.BAD_SCORE, reason(normalizer.examPass(row("张三", ID, "", "", "", "安管人员A", "2026-10-15",
                "优"))));
        // A 二级建造师 row of an eight-column file leaves the two columns empty; seven columns are no shape of it.
        assertInstanceOf(ExamPass.class, normalizer.examPass(row("张三", ID, "建筑工程", "NMG1234567", "2020", "二级建造师",
                "", "")));
        assertEquals(Reason.MALFORMED_ROW, reason(normalizer.examPass(row("张三", ID, "建筑工程", "NMG1234567", "2020",
                "二级建造师", ""))));
    }

    @Test
    void kshgMayEndWithTheExamDateAndScoreColumns() {
        List<String> six = LegacyFile.EXAM_PASSES.columns();
        assertTrue(LegacyFile.EXAM_PASSES.accepts(six));
        List<String> eight = new java.util.ArrayList<>(six);
        eight.addAll(List.of("考试时间", "考试成绩"));
        assertTrue(LegacyFile.EXAM_PASSES.accepts(eight));
        assertTrue(!LegacyFile.EXAM_PASSES.accepts(eight.subList(0, 7)));
        assertTrue(!LegacyFile.PERSONS.accepts(eight));
    }
}
