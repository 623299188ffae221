package org.buildreg.safetystaff;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.platform.Refusal;

/** 证书注销: 注销原因 and the holder's 注销人诚信证明, auto-filled from the certificate; approval cancels it. */
@ApplicationScoped
public class CancellationType extends SafetyStaffType {

    /** The manual's 注销人诚信证明, which the holder signs. */
    public static final String INTEGRITY = "此注销手续已经本人同意并核实，保证其真实性，如有不实以及因此造成的一切后果由本人承担。";

    @Override
    public String code() {
        return SafetyStaffRules.CANCELLATION;
    }

    @Override
    public String label() {
        return "证书注销";
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("CERTIFICATE", "安全生产考核合格证书"),
                AttachmentKind.required("INTEGRITY", "注销人诚信证明（本人签章）"));
    }

    @Override
    public void check(SafetyStaffForm form, Filing filing, Refusal.Collector errors) {
        checkHolder(form, filing, errors);
        requireNote(errors, "cancellationReason", form.getCancellationReason(), "注销原因");
        if (!form.isIntegrityConfirmed()) {
            errors.reject("integrityConfirmed", "请确认注销人诚信证明");
        }
    }

    @Override
    protected void summarizeOwn(FormSummary s, SafetyStaffForm form) {
        s.section("证书注销").line("注销原因", form.getCancellationReason())
                .line("注销人诚信证明", form.isIntegrityConfirmed() ? INTEGRITY : "未确认");
    }

    @Override
    public void approve(Declaration declaration, SafetyStaffForm form) {
        certificateOf(form).cancel();
    }
}
