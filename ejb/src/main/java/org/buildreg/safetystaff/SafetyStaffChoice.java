package org.buildreg.safetystaff;

import java.time.LocalDate;
import org.buildreg.person.CertificateChoice;
import org.buildreg.reference.CertificateStatus;

/**
 * One line of the lists a 安管人员 business type starts from, with the manual's columns: 证书编号, 人员姓名, 证件类型,
 * 证件号码, 人员类别, 发证单位, 发证时间, 有效期至, 证书状态 (and, for 人员调入, the enterprise it comes from).
 */
public record SafetyStaffChoice(Long id, String certificateNo, String personName, String idType, String idNumber,
                                SafetyStaffCategory category, String enterpriseName, String issuingAuthority,
                                LocalDate issuedOn, LocalDate validUntil, CertificateStatus status)
        implements CertificateChoice {

    public String getCategoryLabel() {
        return category.label();
    }
}
