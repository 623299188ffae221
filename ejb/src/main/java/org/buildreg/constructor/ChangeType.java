package org.buildreg.constructor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.person.Person;
import org.buildreg.person.PersonChanges;
import org.buildreg.platform.Refusal;
import org.buildreg.print.FormPrinter;
import org.buildreg.reference.IdCardNumber;

/**
 * 变更注册 for 企业名称变更, 姓名变更 and 身份证号码变更, with the values before and after. 聘用企业变更 is the new
 * employer's 人员调入 ({@link TransferInType}). A change keeps the registration's 有效期至.
 */
@ApplicationScoped
public class ChangeType extends ConstructorType {

    public static final String CODE = "CONSTRUCTOR_CHANGE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label() {
        return "变更注册";
    }

    @Override
    public ConstructorForm start(Filing filing, String from) {
        ConstructorForm form = formFrom(ownCertificate(filing, from), filing.enterprise());
        ChangeDetails c = form.getChange();
        c.setPreviousName(form.getPerson().getName());
        c.setPreviousIdNumber(form.getPerson().getIdNumber());
        c.setPreviousEnterpriseName(form.getEmployer().getName());
        return form;
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("CHANGE_PROOF", "变更证明材料"));
    }

    @Override
    public void check(ConstructorForm form, Filing filing, Refusal.Collector errors) {
        checkPerson(form.getPerson(), errors, filing.today());
        checkedCertificate(form, filing, errors);
        ChangeDetails c = form.getChange();
        ChangeReason reason = ChangeReason.parse(c.getReason());
        if (reason == null) {
            errors.reject("changeReason", "请选择变更注册原因");
        } else if (reason == ChangeReason.EMPLOYER) {
            errors.reject("changeReason", "聘用企业变更请由原企业办理人员调出，新企业办理人员调入");
        } else if (reason == ChangeReason.NAME) {
            PersonChanges.checkNewName(errors, "newName", c.getNewName(), form.getPerson().getName());
        } else if (reason == ChangeReason.ID_NUMBER) {
            PersonChanges.checkNewIdNumber(em, errors, "newIdNumber", c.getNewIdNumber(), subjectKey(form));
        } else if (blank(c.getNewEnterpriseName())) {
            errors.reject("newEnterpriseName", "请填写变更后企业名称");
        } else if (c.getNewEnterpriseName().strip().equals(filing.enterprise().getName())) {
            errors.reject("newEnterpriseName", "变更后企业名称与现企业名称相同");
        }
        FormPrinter.checkPrintable(errors, "newEnterpriseName", c.getNewEnterpriseName());
        checkStatement(form, errors);
    }

    @Override
    protected void summarizeOwn(FormSummary s, ConstructorForm form) {
        ChangeDetails c = form.getChange();
        ChangeReason reason = ChangeReason.parse(c.getReason());
        s.section("变更注册").line("变更注册原因", reason == null ? "" : reason.label());
        if (reason == ChangeReason.NAME) {
            s.line("变更前姓名", c.getPreviousName()).line("变更后姓名", c.getNewName());
        } else if (reason == ChangeReason.ID_NUMBER) {
            s.line("变更前号码", c.getPreviousIdNumber()).line("变更后号码", c.getNewIdNumber());
        } else if (reason == ChangeReason.ENTERPRISE_NAME) {
            s.line("变更前企业名称", c.getPreviousEnterpriseName()).line("变更后企业名称", c.getNewEnterpriseName());
        }
        s.section("不予注册情形").line("承诺", statement(form));
    }

    @Override
    public void approve(Declaration declaration, ConstructorForm form) {
        ConstructorRegistration r = certificateOf(form);
        Person person = r.getPerson();
        ChangeDetails c = form.getChange();
        switch (ChangeReason.parse(c.getReason())) {
            case NAME -> person.rename(c.getNewName().strip());
            case ID_NUMBER -> person.changeIdNumber(IdCardNumber.normalize(c.getNewIdNumber()));
            case ENTERPRISE_NAME -> r.getEnterprise().rename(c.getNewEnterpriseName().strip());
            default -> throw new IllegalStateException("变更原因不能在此办理");
        }
    }
}
