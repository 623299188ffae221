package org.buildreg.constructor;

import static org.buildreg.print.Cell.field;
import static org.buildreg.print.Cell.label;

import java.util.Map;
import java.util.stream.Collectors;
import org.buildreg.person.PrintedCertificate;
import org.buildreg.print.FormLayout;
import org.buildreg.print.FormValues;

/**
 * The printed 二级建造师注册证书: one A4 page on the form engine — the holder with the full ID number (it is printed
 * for the holder's own enterprise, unlike the public page), 注册编号, 证书编号 as the document's 编号, the employer,
 * each registered specialty with its validity, 发证日期 and 有效期至, and a QR code to the certificate's public check.
 */
public final class ConstructorCertificateForm {

    public static final FormLayout LAYOUT = PrintedCertificate.closing(PrintedCertificate.titled("二级建造师注册证书")
            .row(label("出生日期"), field("birthDate"), label("资格证书编号"), field("qualificationNo"))
            .section("注册情况")
            .row(label("注册编号"), field("registrationNo"), label("证书编号"), field("certificateNo"))
            .row(label("聘用企业"), field("enterprise", 3))
            .row(label("注册专业"), field("specialties", 3))
            .row(label("发证日期"), field("issuedOn"), label("有效期至"), field("validUntil"))
            .row(label("证书状态"), field("status", 3)));

    /** The certificate as 打印证书 prints it. */
    public static final PrintedCertificate<ConstructorRegistration> PRINTED = new PrintedCertificate<>(
            "二级建造师注册证书", LAYOUT, ConstructorCertificateForm::valuesOf);

    private ConstructorCertificateForm() {
    }

    /** The values of {@code r}'s certificate; {@code specialties} as registered (all share the 有效期至). */
    public static FormValues valuesOf(ConstructorRegistration r) {
        Map<String, Object> v = PrintedCertificate.holderValues(r.getPerson());
        v.put("qualificationNo", r.getQualificationNo());
        v.put("registrationNo", r.getRegistrationNo());
        v.put("certificateNo", r.getCertificateNo());
        v.put("enterprise", r.getEnterprise() == null ? "" : r.getEnterprise().getName());
        v.put("specialties", r.getSpecialties().stream().sorted()
                .map(s -> s.label() + "（有效期至" + FormValues.day(r.getValidUntil()) + "）").collect(Collectors.joining("\n")));
        v.put("issuedOn", FormValues.day(r.getIssuedOn()));
        v.put("validUntil", FormValues.day(r.getValidUntil()));
        v.put("status", r.getStatusLabel());
        v.put("authority", r.getIssuingAuthority() == null || r.getIssuingAuthority().isBlank()
                ? "内蒙古自治区住房和城乡建设厅" : r.getIssuingAuthority());
        v.values().removeIf(java.util.Objects::isNull);
        return FormValues.of(v);
    }
}
