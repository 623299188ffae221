package org.buildreg.constructor;

import java.io.Serializable;
import java.time.LocalDate;
import org.buildreg.person.IdNumbers;
import org.buildreg.reference.CertificateStatus;

/**
 * One line of 证书查询 → 已办证书 in the 二级建造师 module, with the manual's columns; {@code imported}: the person came
 * from the old system, so 信息补录 applies.
 */
public record ConstructorCertificateRow(Long id, String personName, String idType, String idNumber, String cityName,
                                        String enterpriseName, String registrationNo, String qualificationNo,
                                        String certificateNo, String specialties, LocalDate issuedOn,
                                        LocalDate validUntil, CertificateStatus status,
                                        boolean imported) implements Serializable {

    public String getMaskedIdNumber() {
        return IdNumbers.mask(idNumber);
    }

    public String getStatusLabel() {
        return status.label();
    }
}
