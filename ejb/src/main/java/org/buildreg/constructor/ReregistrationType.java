package org.buildreg.constructor;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.buildreg.account.Enterprise;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Filing;
import org.buildreg.declaration.FormSummary;
import org.buildreg.platform.Refusal;
import org.buildreg.reference.IdCardNumber;
import org.buildreg.reference.CertificateStatus;

/**
 * 重新注册 (申请表 6-1): only a 已注销 person, found by name and ID number, whoever employed him before. 原注册编号
 * and 注册专业 stay; the filing enterprise becomes the employer; a new certificate, valid three years.
 */
@ApplicationScoped
public class ReregistrationType extends ConstructorType {

    public static final String CODE = "CONSTRUCTOR_REREGISTRATION";
    private static final String SEPARATOR = "\u001f";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label() {
        return "重新注册";
    }

    /**
     * The {@code from} of a 重新注册: the registration found together with the name and ID number it was found by.
     * Never the id alone: ids can be guessed, and the form would show the person's data to whoever guessed one.
     */
    public static String source(long registrationId, String name, String idNumber) {
        return registrationId + SEPARATOR + name.strip() + SEPARATOR + IdCardNumber.normalize(idNumber);
    }

    @Override
    public ConstructorForm start(Filing filing, String from) {
        String[] parts = from == null ? new String[0] : from.split(SEPARATOR, -1);
        ConstructorRegistration r = certificate(parts.length == 3 ? parts[0] : from);
        if (r == null) {
            throw Refusal.of("请先按姓名和证件号码查询已注销人员，再办理重新注册");
        }
        if (parts.length != 3 || !r.getPerson().getName().equals(parts[1])
                || !r.getPerson().getIdNumber().equals(IdCardNumber.normalize(parts[2]))) {
            throw notFiler(from);
        }
        if (r.getStatus() != CertificateStatus.CANCELLED) {
            throw Refusal.of("已注销人员才能办理重新注册");
        }
        return formFrom(r, filing.enterprise());
    }

    @Override
    protected List<AttachmentKind> ownAttachments() {
        return List.of(AttachmentKind.required("QUALIFICATION", "资格证书"),
                AttachmentKind.required("CONTRACT", "劳动（聘用）合同"),
                AttachmentKind.optional("EDUCATION", "继续教育证明"));
    }

    /** Anyone may file for a cancelled registration: it belongs to no enterprise any more in practice. */
    @Override
    protected boolean holds(Enterprise e, ConstructorRegistration r) {
        return true;
    }

    @Override
    public void check(ConstructorForm form, Filing filing, Refusal.Collector errors) {
        checkPerson(form.getPerson(), errors, filing.today());
        checkedCertificate(form, filing, errors);
        if (form.getLapsedOn() == null) {
            errors.reject("lapsedOn", "请填写失效或被注销注册日期");
        } else if (form.getLapsedOn().isAfter(filing.today())) {
            errors.reject("lapsedOn", "失效日期不能晚于今天");
        }
        if (form.getLapseReason() == null || !ConstructorRules.LAPSE_REASONS.contains(form.getLapseReason())) {
            errors.reject("lapseReason", "请选择失效或被注销注册原因");
        }
        checkStatement(form, errors);
    }

    @Override
    protected void summarizeOwn(FormSummary s, ConstructorForm form) {
        s.section("注册失效情况").line("失效或被注销注册日期", form.getLapsedOn())
                .line("失效或被注销注册原因", form.getLapseReason())
                .section("不予注册情形").line("承诺", statement(form));
    }

    @Override
    public void approve(Declaration declaration, ConstructorForm form) {
        ConstructorRegistration r = certificateOf(form);
        r.reregister(declaration.getEnterprise(), nextCertificateNo(), LocalDate.now());
        r.getPerson().employBy(declaration.getEnterprise());
    }
}
