package org.buildreg.declaration;

import java.time.YearMonth;

/** 快捷创建批次 names a batch the way the manual does: "2026年11月第一批", "第二批" … within the month. */
public final class BatchNames {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private BatchNames() {
    }

    /** The name of the next batch when {@code existing} batches were already made that month. */
    public static String next(YearMonth month, int existing) {
        return month.getYear() + "年" + month.getMonthValue() + "月第" + chinese(existing + 1) + "批";
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; larger numbers are written in digits. */
    static String chinese(int n) {
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }
}
