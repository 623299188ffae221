package org.buildreg.declaration;

import java.io.Serializable;
import java.util.Map;

/** 统计 of the reviewer console: how many declarations by 审核状态, 业务类型 and 盟市, in the reviewer's scope. */
public record ReviewCounts(Map<String, Long> byStatus, Map<String, Long> byType, Map<String, Long> byCity)
        implements Serializable {
}
