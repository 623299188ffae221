package org.buildreg.web.safetystaff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.buildreg.safetystaff.CancellationType;
import org.buildreg.safetystaff.ReplacementType;
import org.buildreg.safetystaff.SafetyStaffCategory;
import org.buildreg.safetystaff.SafetyStaffChange;
import org.buildreg.safetystaff.SafetyStaffRules;

/** What the 安管人员 forms offer and show beside their fields: 人员类别, 申请内容, 延期后有效期至, 诚信证明. */
@Named
@ApplicationScoped
public class SafetyStaffOptions {

    /** The 人员类别 stored in a form (A, B, C1 …) as the manual names it. */
    public String label(String category) {
        return SafetyStaffCategory.labelOf(category);
    }

    public SafetyStaffChange[] getChanges() {
        return SafetyStaffChange.values();
    }

    public SafetyStaffCategory[] getCategories() {
        return SafetyStaffCategory.values();
    }

    /** The manual's 注销人诚信证明, which the holder confirms. */
    public String getIntegrity() {
        return CancellationType.INTEGRITY;
    }

    /** 考试成绩 as the form shows it: 86分（合格）. */
    public String score(String score) {
        return SafetyStaffRules.scoreText(score);
    }

    /** The holder's statement of 遗失补办, which he confirms (本人签字). */
    public String getReplacementStatement() {
        return ReplacementType.STATEMENT;
    }

    public LocalDate extendedUntil(LocalDate validUntil) {
        return validUntil == null ? null : SafetyStaffRules.extendedUntil(validUntil);
    }
}
