package org.buildreg.legacy;

import java.io.Serializable;

/** What the normalizer makes of one row of the export: a typed record ready to import, or a {@link Rejected}. */
public sealed interface LegacyRow extends Serializable
        permits LegacyEnterprise, LegacyPerson, LegacyConstructorRegistration, LegacySafetyStaffCertificate,
        LegacySafetyLicence, ExamPass, SafetyStaffExamPass, Rejected {

    LegacyFile file();

    /** The row's number in its file, 1 = the first data row. */
    long rowNo();
}
