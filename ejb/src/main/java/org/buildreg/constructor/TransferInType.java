package org.buildreg.constructor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.platform.Refusal;

/**
 * 人员调入: the new enterprise's 变更注册 for 聘用企业变更, opened from its 人员调入 list for a person the old
 * enterprise has 调出 to it. Approval moves the registration to the new employer; its validity does not change.
 */
@ApplicationScoped
public class TransferInType extends ConstructorType {

    public static final String CODE = "CONSTRUCTOR_TRANSFER_IN";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label() {
        return "人员调入";
    }

    @Override
    public ConstructorForm start(Filing filing, String from) {
        ConstructorRegistration r = incomingCertificate(filing, from);
        ConstructorForm form = formFrom(r, filing.enterprise());
        form.getChange().setReason(ChangeReason.EMPLOYER.name());
        form.getChange().setPreviousEmployer(employerOf(r.getEnterprise()));
        return form;
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("RELEASE", "原聘用企业解聘证明"),
                AttachmentKind.required("CONTRACT", "新聘用企业劳动（聘用）合同"));
    }

    @Override
    public void check(ConstructorForm form, Filing filing, Refusal.Collector errors) {
        checkPerson(form.getPerson(), errors, filing.today());
        checkedCertificate(form, filing, errors);
        checkStatement(form, errors);
    }

    @Override
    protected void summarizeOwn(FormSummary s, ConstructorForm form) {
        s.section("变更注册").line("变更注册原因", ChangeReason.EMPLOYER.label());
        if (form.getChange().getPreviousEmployer() != null) {
            summarizeEmployer(s, "原聘用企业", form.getChange().getPreviousEmployer());
        }
        s.section("不予注册情形").line("承诺", statement(form));
    }

    @Override
    public void approve(Declaration declaration, ConstructorForm form) {
        completeTransferIn(declaration, form);
    }
}
