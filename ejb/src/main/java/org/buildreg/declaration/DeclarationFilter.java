package org.buildreg.declaration;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters of the declaration lists: 申报地市, 业务类型, 申报状态, 审核状态, 开始时间, 结束时间 (the day filed,
 * both ends included). Blank filters select everything.
 */
public record DeclarationFilter(String cityCode, String businessType, String declarationStatus, String reviewStatus,
                                LocalDate from, LocalDate to) implements Serializable {

    public static DeclarationFilter none() {
        return new DeclarationFilter(null, null, null, null, null, null);
    }
}
