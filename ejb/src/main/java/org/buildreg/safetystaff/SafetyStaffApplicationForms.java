package org.buildreg.safetystaff;

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
import org.buildreg.person.WorkHistory;
import org.buildreg.person.WorkHistoryEntry;
import org.buildreg.print.FormLayout;
import org.buildreg.print.FormValues;

/**
 * The printed 申请表 of the 安管人员 business types, laid out like the paper forms the manual shows: 新增申报 on the
 * 考核合格证书 application (基本情况 with the 考核 result, 履历), 证书延期 on the
 * 基本情况 of the 考核 form (photo, 人员类别, 原证书, 所在企业, 学历及职称), 人员调入 on the 调转 form (职务, 原证书编号,
 * 核发时间, 申请内容, 本人签字 and the four 意见 boxes of the old and the new enterprise and their 盟市), 证书变更 on
 * the same paper form with 变更前/变更后, 遗失补办 with 补办原因 and 本人签字, 证书注销 with 注销原因 and the 注销人诚信证明.
 */
public final class SafetyStaffApplicationForms {

    static final String TRUTH = "本人对申请表内容及申报附件材料的真实性负责，如有虚假，愿承担由此产生的一切法律后果。";
    private static final double[] GRID = {1.25, 1.9, 1.15, 1.6, 1.2};
    private static final double[] PAIRS = {1.3, 1.7, 1.3, 1.5, 1.1, 1.4};
    /** The paper forms (变更, 调转, 注销): wider last column, so a date fits on one line. */
    private static final double[] PAPER = {1.2, 1.9, 1.1, 1.4, 1.1, 1.7};
    private static final String[] CHANGES = Arrays.stream(SafetyStaffChange.values()).map(SafetyStaffChange::label)
            .toArray(String[]::new);
    private static final String[] CATEGORIES = Arrays.stream(SafetyStaffCategory.values())
            .map(SafetyStaffCategory::label).toArray(String[]::new);
    private static final String[] ID_TYPES = PersonRules.ID_TYPES.toArray(String[]::new);

    private static final double[] HISTORY = {2.4, 3.6, 3.0};

    private static final Map<String, FormLayout> LAYOUTS = Map.of(
            SafetyStaffRules.NEW, application(),
            SafetyStaffRules.EXTENSION, extension(),
            SafetyStaffRules.CHANGE, change(),
            SafetyStaffRules.REPLACEMENT, replacement(),
            SafetyStaffRules.TRANSFER_IN, transfer(),
            SafetyStaffRules.CANCELLATION, cancellation());

    private SafetyStaffApplicationForms() {
    }

    public static FormLayout layoutOf(String businessType) {
        FormLayout layout = LAYOUTS.get(businessType);
        if (layout == null) {
            throw new IllegalArgumentException("no printed form for " + businessType);
        }
        return layout;
    }

    /** 新增申报: the 考核合格证书 application — 基本情况 with the 考核 result, 所在企业, 学历及职称, 履历. */
    private static FormLayout application() {
        FormLayout.Builder form = employerAndEducation(examinationForm(
                "建筑施工企业安全生产管理人员安全生产考核合格证书申请表")
                .row(label("参加考试时间"), field("examDate"), label("考试成绩"), field("examScore"))
                .columns(PAIRS))
                .section("履历")
                .columns(HISTORY)
                .row(label("起止时间"), label("工作单位"), label("从事工作及职务"));
        for (int i = 1; i <= WorkHistory.MAX_LINES; i++) {
            form.row(field("history" + i + "Period"), field("history" + i + "Unit"), field("history" + i + "Post"));
        }
        return closing(form.columns(PAIRS));
    }

    private static FormLayout extension() {
        return closing(employerAndEducation(examinationForm("建筑施工企业安全生产管理人员考核合格证书延期申请表")
                .row(label("原证书编号"), field("certificateNo"), label("核发时间"), field("issuedOn"))
                .columns(PAIRS)
                .row(label("有效期至"), field("validUntil"), label("延期后\n有效期至"), field("extendedUntil"),
                        label("发证单位"), field("issuingAuthority"))));
    }

