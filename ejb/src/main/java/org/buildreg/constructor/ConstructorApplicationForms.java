package org.buildreg.constructor;

import static org.buildreg.print.Cell.choice;
import static org.buildreg.print.Cell.field;
import static org.buildreg.print.Cell.label;
import static org.buildreg.print.Cell.opinion;
import static org.buildreg.print.Cell.photo;
import static org.buildreg.print.Cell.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.buildreg.person.EmployerDetails;
import org.buildreg.person.PersonDetails;
import org.buildreg.person.PersonRules;
import org.buildreg.print.FormLayout;
import org.buildreg.print.FormValues;

/**
 * The printed 申请表 of every 二级建造师 business type, laid out like the paper forms (申请表 1-1 初始注册, 2-1 延续注册,
 * 3-1 变更注册, 4-1 增项注册, 5-1 注销注册, 6-1 重新注册, 遗失补办): the applicant with photo, the employer, the
 * registration, the type's own part, the statement, signature and seal lines and the two bureaus' opinions.
 * Layouts are built once; {@link #valuesOf} fills one form.
 */
public final class ConstructorApplicationForms {

    static final String ARTICLE_17 = "本人承诺：无《二级建造师注册实施办法》第十七条（一）、（二）、（三）、（四）、（五）、（六）、"
            + "（七）、（八）、（九）、（十）、（十一）规定不予注册的情形。";
    static final String TRUTH = "本人对申请表内容及申报附件材料的真实性负责，如有虚假，愿承担由此产生的一切法律后果。";
    private static final double[] GRID = {1.25, 1.9, 1.15, 1.6, 1.2};
    /** The grid below the photo: three label/value pairs a row. */
    private static final double[] PAIRS = {1.3, 1.7, 1.3, 1.5, 1.1, 1.4};
    private static final String[] SPECIALTIES = Arrays.stream(Specialty.values()).map(Specialty::label)
            .toArray(String[]::new);
    private static final String[] ID_TYPES = PersonRules.ID_TYPES.toArray(String[]::new);
    private static final String[] CHANGE_REASONS = Arrays.stream(ChangeReason.values()).map(ChangeReason::label)
            .toArray(String[]::new);

    private static final Map<String, FormLayout> LAYOUTS = Map.of(
            InitialRegistrationType.CODE, initial(),
            RenewalType.CODE, renewal(),
            AddSpecialtyType.CODE, addSpecialty(),
            ReregistrationType.CODE, reregistration(),
            ChangeType.CODE, change("二级建造师变更注册申请表", "现聘用企业情况"),
            TransferInType.CODE, change("二级建造师变更注册申请表", "现聘用企业情况（人员调入）"),
            ReplacementType.CODE, replacement(),
            CancellationType.CODE, cancellation());

    private ConstructorApplicationForms() {
    }

    public static FormLayout layoutOf(String businessType) {
        FormLayout layout = LAYOUTS.get(businessType);
        if (layout == null) {
            throw new IllegalArgumentException("no printed form for " + businessType);
        }
        return layout;
    }

    private static FormLayout initial() {
        return closing(registered(applicant(FormLayout.titled("二级建造师初始注册申请表", "1-1"), "聘用企业情况"), false)
                .section("二级建造师资格证书情况")
                .row(label("申报注册专业"), choice("specialty", 4, SPECIALTIES))
                .row(label("资格证书编号"), field("qualificationNo"), label("签发日期"), field("qualificationIssuedOn", 2))
                .row(label("继续教育情况"), field("training"), label("其它注册情况"), field("otherRegistrations", 2)), true);
    }

    private static FormLayout renewal() {
        return closing(registered(applicant(FormLayout.titled("二级建造师延续注册申请表", "2-1"), "聘用企业情况"), true)
                .section("申请延续注册")
                .row(label("延续注册专业"), choice("continued", 4, SPECIALTIES))
                .row(label("继续教育情况"), field("training"), label("其它注册情况"), field("otherRegistrations", 2)), true);
    }

    private static FormLayout addSpecialty() {
        return closing(registered(applicant(FormLayout.titled("二级注册建造师增项注册申请表", "4-1"), "聘用企业情况"), true)
                .section("申请增项注册")
                .row(label("申请增项注册专业"), choice("specialty", 4, SPECIALTIES))
                .row(label("增项专业考试\n合格证明编号"), field("qualificationNo"), label("签发日期"),
                        field("qualificationIssuedOn", 2))
                .row(label("继续教育情况"), field("training", 4)), true);
    }

