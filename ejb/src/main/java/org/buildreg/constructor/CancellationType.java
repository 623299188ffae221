package org.buildreg.constructor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.platform.Refusal;

/** 注销注册: who applies (注册建造师本人 / 聘用企业 / 省级建设主管部门) and why; approval makes it 已注销. */
@ApplicationScoped
public class CancellationType extends ConstructorType {

    public static final String CODE = "CONSTRUCTOR_CANCELLATION";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label() {
        return "注销注册";
    }

    @Override
    public ConstructorForm start(Filing filing, String from) {
        return formFrom(ownCertificate(filing, from), filing.enterprise());
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.optional("CANCELLATION_PROOF", "注销证明材料"));
    }

    @Override
    public void check(ConstructorForm form, Filing filing, Refusal.Collector errors) {
        checkedCertificate(form, filing, errors);
        if (form.getCancellationApplicant() == null
                || !ConstructorRules.CANCELLATION_APPLICANTS.contains(form.getCancellationApplicant())) {
            errors.reject("cancellationApplicant", "请选择申请注销注册人或机构");
        }
        if (form.getCancellationReasons().isEmpty()) {
            errors.reject("cancellationReasons", "请至少选择一项注销原因");
        } else if (!ConstructorRules.CANCELLATION_REASONS.containsAll(form.getCancellationReasons())) {
            errors.reject("cancellationReasons", "注销原因不在规定的范围内");
        }
    }

    @Override
    protected void summarizeOwn(FormSummary s, ConstructorForm form) {
        s.section("注销注册").line("申请注销注册人或机构", form.getCancellationApplicant())
                .line("注销原因", String.join("；", form.getCancellationReasons()));
    }

    @Override
    public void approve(Declaration declaration, ConstructorForm form) {
        certificateOf(form).cancel();
    }
}
