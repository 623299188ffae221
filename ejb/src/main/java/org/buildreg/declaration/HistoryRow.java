package org.buildreg.declaration;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of 审核历史, in the manual's six columns: 环节名称, 审核人, 审核结果, 处理方式, 审核意见, 审核时间. */
public record HistoryRow(String stepName, String reviewer, String result, String handling, String opinion,
                         LocalDateTime reviewedAt) implements Serializable {

    static HistoryRow of(ReviewStep step) {
        return new HistoryRow(step.getLevel().label(), step.getReviewer(), step.getDecision().label(),
                step.getHandling(), step.getOpinion() == null ? "" : step.getOpinion(), step.getReviewedAt());
    }
}
