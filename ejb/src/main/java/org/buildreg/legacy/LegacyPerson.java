package org.buildreg.legacy;

import java.time.LocalDate;

/**
 * A person of {@code ry.csv}, normalized. The person is identified by {@code idNumber} (18 digits for an ID
 * card); {@code personNo} (人员编号) is only the old system's row key, and two of them may be one person.
 */
public record LegacyPerson(long rowNo, String personNo, String name, String gender, String idType, String idNumber,
        LocalDate birthDate, String ethnicity, String education, String school, String major, String mobile,
        String enterpriseCode) implements LegacyRow {

    @Override
    public LegacyFile file() {
        return LegacyFile.PERSONS;
    }
}
