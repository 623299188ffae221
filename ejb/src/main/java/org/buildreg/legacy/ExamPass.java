package org.buildreg.legacy;

/** 考试合格: a line of {@code kshg.csv}, one person passed in one specialty (a specialty code). */
public record ExamPass(long rowNo, String name, String idNumber, String specialty, String qualificationNo,
        Integer examYear, String examKind) implements LegacyRow {

    @Override
    public LegacyFile file() {
        return LegacyFile.EXAM_PASSES;
    }
}
