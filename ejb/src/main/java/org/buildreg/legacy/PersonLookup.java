package org.buildreg.legacy;

import java.util.Optional;

/**
 * Finds what a 人员编号 became, for the certificate files. The migration job answers from the database; the
 * tests from {@link LegacyPersons} in memory.
 */
@FunctionalInterface
public interface PersonLookup {

    Optional<PersonLink> find(String personNo);
}
