package org.buildreg.web.safetystaff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.buildreg.safetystaff.SafetyStaffCategory;
import org.buildreg.safetystaff.SafetyStaffRules;

/** What the 安管人员 forms show beside their fields: 人员类别 by name, 延期后有效期至. */
@Named
@ApplicationScoped
public class SafetyStaffOptions {

    /** The 人员类别 stored in a form (A, B, C1 …) as the manual names it. */
    public String label(String category) {
        return SafetyStaffCategory.labelOf(category);
    }

    public LocalDate extendedUntil(LocalDate validUntil) {
        return validUntil == null ? null : SafetyStaffRules.extendedUntil(validUntil);
    }
}
