package org.buildreg.safetystaff;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.person.PersonChanges;
import org.buildreg.platform.Refusal;
import org.buildreg.reference.IdCardNumber;

/**
 * 证书变更: 申请内容 姓名 or 身份证号 (the holder's own data, for every certificate he holds), or 人员类别 among C1–C3
 * (the manual's 人员类别变化); the certificate keeps its number. Auto-filled from the certificate.
 */
@ApplicationScoped
public class ChangeType extends SafetyStaffType {

    @Override
    public String code() {
        return SafetyStaffRules.CHANGE;
    }

    @Override
    public String label() {
        return "证书变更";
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("CERTIFICATE", "安全生产考核合格证书"),
                AttachmentKind.required("CHANGE_PROOF", "变更证明材料（户籍或公安机关证明、岗位任职文件）"));
    }

    @Override
    public void check(SafetyStaffForm form, Filing filing, Refusal.Collector errors) {
        SafetyStaffCertificate held = checkHolder(form, filing, errors);
        SafetyStaffChange change = SafetyStaffChange.parse(form.getChangeContent());
        if (change == null) {
            errors.reject("changeContent", "请选择申请内容");
            return;
        }
        switch (change) {
            case NAME -> PersonChanges.checkNewName(errors, "newName", form.getNewName(), form.getPerson().getName());
            case ID_NUMBER -> PersonChanges.checkNewIdNumber(em, errors, "newIdNumber", form.getNewIdNumber(),
                    subjectKey(form));
            case CATEGORY -> checkCategory(form, held, errors);
        }
    }

    private static void checkCategory(SafetyStaffForm form, SafetyStaffCertificate held, Refusal.Collector errors) {
        SafetyStaffCategory to = parse(form.getNewCategory());
        if (to == null) {
            errors.reject("newCategory", "请选择变更后人员类别");
        } else if (held != null && to == held.getCategory()) {
            errors.reject("newCategory", "变更后人员类别与变更前相同");
        } else if (held != null && !SafetyStaffRules.mayChangeCategory(held.getCategory(), to)) {
            errors.reject("newCategory", "人员类别只能在C1、C2、C3之间变更；" + held.getCategory().label()
                    + "变更为" + to.label() + "须重新参加安全生产考核");
        }
    }

    @Override
    protected void summarizeOwn(FormSummary s, SafetyStaffForm form) {
        SafetyStaffChange change = SafetyStaffChange.parse(form.getChangeContent());
        s.section("证书变更").line("申请内容", change == null ? "" : change.label());
        if (change == SafetyStaffChange.NAME) {
            s.line("变更前姓名", form.getPerson().getName()).line("变更后姓名", form.getNewName());
        } else if (change == SafetyStaffChange.ID_NUMBER) {
            s.line("变更前号码", form.getPerson().getIdNumber()).line("变更后号码", form.getNewIdNumber());
        } else if (change == SafetyStaffChange.CATEGORY) {
            s.line("变更前人员类别", SafetyStaffCategory.labelOf(form.getCertificate().getCategory()))
                    .line("变更后人员类别", SafetyStaffCategory.labelOf(form.getNewCategory()));
        }
    }

    @Override
    public void approve(Declaration declaration, SafetyStaffForm form) {
        SafetyStaffCertificate c = certificateOf(form);
        switch (SafetyStaffChange.parse(form.getChangeContent())) {
            case NAME -> c.getPerson().rename(form.getNewName().strip());
            case ID_NUMBER -> c.getPerson().changeIdNumber(IdCardNumber.normalize(form.getNewIdNumber()));
            case CATEGORY -> c.changeCategory(SafetyStaffCategory.valueOf(form.getNewCategory()));
        }
    }

    private static SafetyStaffCategory parse(String name) {
        try {
            return name == null || name.isBlank() ? null : SafetyStaffCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
