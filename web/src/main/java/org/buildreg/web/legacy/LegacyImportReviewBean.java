package org.buildreg.web.legacy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.buildreg.legacy.LegacyImportRequest;
import org.buildreg.legacy.LegacyImports;
import org.buildreg.legacy.LegacyMigration.StagedRow;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;
import org.buildreg.web.shell.PagedList;

/** 旧数据导入申请 (ADMIN): the requests, the staged rows that match one, 同意导入 or 拒绝 with a reason. */
@Named
@ViewScoped
public class LegacyImportReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LegacyImports imports;
    private LegacyImportRequest.Status status = LegacyImportRequest.Status.SUBMITTED;
    private LegacyImportRequest selected;
    private List<StagedRow> matches = List.of();
    private String reason;
    private final PagedList<LegacyImportRequest> requests =
            new PagedList<>(page -> imports.list(status, page), LegacyImportRequest::getId);

    public void select(LegacyImportRequest request) {
        selected = request;
        matches = imports.matches(request.getId());
        reason = matches.stream().anyMatch(m -> !m.claimed()) ? null : LegacyImports.NOTHING_FOUND;
    }

    public void approve() {
        try {
            imports.approve(selected.getId());
            FieldMessages.info("已同意导入：" + selected.getSubject() + " → " + selected.getEnterprise().getName());
            selected = null;
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public void reject() {
        try {
            imports.reject(selected.getId(), reason);
            FieldMessages.info("已拒绝：" + selected.getSubject());
            selected = null;
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public LegacyImportRequest.Status[] getStatuses() {
        return LegacyImportRequest.Status.values();
    }

    public PagedList<LegacyImportRequest> getRequests() { return requests; }
    public LegacyImportRequest.Status getStatus() { return status; }
    public void setStatus(LegacyImportRequest.Status status) { this.status = status; }
    public LegacyImportRequest getSelected() { return selected; }
    public List<StagedRow> getMatches() { return matches; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
