package org.buildreg.safetystaff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.buildreg.account.Module;
import org.buildreg.person.CertificateKind;
import org.buildreg.person.OfModule;
import org.buildreg.person.PersonCertificateActions;
import org.buildreg.person.PrintedCertificate;

/** The 安管人员 actions that are not declarations: its start lists, 人员调出, 人员调入 and 退回, 选择企业, 打印证书. */
@Stateless
@RolesAllowed("MODULE_SAFETY_STAFF")
@OfModule(Module.SAFETY_STAFF)
public class SafetyStaffActions extends PersonCertificateActions<SafetyStaffCertificate, SafetyStaffChoice> {

    @Override
    protected CertificateKind<SafetyStaffCertificate> kind() {
        return SafetyStaffRules.CERTIFICATE;
    }

    @Override
    protected String changeLabel() {
        return "证书变更";
    }

    @Override
    protected PrintedCertificate<SafetyStaffCertificate> printedCertificate() {
        return SafetyStaffCertificateForm.PRINTED;
    }

    @Override
    protected SafetyStaffChoice choiceOf(SafetyStaffCertificate c) {
        return new SafetyStaffChoice(c.getId(), c.getCertificateNo(), c.getPerson().getName(), c.getPerson().getIdType(),
                c.getPerson().getIdNumber(), c.getCategory(), c.getEnterprise() == null ? "" : c.getEnterprise().getName(),
                SafetyStaffRules.ISSUING_AUTHORITY, c.getIssuedOn(), c.getValidUntil(), c.getStatus());
    }
}