    private static FormLayout reregistration() {
        return closing(registered(applicant(FormLayout.titled("二级建造师重新注册申请表", "6-1"), "聘用企业情况"), true)
                .section("注册失效情况")
                .row(label("失效或被注销\n注册日期"), field("lapsedOn", 4))
                .row(label("失效或被注销\n注册原因"), choice("lapseReason", 4,
                        ConstructorRules.LAPSE_REASONS.toArray(String[]::new))), true);
    }

    private static FormLayout change(String title, String employerHeading) {
        return closing(registered(applicant(FormLayout.titled(title, "3-1"), employerHeading), true)
                .section("变更注册")
                .row(label("变更注册原因"), choice("changeReason", 4, CHANGE_REASONS))
                .row(label("原聘用企业"), field("previousEmployer", 4))
                .row(label("变更前企业名称"), field("previousEnterpriseName"), label("变更后企业名称"),
                        field("newEnterpriseName", 2))
                .row(label("变更前姓名"), field("previousName"), label("变更后姓名"), field("newName", 2))
                .row(label("变更前号码"), field("previousIdNumber"), label("变更后号码"), field("newIdNumber", 2)), true);
    }

    private static FormLayout replacement() {
        return closing(registered(applicant(FormLayout.titled("二级建造师遗失补办申请表", null), "聘用企业情况"), true)
                .section("遗失补办")
                .row(label("补办原因"), field("lossReason", 4))
                .row(label("备注"), field("remark", 4)), false);
    }

    private static FormLayout cancellation() {
        return closing(registered(applicant(FormLayout.titled("二级建造师注销注册申请表", "5-1"), "聘用企业情况"), true)
                .section("注销注册")
                .row(label("申请注销注册\n人或机构"), choice("cancellationApplicant", 4,
                        ConstructorRules.CANCELLATION_APPLICANTS.toArray(String[]::new)))
                .row(label("注销原因"), choice("cancellationReasons", 4,
                        ConstructorRules.CANCELLATION_REASONS.toArray(String[]::new))), false);
    }

    /** 申请人情况 with the photo, then the employer. */
    private static FormLayout.Builder applicant(FormLayout.Builder form, String employerHeading) {
        return form.columns(GRID)
                .row(label("姓名"), field("name"), label("性别"), choice("gender", "男", "女"), photo("photo", 5))
                .row(label("出生日期"), field("birthDate"), label("民族"), field("ethnicity"))
                .row(label("证件类型"), choice("idType", 3, ID_TYPES))
                .row(label("证件号码"), field("idNumber", 3))
                .row(label("联系电话"), field("phone"), label("电子邮箱"), field("email"))
                .columns(PAIRS)
                .row(label("毕业院校"), field("school"), label("所学专业"), field("major"), label("学历"), field("education"))
                .row(label("毕业时间"), field("graduatedOn"), label("学位"), field("degree"), label("手机号码"), field("mobile"))
                .section(employerHeading)
                .row(label("企业名称"), field("employer", 3), label("企业性质"), field("nature"))
                .row(label("法定代表人"), field("legalRepresentative"), label("联系人"), field("contactName"),
                        label("联系电话"), field("contactPhone"))
                .row(label("工商注册地"), field("registeredAddress", 2), label("通讯地址"), field("contactAddress", 2))
                .row(label("企业类型"), field("enterpriseType"), label("资质证书编号"), field("qualificationCertificateNo", 3))
                .row(label("企业资质\n类别及等级"), field("qualification", 5));
    }

    /** 原注册证书情况, for every type that starts from a registration. */
    private static FormLayout.Builder registered(FormLayout.Builder form, boolean has) {
        form.columns(GRID);
        if (!has) {
            return form;
        }
        return form.section("原注册证书情况")
                .columns(PAIRS)
                .row(label("注册编号"), field("registrationNo"), label("资格证书编号"), field("registrationQualificationNo"),
                        label("证书编号"), field("certificateNo"))
                .row(label("注册有效期至"), field("validUntil"), label("注册专业"), choice("registeredSpecialties", 3, SPECIALTIES))
                .columns(GRID);
    }

    private static FormLayout closing(FormLayout.Builder form, boolean article17) {
        return form.row(label("声明"), text(article17 ? ARTICLE_17 + TRUTH : TRUTH, 4))
                .signature("申请人（签字）：", "聘用企业（公章）：")
                .section("审核意见")
                .row(opinion("盟市住房和城乡建设主管部门意见", 2), opinion("自治区住房和城乡建设厅意见", 3))
                .build();
    }

