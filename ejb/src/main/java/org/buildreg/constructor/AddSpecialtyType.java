package org.buildreg.constructor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.platform.Refusal;

/**
 * 增项注册 (申请表 4-1): one more specialty on a valid registration, proven by 人社厅考试合格数据. The registered
 * specialties and their validity are filled in; the validity does not change on approval.
 */
@ApplicationScoped
public class AddSpecialtyType extends ConstructorType {

    public static final String CODE = "CONSTRUCTOR_ADD_SPECIALTY";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label() {
        return "增项注册";
    }

    @Override
    public ConstructorForm start(Filing filing, String from) {
        return formFrom(ownCertificate(filing, from), filing.enterprise());
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("QUALIFICATION", "增项专业资格证书"));
    }

    @Override
    public void check(ConstructorForm form, Filing filing, Refusal.Collector errors) {
        checkPerson(form.getPerson(), errors, filing.today());
        checkedCertificate(form, filing, errors);
        checkExam(form, errors);
        if (!errors.hasErrorOn("specialty")
                && form.getRegistration().getSpecialties().contains(form.getExam().getSpecialty())) {
            errors.reject("specialty", "该专业已注册，请选择新的专业");
        }
        checkStatement(form, errors);
    }

    @Override
    protected void summarizeOwn(FormSummary s, ConstructorForm form) {
        s.section("申请增项注册").line("申请增项注册专业", form.getExam().getSpecialty())
                .line("增项专业考试合格证明编号", form.getExam().getQualificationNo())
                .line("签发日期", form.getExam().getIssuedOn())
                .section("不予注册情形").line("承诺", statement(form));
    }

    @Override
    public void approve(Declaration declaration, ConstructorForm form) {
        certificateOf(form).addSpecialty(specialtyOf(form.getExam().getSpecialty()));
    }
}
