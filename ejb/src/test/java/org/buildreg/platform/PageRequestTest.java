package org.buildreg.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @ParameterizedTest
    @CsvSource({"-1, 0", "-100, 0", "0, 0", "40, 40"})
    void negativeFirstRowBecomesZero(int first, int expected) {
        assertEquals(expected, new PageRequest(first, 20, null, true).first());
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "-5, 1", "1, 1", "20, 20", "200, 200", "201, 200", "1000, 200"})
    void sizeIsClampedBetweenOneAndTwoHundred(int size, int expected) {
        assertEquals(expected, new PageRequest(0, size, null, true).size());
    }

    @Test
    void sortIsKeptAsGiven() {
        PageRequest request = new PageRequest(-3, 1000, "name", false);
        assertEquals(new PageRequest(0, 200, "name", false), request);
        assertEquals("name", request.sortField());
        assertEquals(false, request.ascending());
    }

    @Test
    void firstPageStartsAtZeroAscendingUnsorted() {
        PageRequest request = PageRequest.firstPage(1000);
        assertEquals(0, request.first());
        assertEquals(PageRequest.MAX_SIZE, request.size());
        assertNull(request.sortField());
        assertTrue(request.ascending());
        assertEquals(1, PageRequest.firstPage(0).size());
    }

    @org.junit.jupiter.api.Test
    void aTableAsksForTheTotalAndTheRowsSeparately() {
        PageRequest total = PageRequest.totalOnly();
        org.junit.jupiter.api.Assertions.assertTrue(total.wantsTotal());
        org.junit.jupiter.api.Assertions.assertFalse(total.wantsRows());
        PageRequest rows = new PageRequest(20, 10, "name", false).rowsOnly();
        org.junit.jupiter.api.Assertions.assertFalse(rows.wantsTotal());
        org.junit.jupiter.api.Assertions.assertTrue(rows.wantsRows());
        org.junit.jupiter.api.Assertions.assertEquals(20, rows.first());
        org.junit.jupiter.api.Assertions.assertEquals("name", rows.sortField());
        org.junit.jupiter.api.Assertions.assertTrue(PageRequest.firstPage(10).wantsRows()
                && PageRequest.firstPage(10).wantsTotal());
    }
}
