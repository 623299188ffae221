package org.buildreg.safetystaff;

import java.io.Serializable;
import java.time.LocalDate;
import org.buildreg.person.IdNumbers;
import org.buildreg.reference.CertificateStatus;

/**
 * One line of 证书查询 → 已办证书 in the 安管人员 module, with the manual's columns; {@code imported}: the holder came
 * from the old system, so 信息补录 and 查看历史补录 apply.
 */
public record SafetyStaffCertificateRow(Long id, String certificateNo, String personName, String idNumber,
                                        SafetyStaffCategory category, String cityName, String enterpriseName,
                                        LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil,
                                        CertificateStatus status, boolean imported) implements Serializable {

    public String getMaskedIdNumber() {
        return IdNumbers.mask(idNumber);
    }

    public String getCategoryLabel() {
        return category.label();
    }

    public String getStatusLabel() {
        return status.label();
    }
}
