package org.buildreg.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ListQueryTest {

    @Test
    void theKeyQuerySelectsTheOrderPathsWithoutTheirDirections() {
        assertEquals("d.createdAt, d.id", ListQuery.orderPaths("d.createdAt DESC, d.id DESC"));
        assertEquals("d.subjectName, d.createdAt, d.id", ListQuery.orderPaths("d.subjectName asc, d.createdAt DESC, d.id"));
        assertEquals("r.registrationNo", ListQuery.orderPaths("r.registrationNo"));
    }
}
