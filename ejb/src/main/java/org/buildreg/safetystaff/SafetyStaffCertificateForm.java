package org.buildreg.safetystaff;

import static org.buildreg.print.Cell.field;
import static org.buildreg.print.Cell.label;

import java.util.Map;
import java.util.Objects;
import org.buildreg.person.PrintedCertificate;
import org.buildreg.print.FormLayout;
import org.buildreg.print.FormValues;

/**
 * The printed 安全生产考核合格证书 of a 安管人员: one A4 page — the holder with the full ID number (printed for the
 * holder's own enterprise), 证书编号 as the document's 编号, 人员类别 (职务), the enterprise, 发证日期 and the validity, and
 * a QR code to the certificate's public check.
 */
public final class SafetyStaffCertificateForm {

    public static final FormLayout LAYOUT = PrintedCertificate.closing(PrintedCertificate.titled(
            "建筑施工企业安全生产管理人员安全生产考核合格证书")
            .row(label("出生日期"), field("birthDate"), label("职务"), field("category"))
            .section("考核合格证书")
            .row(label("证书编号"), field("certificateNo"), label("证书状态"), field("status"))
            .row(label("所在企业"), field("enterprise", 3))
            .row(label("发证日期"), field("issuedOn"), label("补发日期"), field("reissuedOn"))
            .row(label("有效期"), field("validity", 3)));

    /** The certificate as 打印证书 prints it. */
    public static final PrintedCertificate<SafetyStaffCertificate> PRINTED = new PrintedCertificate<>(
            "安全生产考核合格证书", LAYOUT, SafetyStaffCertificateForm::valuesOf);

    private SafetyStaffCertificateForm() {
    }

    public static FormValues valuesOf(SafetyStaffCertificate c) {
        Map<String, Object> v = PrintedCertificate.holderValues(c.getPerson());
        v.put("category", c.getCategory().label());
        v.put("certificateNo", c.getCertificateNo());
        v.put("status", c.getStatusLabel());
        v.put("enterprise", c.getEnterprise() == null ? "" : c.getEnterprise().getName());
        v.put("issuedOn", FormValues.day(c.getIssuedOn()));
        v.put("validity", FormValues.day(c.getValidFrom() == null ? c.getIssuedOn() : c.getValidFrom()) + " 至 "
                + FormValues.day(c.getValidUntil()));
        v.put("authority", SafetyStaffRules.ISSUING_AUTHORITY);
        v.put("reissuedOn", c.getReissuedOn() == null ? "—" : FormValues.day(c.getReissuedOn()));
        v.values().removeIf(Objects::isNull);
        return FormValues.of(v);
    }
}
