package org.buildreg.constructor;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.platform.Refusal;

/**
 * 延续注册 (申请表 2-1): per registered specialty 是否延续 是/否; an expired registration may be renewed too.
 * Approval keeps the continued specialties and restarts the three years on the day of approval.
 */
@ApplicationScoped
public class RenewalType extends ConstructorType {

    public static final String CODE = "CONSTRUCTOR_RENEWAL";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label() {
        return "延续注册";
    }

    @Override
    public ConstructorForm start(Filing filing, String from) {
        ConstructorRegistration r = ownCertificate(filing, from);
        ConstructorForm form = formFrom(r, filing.enterprise());
        form.setContinuedSpecialties(new ArrayList<>(form.getRegistration().getSpecialties()));
        return form;
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("EDUCATION", "继续教育证明"),
                AttachmentKind.required("CONTRACT", "劳动（聘用）合同"));
    }

    @Override
    public void check(ConstructorForm form, Filing filing, Refusal.Collector errors) {
        checkPerson(form.getPerson(), errors, filing.today());
        checkedCertificate(form, filing, errors);
        List<String> continued = form.getContinuedSpecialties();
        if (continued.isEmpty()) {
            errors.reject("continued", "请至少选择一个延续注册的专业");
        } else if (!form.getRegistration().getSpecialties().containsAll(continued)) {
            errors.reject("continued", "只能延续已注册的专业");
        }
        checkStatement(form, errors);
    }

    @Override
    protected void summarizeOwn(FormSummary s, ConstructorForm form) {
        s.section("申请延续注册").line("申请延续注册专业", String.join("、", form.getContinuedSpecialties()))
                .line("继续教育情况", "必修 " + form.getRequiredHours() + " 学时，选修 " + form.getElectiveHours() + " 学时")
                .line("其它注册情况", form.getOtherRegistrations())
                .section("不予注册情形").line("承诺", statement(form));
    }

    @Override
    public void approve(Declaration declaration, ConstructorForm form) {
        certificateOf(form).renew(specialtiesOf(form.getContinuedSpecialties()), LocalDate.now());
    }
}