    /** The head of the 考核 forms (新增, 延期): the holder beside his photo, his ID and 人员类别. */
    private static FormLayout.Builder examinationForm(String title) {
        return FormLayout.titled(title, null)
                .columns(GRID)
                .row(label("姓名"), field("name"), label("性别"), choice("gender", "男", "女"), photo("photo", 5))
                .row(label("出生日期"), field("birthDate"), label("证件类型"), choice("idType", ID_TYPES))
                .row(label("证件号"), field("idNumber", 3))
                .row(label("人员类别"), choice("category", 3, CATEGORIES));
    }

    /** 所在企业 and 学历及职称, in the six-column grid. */
    private static FormLayout.Builder employerAndEducation(FormLayout.Builder form) {
        return form.section("所在企业")
                .row(label("所在企业名称"), field("employer", 3), label("企业联系电话"), field("contactPhone"))
                .row(label("资质等级"), field("qualification", 3), label("邮政编码"), field("postcode"))
                .row(label("通讯地址"), field("contactAddress", 3), label("电子邮箱"), field("email"))
                .section("学历及职称")
                .row(label("毕业院校"), field("school"), label("毕业时间"), field("graduatedOn"), label("专业"),
                        field("major"))
                .row(label("职称"), field("title"), label("职称等级"), field("titleLevel"), label("职称名称"),
                        field("titleName"));
    }

    /** 声明, the applicant's and the enterprise's signatures, the 意见 of 盟市 and 自治区. */
    private static FormLayout closing(FormLayout.Builder form) {
        return form.row(label("声明"), text(TRUTH, 5))
                .signature("申请人（签字）：", "所在企业（公章）：")
                .section("审核意见")
                .row(opinion("盟市住房和城乡建设主管部门意见", 3), opinion("自治区住房和城乡建设厅意见", 3))
                .build();
    }

    private static FormLayout transfer() {
        return opinionsOfBoth(paper("建筑施工企业安全生产管理人员调转申请表", true)
                .row(label("申请内容"), choice("content", 5, "人员调出", "人员调入")));
    }

    private static FormLayout change() {
        return opinionsOfBoth(paper("建筑施工企业安全生产管理人员证书变更申请表", false)
                .row(label("申请内容"), choice("content", 5, CHANGES))
                .row(label("变更前"), field("previousValue", 2), label("变更后"), field("newValue", 2)));
    }

    /** 遗失补办 on the manual's paper form: 补办原因, the holder's statement and 本人签字, the 意见 of 盟市 and 自治区. */
    private static FormLayout replacement() {
        return paper("建筑施工企业安全生产管理人员证书遗失补办申请表", false)
                .row(label("补办原因"), field("replacementReason", 5))
                .row(label("本人声明"), text(ReplacementType.STATEMENT, 5))
                .signature("本人签字：", "所在企业（公章）：")
                .section("审核意见")
                .row(opinion("盟市住房和城乡建设主管部门意见", 3), opinion("自治区住房和城乡建设厅意见", 3))
                .build();
    }

    private static FormLayout cancellation() {
        return paper("建筑施工企业安全生产管理人员证书注销申请表", false)
                .row(label("注销原因"), field("cancellationReason", 5))
                .row(label("注销人诚信证明\n（注销人签章）"), text(CancellationType.INTEGRITY, 5))
                .signature("注销人签（章）：", "所在企业（公章）：")
                .section("审核意见")
                .row(opinion("盟市住房和城乡建设主管部门意见", 3), opinion("自治区住房和城乡建设厅意见", 3))
                .build();
    }

    /** The head of the manual's paper forms (变更, 调转, 注销): the holder, the enterprise(s), 职务, the certificate. */
    private static FormLayout.Builder paper(String title, boolean transfer) {
        FormLayout.Builder form = FormLayout.titled(title, null).columns(PAPER)
                .row(label("姓名"), field("name"), label("性别"), choice("gender", "男", "女"), label("出生日期"),
                        field("birthDate"))
                .row(label("证件号"), field("idNumber", 5));
        if (transfer) {
            form.row(label("原企业"), field("previousEmployer", 3), label("联系电话"), field("previousContactPhone"))
                    .row(label("现企业"), field("employer", 3), label("联系电话"), field("contactPhone"));
        } else {
            form.row(label("所在企业名称"), field("employer", 3), label("联系电话"), field("contactPhone"));
        }
        return form.row(label("职务"), choice("category", 5, CATEGORIES))
                .row(label("原证书编号"), field("certificateNo", 3), label("核发时间"), field("issuedOn"));
    }

