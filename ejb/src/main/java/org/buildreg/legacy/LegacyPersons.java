package org.buildreg.legacy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The identity rule of the migration, in memory: a person is one normalized ID number, whatever number of
 * 人员编号 the old system gave them. Feed it every outcome of ry.csv in file order; it then answers for the
 * certificate files which person (or which rejection) a 人员编号 stands for. Holds two small entries per row,
 * so it suits the sample and tests; the migration job keeps the same links in the database.
 */
public final class LegacyPersons implements PersonLookup {

    private final Map<String, LegacyPerson> byIdNumber = new LinkedHashMap<>();
    private final Map<String, PersonLink> byPersonNo = new HashMap<>();
    private int mergedDuplicates;

    /**
     * Records a person row's outcome. An accepted row whose ID number is already known is merged into the
     * first one: its 人员编号 becomes another name of the same person. Answers true for such a merge.
     */
    public boolean add(LegacyRow outcome) {
        if (outcome instanceof LegacyPerson person) {
            byPersonNo.put(person.personNo(), new PersonLink(person.personNo(), person.idNumber(), null));
            if (byIdNumber.putIfAbsent(person.idNumber(), person) != null) {
                mergedDuplicates++;
                return true;
            }
            return false;
        }
        if (outcome instanceof Rejected rejected) {
            String idNumber = rejected.staged() instanceof LegacyPerson staged ? staged.idNumber() : null;
            personNoOf(rejected).ifPresent(no ->
                    byPersonNo.putIfAbsent(no, new PersonLink(no, idNumber, rejected.reason())));
            return false;
        }
        throw new IllegalArgumentException("not a row of ry.csv: " + outcome);
    }

    @Override
    public Optional<PersonLink> find(String personNo) {
        return Optional.ofNullable(byPersonNo.get(LegacyText.clean(personNo)));
    }

    /** Distinct persons imported. */
    public int persons() {
        return byIdNumber.size();
    }

    /** Accepted rows that were merged into a person already seen. */
    public int mergedDuplicates() {
        return mergedDuplicates;
    }

    /**
     * The 人员编号 of a rejected row: its first field. A malformed row's first field is still the best guess
     * of its key, so that its certificates are reported as PERSON_REJECTED rather than as unknown.
     */
    private static Optional<String> personNoOf(Rejected rejected) {
        if (rejected.staged() instanceof LegacyPerson staged) {
            return Optional.of(staged.personNo());
        }
        String raw = rejected.raw();
        int comma = raw.indexOf(',');
        String first = LegacyText.clean(comma < 0 ? raw : raw.substring(0, comma)).replace("\"", "");
        return first.isEmpty() ? Optional.empty() : Optional.of(first);
    }
}
