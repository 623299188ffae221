package org.buildreg.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.buildreg.account.Account;
import org.buildreg.account.PasswordResetRequest;
import org.buildreg.account.PasswordResets;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;
import org.buildreg.web.shell.PagedList;

/** 找回账号/重置密码 申请 (admin): pending requests, the matching accounts, issue or reject. */
@Named
@ViewScoped
public class ResetRequestsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PasswordResets resets;

    private PasswordResetRequest.Status status = PasswordResetRequest.Status.PENDING;
    private PasswordResetRequest selected;
    private List<Account> candidates = List.of();
    private String rejectReason;
    private String issuedPassword;
    private String issuedFor;
    private final PagedList<PasswordResetRequest> requests =
            new PagedList<>(page -> resets.search(status, page), PasswordResetRequest::getId);

    public void select(PasswordResetRequest request) {
        selected = request;
        candidates = resets.candidates(request.getId());
        rejectReason = candidates.isEmpty()
                ? "没有查询到相关信息。如企业发生过名称变更，请联系主管部门核实" : null;
        issuedPassword = null;
    }

    public void resolve(Account account) {
        try {
            issuedPassword = resets.resolve(selected.getId(), account.getId());
            issuedFor = account.getUsername();
            selected = null;
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public void reject() {
        try {
            resets.reject(selected.getId(), rejectReason);
            FieldMessages.info("申请已驳回");
            selected = null;
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public PasswordResetRequest.Status[] getStatuses() {
        return PasswordResetRequest.Status.values();
    }

    public PagedList<PasswordResetRequest> getRequests() { return requests; }
    public PasswordResetRequest.Status getStatus() { return status; }
    public void setStatus(PasswordResetRequest.Status status) { this.status = status; }
    public PasswordResetRequest getSelected() { return selected; }
    public List<Account> getCandidates() { return candidates; }
    public String getRejectReason() { return rejectReason; }
    public void setRejectReason(String rejectReason) { this.rejectReason = rejectReason; }
    public String getIssuedPassword() { return issuedPassword; }
    public String getIssuedFor() { return issuedFor; }
}
