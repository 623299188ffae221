package org.buildreg.safetystaff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** 人员类别 and the 证书编号 they lead to. */
class SafetyStaffCategoryTest {

    @Test
    void theNumberCarriesTheLetterNotTheSubCategory() {
        // The manual's example: a 土建 (C2) holder's 蒙建安C(2016)0002101.
        assertEquals("蒙建安C(2016)0002101", SafetyStaffCategory.C2.certificateNo(2016, 2101));
        assertEquals("蒙建安C(2016)0000001", SafetyStaffCategory.C1.certificateNo(2016, 1));
        assertEquals("蒙建安C(2026)9999999", SafetyStaffCategory.C3.certificateNo(2026, 9_999_999));
        assertEquals("蒙建安A(2025)0000012", SafetyStaffCategory.A.certificateNo(2025, 12));
        assertEquals("蒙建安B(2025)0000012", SafetyStaffCategory.B.certificateNo(2025, 12));
        assertThrows(IllegalArgumentException.class, () -> SafetyStaffCategory.A.certificateNo(2025, 0));
        assertThrows(IllegalArgumentException.class, () -> SafetyStaffCategory.A.certificateNo(2025, 10_000_000));
    }

    @Test
    void theManualsFiveCategories() {
        assertEquals(5, SafetyStaffCategory.values().length);
        assertEquals("土建安全生产管理人员", SafetyStaffCategory.C2.label());
        assertEquals("企业主要负责人", SafetyStaffCategory.A.label());
    }
}
