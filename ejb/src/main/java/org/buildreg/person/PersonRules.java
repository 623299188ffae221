package org.buildreg.person;

import java.util.List;
import java.util.regex.Pattern;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.TextLimit;
import org.buildreg.print.FormPrinter;
import org.buildreg.reference.IdCardNumber;

/**
 * The person part every module's form shares (申请人情况 / 基本情况): the lists it offers, how an ID number is keyed,
 * the fill from what the platform knows of the person, and the checks of what was typed. A module adds its own
 * rules on top (二级建造师: the age limit).
 */
public final class PersonRules {

    public static final List<String> ID_TYPES = List.of("身份证", "军官证", "警官证", "护照");
    public static final List<String> EDUCATIONS = List.of("博士研究生", "硕士研究生", "本科", "大专", "中专", "高中及以下");
    public static final List<String> DEGREES = List.of("博士", "硕士", "学士", "无");

    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PersonRules() {
    }

    /** 手机号码: eleven digits starting with 1. */
    public static boolean isMobile(String number) {
        return number != null && MOBILE.matcher(number.strip()).matches();
    }

    /** 电子邮箱: blank, or something@domain.tld. */
    public static boolean isEmailOrBlank(String email) {
        return email == null || email.isBlank() || EMAIL.matcher(email.strip()).matches();
    }

    /** The key of a person: an 身份证 number normalized (15 → 18 digits, upper-case X), any other number as typed. */
    public static String normalizedId(String idType, String idNumber) {
        if (idNumber == null) {
            return "";
        }
        return "身份证".equals(idType) ? IdCardNumber.normalize(idNumber) : idNumber.strip().toUpperCase();
    }

    /** The form's person part from what the platform holds of the person. */
    public static void fill(PersonDetails d, Person p) {
        d.setName(p.getName());
        d.setGender(p.getGender());
        d.setIdType(p.getIdType());
        d.setIdNumber(p.getIdNumber());
        d.setBirthDate(p.getBirthDate());
        d.setEthnicity(p.getEthnicity());
        d.setSchool(p.getSchool());
        d.setMajor(p.getMajor());
        d.setEducation(p.getEducation());
        d.setGraduatedOn(p.getGraduatedOn());
        d.setDegree(p.getDegree());
        d.setMobile(p.getMobile());
        d.setPhone(p.getPhone());
        d.setEmail(p.getEmail());
    }

    /** Every check of the person part that holds in every module, each beside its field. */
    public static void check(PersonDetails p, Refusal.Collector errors) {
        if (blank(p.getName())) {
            errors.reject("name", "请填写姓名");
        } else {
            TextLimit.PERSON_NAME.check(errors, "name", p.getName(), "姓名");
        }
        if (!"男".equals(p.getGender()) && !"女".equals(p.getGender())) {
            errors.reject("gender", "请选择性别");
        }
        if (p.getIdType() == null || !ID_TYPES.contains(p.getIdType())) {
            errors.reject("idType", "请选择证件类型");
        }
        if (blank(p.getIdNumber())) {
            errors.reject("idNumber", "请填写证件号码");
        } else if (!TextLimit.ID_NUMBER.fits(p.getIdNumber())) {
            TextLimit.ID_NUMBER.check(errors, "idNumber", p.getIdNumber(), "证件号码");
        } else if ("身份证".equals(p.getIdType())) {
            String id = IdCardNumber.normalize(p.getIdNumber());
            if (!IdCardNumber.isValid(id)) {
                errors.reject("idNumber", "身份证号码不正确（位数、出生日期或校验位有误）");
            } else if (p.getBirthDate() != null && !IdCardNumber.agreesWith(id, p.getBirthDate(), p.getGender())) {
                errors.reject("birthDate", "出生日期或性别与身份证号码不一致");
            }
        }
        if (p.getBirthDate() == null) {
            errors.reject("birthDate", "请填写出生日期");
        }
        if (blank(p.getMobile())) {
            errors.reject("mobile", "请填写手机号码");
        } else if (!isMobile(p.getMobile())) {
            errors.reject("mobile", "手机号码应为11位数字");
        }
        if (!isEmailOrBlank(p.getEmail())) {
            errors.reject("email", "电子邮箱格式不正确");
        }
        TextLimit.EMAIL.check(errors, "email", p.getEmail(), "电子邮箱");
        TextLimit.PHONE.check(errors, "phone", p.getPhone(), "联系电话");
        TextLimit.SCHOOL.check(errors, "school", p.getSchool(), "毕业院校");
        TextLimit.SCHOOL.check(errors, "major", p.getMajor(), "所学专业");
        TextLimit.CHOICE.check(errors, "ethnicity", p.getEthnicity(), "民族");
        TextLimit.CHOICE.check(errors, "education", p.getEducation(), "学历");
        TextLimit.CHOICE.check(errors, "degree", p.getDegree(), "学位");
        FormPrinter.checkPrintable(errors, "name", p.getName());
        FormPrinter.checkPrintable(errors, "ethnicity", p.getEthnicity());
        FormPrinter.checkPrintable(errors, "school", p.getSchool());
        FormPrinter.checkPrintable(errors, "major", p.getMajor());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
