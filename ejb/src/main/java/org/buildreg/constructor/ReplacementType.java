package org.buildreg.constructor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.platform.Refusal;
import org.buildreg.print.FormPrinter;

/** 遗失补办: a lost or damaged certificate; approval issues a new 证书编号 and the old number is void. */
@ApplicationScoped
public class ReplacementType extends ConstructorType {

    public static final String CODE = "CONSTRUCTOR_REPLACEMENT";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label() {
        return "遗失补办";
    }

    @Override
    public ConstructorForm start(Filing filing, String from) {
        return formFrom(ownCertificate(filing, from), filing.enterprise());
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("LOSS_NOTICE", "遗失声明"));
    }

    @Override
    public void check(ConstructorForm form, Filing filing, Refusal.Collector errors) {
        checkPerson(form.getPerson(), errors, filing.today());
        checkedCertificate(form, filing, errors);
        if (blank(form.getLossReason())) {
            errors.reject("lossReason", "请填写补办原因");
        } else if (form.getLossReason().strip().length() > 200) {
            errors.reject("lossReason", "补办原因不能超过200字");
        }
        FormPrinter.checkPrintable(errors, "lossReason", form.getLossReason());
        FormPrinter.checkPrintable(errors, "remark", form.getRemark());
    }

    @Override
    protected void summarizeOwn(FormSummary s, ConstructorForm form) {
        s.section("遗失补办").line("补办原因", form.getLossReason()).line("备注", form.getRemark());
    }

    @Override
    public void approve(Declaration declaration, ConstructorForm form) {
        certificateOf(form).replaceCertificate(nextCertificateNo());
    }
}
