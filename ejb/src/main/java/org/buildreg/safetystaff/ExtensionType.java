package org.buildreg.safetystaff;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.platform.Refusal;

/**
 * 证书延期: an 有效 certificate, from three months before its 有效期至 (建质〔2015〕206号 第十九条), auto-filled;
 * approval adds three years to 有效期至 and keeps the number.
 */
@ApplicationScoped
public class ExtensionType extends SafetyStaffType {

    @Override
    public String code() {
        return SafetyStaffRules.EXTENSION;
    }

    @Override
    public String label() {
        return "证书延期";
    }

    @Override
    public SafetyStaffForm start(Filing filing, String from) {
        SafetyStaffCertificate c = ownCertificate(filing, from);
        String refusal = SafetyStaffRules.refusalOfExtension(c.getValidUntil(), filing.today());
        if (refusal != null) {
            throw Refusal.of(refusal);
        }
        return formFrom(c, filing.enterprise());
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("CERTIFICATE", "安全生产考核合格证书"),
                AttachmentKind.required("TRAINING", "安全生产继续教育（培训）合格证明"),
                AttachmentKind.required("CONTRACT", "劳动（聘用）合同"));
    }

    @Override
    public void check(SafetyStaffForm form, Filing filing, Refusal.Collector errors) {
        SafetyStaffCertificate c = checkHolder(form, filing, errors);
        if (c != null) {
            String refusal = SafetyStaffRules.refusalOfExtension(c.getValidUntil(), filing.today());
            if (refusal != null) {
                errors.reject(Refusal.FORM, refusal);
            }
        }
    }

    @Override
    protected void summarizeOwn(FormSummary s, SafetyStaffForm form) {
        LocalDate until = form.getCertificate().getValidUntil();
        s.section("证书延期").line("延期后有效期至", until == null ? null : SafetyStaffRules.extendedUntil(until));
    }

    @Override
    public void approve(Declaration declaration, SafetyStaffForm form) {
        certificateOf(form).extend();
    }
}
