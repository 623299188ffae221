package org.buildreg.constructor;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** One 信息补录 of 查看历史补录: when, by whom, and each field that changed (字段: 原值 → 新值). */
public record SupplementChange(LocalDateTime changedAt, String changedBy, List<String> changes) implements Serializable {
}