    /** 本人签字 and the four 意见 of the paper form (both enterprises, both 盟市), then the 自治区's. */
    private static FormLayout opinionsOfBoth(FormLayout.Builder form) {
        return form.row(label("声明"), text(TRUTH, 5))
                .signature("本人签字：")
                .section("审核意见")
                .row(opinion("原企业意见", 3), opinion("现企业意见", 3))
                .row(opinion("原企业所在盟市住建行政主管部门意见", 3), opinion("现企业所在盟市住建行政主管部门意见", 3))
                .row(opinion("自治区住房和城乡建设厅意见", 6))
                .build();
    }

    /** One form's values for the layout of {@code businessType}. */
    public static FormValues valuesOf(String businessType, SafetyStaffForm form) {
        PersonDetails p = form.getPerson();
        EmployerDetails e = form.getEmployer();
        HeldCertificateDetails c = form.getCertificate();
        Map<String, Object> v = new HashMap<>();
        v.put("name", p.getName());
        v.put("birthDate", FormValues.day(p.getBirthDate()));
        v.put("idNumber", p.getIdNumber());
        v.put("email", p.getEmail());
        v.put("school", p.getSchool());
        v.put("graduatedOn", FormValues.day(p.getGraduatedOn()));
        v.put("major", p.getMajor());
        v.put("title", form.getTitle());
        v.put("titleLevel", form.getTitleLevel());
        v.put("titleName", form.getTitleName());
        v.put("employer", e.getName());
        v.put("contactPhone", e.getContactPhone());
        v.put("qualification", e.getQualification());
        v.put("postcode", e.getPostcode());
        v.put("contactAddress", e.getContactAddress());
        v.put("certificateNo", c.getCertificateNo());
        v.put("issuedOn", FormValues.day(c.getIssuedOn()));
        v.put("validUntil", FormValues.day(c.getValidUntil()));
        v.put("issuingAuthority", c.getIssuingAuthority());
        v.put("cancellationReason", form.getCancellationReason());
        v.put("replacementReason", form.getReplacementReason());
        v.put("examDate", FormValues.day(form.getExamDate()));
        v.put("examScore", SafetyStaffRules.scoreText(form.getExamScore()));
        List<WorkHistoryEntry> history = form.getWorkHistory();
        for (int i = 0; i < history.size() && i < WorkHistory.MAX_LINES; i++) {
            WorkHistoryEntry line = history.get(i);
            v.put("history" + (i + 1) + "Period", line.period());
            v.put("history" + (i + 1) + "Unit", line.getUnit());
            v.put("history" + (i + 1) + "Post", line.getPost());
        }
        if (c.getValidUntil() != null) {
            v.put("extendedUntil", FormValues.day(SafetyStaffRules.extendedUntil(c.getValidUntil())));
        }
        if (form.getPreviousEmployer() != null) {
            v.put("previousEmployer", form.getPreviousEmployer().getName());
            v.put("previousContactPhone", form.getPreviousEmployer().getContactPhone());
        }
        FormValues values = FormValues.of(v)
                .tickIfAmong("gender", p.getGender(), List.of("男", "女"))
                .tickIfAmong("category", SafetyStaffCategory.labelOf(form.getCategory() != null ? form.getCategory()
                        : c.getCategory()), Arrays.asList(CATEGORIES));
        FormLayout layout = layoutOf(businessType);
        if (layout.hasField("idType")) {
            values = values.tickIfAmong("idType", p.getIdType(), PersonRules.ID_TYPES);
        }
        if (businessType.equals(SafetyStaffRules.TRANSFER_IN)) {
            values = values.tick("content", "人员调入");
        }
        SafetyStaffChange change = SafetyStaffChange.parse(form.getChangeContent());
        if (businessType.equals(SafetyStaffRules.CHANGE) && change != null) {
            values = values.tick("content", change.label());
            values = switch (change) {
                case NAME -> values.with("previousValue", p.getName()).with("newValue", form.getNewName());
                case ID_NUMBER -> values.with("previousValue", p.getIdNumber()).with("newValue", form.getNewIdNumber());
                case CATEGORY -> values.with("previousValue", SafetyStaffCategory.labelOf(c.getCategory()))
                        .with("newValue", SafetyStaffCategory.labelOf(form.getNewCategory()));
            };
        }
        return values;
    }
}
