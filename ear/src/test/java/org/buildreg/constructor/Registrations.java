package org.buildreg.constructor;

import java.util.Map;
import java.util.stream.Collectors;
import org.buildreg.testsupport.Browser;
import org.buildreg.testsupport.Database;
import org.buildreg.testsupport.Filings;

/** What the 二级建造师 tests read and tick besides the shared {@link Filings}. */
final class Registrations {

    static final String STATEMENT = "本人无《二级建造师注册实施办法》第十七条（一）至（十一）规定不予注册的情形";

    private Registrations() {
    }

    static Filings filings(Browser browser) {
        return new Filings(browser, "二级建造师", "/constructor/");
    }

    /** The registration of the person with that ID number, with its person's name and enterprise's name. */
    static Map<String, Object> of(String idNumber) {
        return Database.query("SELECT r.id, r.registration_no, r.certificate_no, r.qualification_no, r.status,"
                + " r.issued_on, r.valid_until, r.enterprise_id, r.transfer_to_id, p.name, e.name AS enterprise"
                + " FROM constructor_registration r JOIN person p ON p.id = r.person_id"
                + " LEFT JOIN enterprise e ON e.id = r.enterprise_id WHERE p.id_number = ?", idNumber).get(0);
    }

    /** The registered specialties of the person with that ID number, e.g. "BUILDING,MUNICIPAL". */
    static String specialties(String idNumber) {
        return Database.query("SELECT s.specialty FROM constructor_specialty s JOIN constructor_registration r"
                + " ON r.id = s.registration_id JOIN person p ON p.id = r.person_id WHERE p.id_number = ?"
                + " ORDER BY s.specialty", idNumber).stream().map(row -> String.valueOf(row.get("specialty")))
                .collect(Collectors.joining(","));
    }
}
