package org.buildreg.declaration;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A declaration as its readers see it (the enterprise's 查看, the reviewer's console, 跟踪): what it is, where it
 * is, the form read-only, its attachments and its 审核历史.
 */
public record DeclarationView(Long id, String declarationNo, String businessType, String businessTypeLabel,
                              String cityName, String enterpriseName, String subjectName, String subjectKey,
                              String batchName, Stage stage, String whereNow, LocalDateTime createdAt,
                              LocalDateTime submittedAt, LocalDateTime finishedAt, int version, FormSummary form,
                              List<AttachmentRow> attachments, List<HistoryRow> history) implements Serializable {
}
