package org.buildreg.person;

import java.time.LocalDate;
import java.util.List;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.TextLimit;
import org.buildreg.print.FormPrinter;

/**
 * The rules of a 履历 table: at least one line, each with its 工作单位 and 起始时间, no time in the future and none
 * ending before it starts. A refusal names the line, beside the table (field {@link #FIELD}).
 */
public final class WorkHistory {

    public static final String FIELD = "workHistory";
    /** The lines a printed 申请表 has room for; a longer history is refused. */
    public static final int MAX_LINES = 8;

    private WorkHistory() {
    }

    public static void check(List<WorkHistoryEntry> lines, LocalDate today, Refusal.Collector errors) {
        if (lines == null || lines.isEmpty()) {
            errors.reject(FIELD, "请填写履历（至少一行）");
            return;
        }
        if (lines.size() > MAX_LINES) {
            errors.reject(FIELD, "履历最多填写" + MAX_LINES + "行，请合并较早的经历");
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String problem = problemOf(lines.get(i), today);
            if (problem != null) {
                errors.reject(FIELD, "履历第" + (i + 1) + "行：" + problem);
                return;
            }
        }
    }

    private static String problemOf(WorkHistoryEntry line, LocalDate today) {
        if (line.getStartedOn() == null) {
            return "请填写起始时间";
        }
        if (line.getUnit() == null || line.getUnit().isBlank()) {
            return "请填写工作单位";
        }
        if (line.getStartedOn().isAfter(today) || line.getEndedOn() != null && line.getEndedOn().isAfter(today)) {
            return "时间不能晚于今天";
        }
        if (line.getEndedOn() != null && line.getEndedOn().isBefore(line.getStartedOn())) {
            return "终止时间早于起始时间";
        }
        if (!TextLimit.ENTERPRISE_NAME.fits(line.getUnit()) || !TextLimit.SCHOOL.fits(line.getPost())) {
            return "工作单位或职务过长";
        }
        String missing = FormPrinter.unprintable(line.getUnit()) + FormPrinter.unprintable(
                line.getPost() == null ? "" : line.getPost());
        if (!missing.isEmpty()) {
            return "含有无法打印的字符“" + missing + "”，请改用常用字";
        }
        return null;
    }
}
