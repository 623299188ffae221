package org.buildreg.verification;

import java.io.Serializable;
import java.time.LocalDate;

/** What the public page shows of a certificate: never more than holder name, masked ID and enterprise. */
public record Verification(String kind, String number, String statusLabel, boolean valid, String holderName,
                           String maskedIdNumber, String enterpriseName, LocalDate issuedOn, LocalDate validUntil)
        implements Serializable {

    /** A printed 申请表 (found by its 申报单号) rather than a certificate. */
    public boolean isApplication() {
        return kind.startsWith("申请表");
    }
}
