package org.buildreg.declaration;

import java.io.Serializable;
import java.util.Map;

/**
 * 统计 of the reviewer console, in the reviewer's scope: how many declarations by 审核状态, 业务类型 and 盟市, and
 * the average time a declaration waited at each review level ("2.5 小时（12 次）").
 */
public record ReviewCounts(Map<String, Long> byStatus, Map<String, Long> byType, Map<String, Long> byCity,
                           Map<String, String> averageWait) implements Serializable {

    /** Minutes as the console shows them: under two hours in minutes, under two days in hours, else in days. */
    public static String duration(double minutes) {
        if (minutes < 120) {
            return Math.round(minutes) + " 分钟";
        }
        if (minutes < 2 * 24 * 60) {
            return String.format("%.1f 小时", minutes / 60);
        }
        return String.format("%.1f 天", minutes / (24 * 60));
    }
}
