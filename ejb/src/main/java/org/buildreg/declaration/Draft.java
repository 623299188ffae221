package org.buildreg.declaration;

import java.io.Serializable;

/**
 * A form being filled or edited: the business type, the form, the declaration it belongs to once saved (null
 * before) and the chosen batch. The form page binds to it directly.
 */
public final class Draft<F> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String businessType;
    private final F form;
    private final Long declarationId;
    private final String declarationNo;
    private Long batchId;
    private String batchName;

    public Draft(String businessType, F form, Long declarationId, String declarationNo, Long batchId) {
        this.businessType = businessType;
        this.form = form;
        this.declarationId = declarationId;
        this.declarationNo = declarationNo;
        this.batchId = batchId;
    }

    public String getBusinessType() { return businessType; }
    public F getForm() { return form; }
    public Long getDeclarationId() { return declarationId; }
    public String getDeclarationNo() { return declarationNo; }
    public Long getBatchId() { return batchId; }
    public void setBatchId(Long batchId) { this.batchId = batchId; }
    /** The name of the batch it is in, when saved. */
    public String getBatchName() { return batchName; }
    public void setBatchName(String batchName) { this.batchName = batchName; }
}
