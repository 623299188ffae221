package org.buildreg.legacy;

import java.time.LocalDate;
import java.util.List;

/**
 * A level-2 constructor registration of {@code jzs.csv}: its holder resolved through 人员编号 to the person's
 * normalized ID number, its 注册专业 as specialty codes in the order written.
 */
public record LegacyConstructorRegistration(long rowNo, String registrationNo, String qualificationNo,
        String certificateNo, String personNo, String idNumber, List<String> specialties, String issuer,
        LocalDate issuedOn, LocalDate validUntil, String status) implements LegacyRow {

    public LegacyConstructorRegistration {
        specialties = List.copyOf(specialties);
    }

    @Override
    public LegacyFile file() {
        return LegacyFile.CONSTRUCTOR_REGISTRATIONS;
    }
}
