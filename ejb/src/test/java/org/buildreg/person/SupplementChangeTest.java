package org.buildreg.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplementChangeTest {

    @Test
    void historyListsOnlyTheFieldsThatChanged() {
        PersonDetails before = new PersonDetails();
        before.setMobile("13847100020");
        before.setSchool(null);
        before.setEmail("");
        PersonDetails after = new PersonDetails();
        after.setMobile("13947100020");
        after.setSchool("内蒙古工业大学");
        after.setEmail(null);
        after.setGraduatedOn(LocalDate.of(2001, 7, 1));
        assertEquals(List.of("毕业院校：（空） → 内蒙古工业大学", "毕业时间：（空） → 2001-07-01",
                "手机号码：13847100020 → 13947100020"), SupplementChange.changes(before, after));
        assertEquals(List.of(), SupplementChange.changes(before, before));
    }
}
