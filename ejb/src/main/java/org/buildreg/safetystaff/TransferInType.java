package org.buildreg.safetystaff;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.platform.Refusal;

/**
 * 人员调入: the new enterprise's declaration for a 安管人员 the old enterprise has 调出 to it, opened from its
 * 人员调入 list. Approval moves the certificate to the new enterprise; number and validity do not change.
 */
@ApplicationScoped
public class TransferInType extends SafetyStaffType {

    @Override
    public String code() {
        return SafetyStaffRules.TRANSFER_IN;
    }

    @Override
    public String label() {
        return "人员调入";
    }

    @Override
    public SafetyStaffForm start(Filing filing, String from) {
        SafetyStaffCertificate c = incomingCertificate(filing, from);
        SafetyStaffForm form = formFrom(c, filing.enterprise());
        form.setPreviousEmployer(employerOf(c.getEnterprise()));
        return form;
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("RELEASE", "原企业解聘证明"),
                AttachmentKind.required("CONTRACT", "新企业劳动（聘用）合同"));
    }

    @Override
    public void check(SafetyStaffForm form, Filing filing, Refusal.Collector errors) {
        checkHolder(form, filing, errors);
    }

    @Override
    protected void summarizeOwn(FormSummary s, SafetyStaffForm form) {
        s.section("申请内容").line("人员调转", "人员调入");
        if (form.getPreviousEmployer() != null) {
            summarizeEmployer(s, "原企业", form.getPreviousEmployer());
        }
    }

    @Override
    public void approve(Declaration declaration, SafetyStaffForm form) {
        completeTransferIn(declaration, form);
    }
}