    /** One form's values for the layout of {@code businessType}. */
    public static FormValues valuesOf(String businessType, ConstructorForm form) {
        PersonDetails p = form.getPerson();
        EmployerDetails e = form.getEmployer();
        RegistrationDetails r = form.getRegistration();
        ChangeDetails c = form.getChange();
        Map<String, Object> v = new HashMap<>();
        v.put("name", p.getName());
        v.put("birthDate", FormValues.day(p.getBirthDate()));
        v.put("ethnicity", p.getEthnicity());
        v.put("idNumber", p.getIdNumber());
        v.put("school", p.getSchool());
        v.put("major", p.getMajor());
        v.put("education", p.getEducation());
        v.put("graduatedOn", FormValues.day(p.getGraduatedOn()));
        v.put("degree", p.getDegree());
        v.put("email", p.getEmail());
        v.put("mobile", p.getMobile());
        v.put("phone", p.getPhone());
        v.put("employer", e.getName());
        v.put("nature", e.getNature());
        v.put("legalRepresentative", e.getLegalRepresentative());
        v.put("registeredAddress", e.getRegisteredAddress());
        v.put("contactAddress", e.getContactAddress());
        v.put("contactName", e.getContactName());
        v.put("contactPhone", e.getContactPhone());
        v.put("enterpriseType", e.getEnterpriseType());
        v.put("qualificationCertificateNo", e.getQualificationCertificateNo());
        v.put("qualification", e.getQualification());
        v.put("registrationNo", r.getRegistrationNo());
        v.put("registrationQualificationNo", r.getQualificationNo());
        v.put("certificateNo", r.getCertificateNo());
        v.put("validUntil", FormValues.day(r.getValidUntil()));
        v.put("qualificationNo", form.getExam().getQualificationNo());
        v.put("qualificationIssuedOn", FormValues.day(form.getExam().getIssuedOn()));
        v.put("training", "必修 " + form.getRequiredHours() + " 学时，选修 " + form.getElectiveHours() + " 学时");
        v.put("otherRegistrations", form.getOtherRegistrations());
        v.put("lapsedOn", FormValues.day(form.getLapsedOn()));
        v.put("lossReason", form.getLossReason());
        v.put("remark", form.getRemark());
        if (c.getPreviousEmployer() != null) {
            v.put("previousEmployer", c.getPreviousEmployer().getName());
        }
        ChangeReason reason = ChangeReason.parse(c.getReason());
        if (reason == ChangeReason.ENTERPRISE_NAME) {
            v.put("previousEnterpriseName", c.getPreviousEnterpriseName());
            v.put("newEnterpriseName", c.getNewEnterpriseName());
        } else if (reason == ChangeReason.NAME) {
            v.put("previousName", c.getPreviousName());
            v.put("newName", c.getNewName());
        } else if (reason == ChangeReason.ID_NUMBER) {
            v.put("previousIdNumber", c.getPreviousIdNumber());
            v.put("newIdNumber", c.getNewIdNumber());
        }
        FormValues values = FormValues.of(v);
        values = values.tickIfAmong("gender", p.getGender(), List.of("男", "女"));
        values = values.tickIfAmong("idType", p.getIdType(), PersonRules.ID_TYPES);
        FormLayout layout = layoutOf(businessType);
        if (layout.hasField("registeredSpecialties")) {
            values = values.tick("registeredSpecialties", known(r.getSpecialties()));
        }
        if (layout.hasField("specialty")) {
            values = values.tickIfAmong("specialty", form.getExam().getSpecialty(), Arrays.asList(SPECIALTIES));
        }
        if (layout.hasField("continued")) {
            values = values.tick("continued", known(form.getContinuedSpecialties()));
        }
        if (layout.hasField("lapseReason")) {
            values = values.tickIfAmong("lapseReason", form.getLapseReason(), ConstructorRules.LAPSE_REASONS);
        }
        if (layout.hasField("changeReason") && reason != null) {
            values = values.tick("changeReason", reason.label());
        }
        if (layout.hasField("cancellationApplicant")) {
            values = values.tickIfAmong("cancellationApplicant", form.getCancellationApplicant(),
                    ConstructorRules.CANCELLATION_APPLICANTS);
        }
        if (layout.hasField("cancellationReasons")) {
            values = values.tick("cancellationReasons", form.getCancellationReasons().stream()
                    .filter(ConstructorRules.CANCELLATION_REASONS::contains).toArray(String[]::new));
        }
        return values;
    }

    private static String[] known(List<String> specialties) {
        return specialties.stream().filter(Arrays.asList(SPECIALTIES)::contains).toArray(String[]::new);
    }
}
