package org.buildreg.constructor;

import java.time.LocalDate;
import org.buildreg.person.CertificateChoice;
import org.buildreg.reference.CertificateStatus;

/**
 * One line of the lists a business type starts from (延续, 增项, 变更, 补办, 调出, 注销, 调入, 重新注册): 注册编号,
 * 资格证书编号, 证书编号, 人员姓名, 证件类型, 证件号码, 所属企业, 发证单位, 发证时间, 有效期至, 证书状态.
 */
public record RegistrationChoice(Long id, String registrationNo, String qualificationNo, String certificateNo,
                                 String personName, String idType, String idNumber, String enterpriseName,
                                 String issuingAuthority, LocalDate issuedOn, LocalDate validUntil,
                                 CertificateStatus status) implements CertificateChoice {
}
