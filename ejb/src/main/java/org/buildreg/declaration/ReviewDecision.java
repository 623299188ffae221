package org.buildreg.declaration;

/** 审核结果, and the 处理方式 it means at each level. */
public enum ReviewDecision {
    APPROVE("同意"), REJECT("不同意"), RETURN("退回修改");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 处理方式: 报批 (passed on to the province), 办结 (decided), 退回 (back to the enterprise). */
    public String handling(ReviewLevel level) {
        return switch (this) {
            case APPROVE -> level == ReviewLevel.CITY ? "报批" : "办结";
            case REJECT -> "办结";
            case RETURN -> "退回";
        };
    }
}
