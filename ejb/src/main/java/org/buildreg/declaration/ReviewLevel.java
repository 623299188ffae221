package org.buildreg.declaration;

/** 环节名称: the city bureau of the enterprise's 盟市 reviews first, then the regional department approves. */
public enum ReviewLevel {
    CITY("盟市审核"), PROVINCE("自治区审批");

    private final String label;

    ReviewLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
