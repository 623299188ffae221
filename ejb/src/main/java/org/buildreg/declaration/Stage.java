package org.buildreg.declaration;

/**
 * Where a declaration is. The manual shows two columns for it: 申报状态 (from the enterprise's side) and
 * 审核状态 (from the reviewers'); both are read off the stage.
 */
public enum Stage {
    DRAFT("未提交", "未审核"),
    CITY_REVIEW("已上报", "盟市审核"),
    PROVINCE_REVIEW("已上报", "自治区审批"),
    RETURNED("退回修改", "退回修改"),
    APPROVED("已办结", "审核通过"),
    REJECTED("已办结", "审核不通过");

    private final String declarationStatus;
    private final String reviewStatus;

    Stage(String declarationStatus, String reviewStatus) {
        this.declarationStatus = declarationStatus;
        this.reviewStatus = reviewStatus;
    }

    /** 申报状态 */
    public String declarationStatus() {
        return declarationStatus;
    }

    /** 审核状态 */
    public String reviewStatus() {
        return reviewStatus;
    }

    /** The enterprise may still change the form and its attachments. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Not yet decided: the subject has no other declaration of the module meanwhile. */
    public boolean isInFlight() {
        return this != APPROVED && this != REJECTED;
    }

    /** The review level that acts now, or null when no reviewer does. */
    public ReviewLevel reviewLevel() {
        return switch (this) {
            case CITY_REVIEW -> ReviewLevel.CITY;
            case PROVINCE_REVIEW -> ReviewLevel.PROVINCE;
            default -> null;
        };
    }

    /** Where a decision taken at this stage leads. */
    public Stage after(ReviewDecision decision) {
        if (reviewLevel() == null) {
            throw new IllegalStateException(this + " is not under review");
        }
        return switch (decision) {
            case APPROVE -> this == CITY_REVIEW ? PROVINCE_REVIEW : APPROVED;
            case REJECT -> REJECTED;
            case RETURN -> RETURNED;
        };
    }
}
