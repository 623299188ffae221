package org.buildreg.legacy;

import java.time.LocalDate;
import org.buildreg.safetystaff.SafetyStaffCategory;

/** A safety staff certificate of {@code agry.csv}; the pre-2016 专职安全生产管理人员 is category C3. */
public record LegacySafetyStaffCertificate(long rowNo, String certificateNo, String personNo, String idNumber,
        SafetyStaffCategory category, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil, String status)
        implements LegacyRow {

    @Override
    public LegacyFile file() {
        return LegacyFile.SAFETY_STAFF_CERTIFICATES;
    }
}
