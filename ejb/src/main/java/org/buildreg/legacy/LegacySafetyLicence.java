package org.buildreg.legacy;

import java.time.LocalDate;

/** A safety production licence of {@code aqxk.csv}, held by the enterprise {@code enterpriseCode}. */
public record LegacySafetyLicence(long rowNo, String licenceNo, String enterpriseCode, String principal,
        String scope, LocalDate issuedOn, LocalDate validUntil, String status) implements LegacyRow {

    @Override
    public LegacyFile file() {
        return LegacyFile.SAFETY_LICENCES;
    }
}
