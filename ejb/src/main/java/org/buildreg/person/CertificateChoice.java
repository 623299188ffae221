package org.buildreg.person;

import java.io.Serializable;
import java.time.LocalDate;
import org.buildreg.reference.CertificateStatus;

/**
 * One line of a list a business type starts from (延续, 变更, 补办, 调出, 注销, 调入 …). Each module has its own
 * columns (the manual's); the shared pages and services need only these.
 */
public interface CertificateChoice extends Serializable {

    Long id();

    String personName();

    String idNumber();

    /** The enterprise that holds it (for 人员调入, the one it comes from). */
    String enterpriseName();

    LocalDate validUntil();

    CertificateStatus status();

    default String getStatusLabel() {
        return status().label();
    }
}
