package org.buildreg.legacy;

import java.time.LocalDate;
import org.buildreg.safetystaff.SafetyStaffCategory;

/** 安全生产考核: a line of {@code kshg.csv} whose 考试类别 is a 安管人员 人员类别, with its 考试时间 and 考试成绩. */
public record SafetyStaffExamPass(long rowNo, String name, String idNumber, SafetyStaffCategory category,
        LocalDate examDate, String score) implements LegacyRow {

    @Override
    public LegacyFile file() {
        return LegacyFile.EXAM_PASSES;
    }
}
