package org.buildreg.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.buildreg.platform.Refusal;
import org.junit.jupiter.api.Test;

/** The person part every module's form shares: its keys, formats and the checks beside each field. */
class PersonRulesTest {

    private static PersonDetails valid() {
        PersonDetails p = new PersonDetails();
        p.setName("乌云其其格");
        p.setGender("女");
        p.setIdType("身份证");
        p.setIdNumber("150102199003152328");
        p.setBirthDate(LocalDate.of(1990, 3, 15));
        p.setMobile("13947100020");
        return p;
    }

    private static Map<String, String> errorsOf(PersonDetails p) {
        Refusal.Collector errors = new Refusal.Collector();
        PersonRules.check(p, errors);
        return errors.messages();
    }

    @Test
    void mobileHasElevenDigitsAndEmailIsOptional() {
        assertTrue(PersonRules.isMobile("13947100020"));
        assertTrue(PersonRules.isMobile(" 13947100020 "));
        assertFalse(PersonRules.isMobile("138471002000"));
        assertFalse(PersonRules.isMobile("23947100020"));
        assertFalse(PersonRules.isMobile(null));
        assertTrue(PersonRules.isEmailOrBlank(null));
        assertTrue(PersonRules.isEmailOrBlank(""));
        assertTrue(PersonRules.isEmailOrBlank("li@example.cn"));
        assertFalse(PersonRules.isEmailOrBlank("li@example"));
    }

    @Test
    void anIdCardNumberIsKeyedNormalizedAndAnyOtherAsTyped() {
        assertEquals("15010219900315232X", PersonRules.normalizedId("身份证", " 15010219900315232x "));
        assertEquals("150102199003152328", PersonRules.normalizedId("身份证", "150102900315232"));
        assertEquals("G12345678", PersonRules.normalizedId("护照", " g12345678 "));
        assertEquals("", PersonRules.normalizedId("身份证", null));
    }

    @Test
    void aCompletePersonPasses() {
        assertEquals(Map.of(), errorsOf(valid()));
    }

    @Test
    void eachMistakeIsNamedBesideItsField() {
        PersonDetails p = valid();
        p.setIdNumber("150102199003152329");
        assertTrue(errorsOf(p).get("idNumber").contains("校验位"), errorsOf(p).toString());

        p = valid();
        p.setGender("男");
        assertEquals("出生日期或性别与身份证号码不一致", errorsOf(p).get("birthDate"));

        p = valid();
        p.setBirthDate(null);
        p.setMobile("1394710002");
        p.setEmail("wu@");
        p.setName("乌\uD83D\uDE00");
        Map<String, String> errors = errorsOf(p);
        assertEquals("请填写出生日期", errors.get("birthDate"));
        assertEquals("手机号码应为11位数字", errors.get("mobile"));
        assertEquals("电子邮箱格式不正确", errors.get("email"));
        assertTrue(errors.get("name").startsWith("含有无法打印的字符"), errors.toString());

        p = valid();
        p.setName("乌".repeat(31));
        p.setIdType("驾驶证");
        errors = errorsOf(p);
        assertEquals("姓名不能超过30个字", errors.get("name"));
        assertEquals("请选择证件类型", errors.get("idType"));
    }

    @Test
    void theFillCarriesWhatThePlatformKnows() {
        Person person = new Person("乌云其其格", "女", "身份证", "150102199003152328", LocalDate.of(1990, 3, 15),
                null, null);
        person.describe("蒙古族", "大专", "内蒙古建筑职业技术学院", "建筑工程技术", "13947100020");
        PersonDetails d = new PersonDetails();
        PersonRules.fill(d, person);
        assertEquals("乌云其其格", d.getName());
        assertEquals("大专", d.getEducation());
        assertEquals("蒙古族", d.getEthnicity());
        assertEquals(LocalDate.of(1990, 3, 15), d.getBirthDate());
        assertThrows(NullPointerException.class, () -> PersonRules.fill(d, null));
    }
}
