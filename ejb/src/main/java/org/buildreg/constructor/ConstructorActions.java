package org.buildreg.constructor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.buildreg.account.Module;
import org.buildreg.person.CertificateKind;
import org.buildreg.person.OfModule;
import org.buildreg.person.PersonCertificateActions;
import org.buildreg.person.PrintedCertificate;
import org.buildreg.platform.PageRequest;
import org.buildreg.platform.Refusal;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.reference.IdCardNumber;

/**
 * The 二级建造师 actions that are not declarations ({@link PersonCertificateActions}: the lists its business types
 * start from, 人员调出, 人员调入 and 退回, 选择企业, 打印证书), and the search for 已注销 persons of 重新注册.
 */
@Stateless
@RolesAllowed("MODULE_CONSTRUCTOR")
@OfModule(Module.CONSTRUCTOR)
public class ConstructorActions extends PersonCertificateActions<ConstructorRegistration, RegistrationChoice> {

    /** 人员调出 is no declaration; this code names it among the business types' start rules. */
    public static final String TRANSFER_OUT = "CONSTRUCTOR_TRANSFER_OUT";

    /** 重新注册: 已注销 persons found by name and ID number (both required, so nobody browses the register). */
    public List<RegistrationChoice> findCancelled(String name, String idNumber) {
        callers.enterpriseUser(Module.CONSTRUCTOR);
        Refusal.Collector errors = new Refusal.Collector();
        if (name == null || name.isBlank()) {
            errors.reject("searchName", "请填写人员姓名");
        }
        if (idNumber == null || idNumber.isBlank()) {
            errors.reject("searchIdNumber", "请填写证件号码");
        }
        errors.throwIfAny();
        List<RegistrationChoice> rows = choices(query().where("r.person.name = :name", "name", name.strip())
                .where("r.person.idNumber = :id", "id", IdCardNumber.normalize(idNumber))
                .where("r.status = :status", "status", CertificateStatus.CANCELLED), null, null,
                PageRequest.firstPage(10)).rows();
        if (rows.isEmpty()) {
            throw Refusal.of("未找到该姓名和证件号码的已注销人员；只有已注销人员才能办理重新注册");
        }
        return rows;
    }

    @Override
    protected CertificateKind<ConstructorRegistration> kind() {
        return ConstructorRules.CERTIFICATE;
    }

    @Override
    protected String changeLabel() {
        return "变更注册";
    }

    @Override
    protected PrintedCertificate<ConstructorRegistration> printedCertificate() {
        return ConstructorCertificateForm.PRINTED;
    }

    @Override
    protected RegistrationChoice choiceOf(ConstructorRegistration r) {
        return new RegistrationChoice(r.getId(), r.getRegistrationNo(), r.getQualificationNo(), r.getCertificateNo(),
                r.getPerson().getName(), r.getPerson().getIdType(), r.getPerson().getIdNumber(),
                r.getEnterprise() == null ? "" : r.getEnterprise().getName(), r.getIssuingAuthority(),
                r.getIssuedOn(), r.getValidUntil(), r.getStatus());
    }
}
