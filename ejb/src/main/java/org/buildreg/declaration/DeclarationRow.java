package org.buildreg.declaration;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One line of 待上报申请(单个) / 已上报申请(单个) and of the reviewers' queue: 申报单号, 地市, 业务类型, 申报人,
 * 证件号码, 所属企业, 申报时间, 审核状态, 申报状态.
 */
public record DeclarationRow(Long id, String declarationNo, String cityName, String businessType,
                             String businessTypeLabel, String subjectName, String subjectKey, String enterpriseName,
                             String batchName, LocalDateTime createdAt, LocalDateTime submittedAt, Stage stage,
                             int version) implements Serializable {

    public String getReviewStatus() {
        return stage.reviewStatus();
    }

    public String getDeclarationStatus() {
        return stage.declarationStatus();
    }

    public boolean isDeletable() {
        return stage == Stage.DRAFT;
    }

    public boolean isEditable() {
        return stage.isEditable();
    }

    public boolean isResubmittable() {
        return stage == Stage.RETURNED;
    }
}
