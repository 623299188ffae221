package org.buildreg.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.web.shell.Spreadsheet.Column;
import org.buildreg.web.shell.Downloads;
import java.util.List;
import java.io.IOException;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.AuditRecord;
import org.buildreg.web.shell.PagedList;

/** 审计日志 (admin), newest first, filtered by account and action. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditLog audit;
    private String actor;
    private AuditAction action;
    private final PagedList<AuditRecord> records = new PagedList<>(
            page -> audit.search(actor, action == null ? null : action.name(), page), AuditRecord::getId);

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public PagedList<AuditRecord> getRecords() { return records; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }

    /** 导出Excel: every record that the current filters select. */
    public void exportExcel() throws IOException {
        Downloads.excel("审计日志", List.of(
                new Column<AuditRecord>("时间", AuditRecord::getOccurredAt),
                new Column<AuditRecord>("操作账号", AuditRecord::getActor),
                new Column<AuditRecord>("操作", AuditRecord::getActionLabel),
                new Column<AuditRecord>("对象", AuditRecord::getTarget),
                new Column<AuditRecord>("说明", AuditRecord::getDetail),
                new Column<AuditRecord>("来源地址", AuditRecord::getAddress)),
                page -> audit.search(actor, action == null ? null : action.name(), page));
    }
}
