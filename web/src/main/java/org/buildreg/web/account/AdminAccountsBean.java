package org.buildreg.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.buildreg.account.AccountAdministration;
import org.buildreg.account.AccountRow;
import org.buildreg.account.Role;
import org.buildreg.dongle.DongleBindings;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.Downloads;
import org.buildreg.web.shell.FieldMessages;
import org.buildreg.web.shell.PagedList;
import org.buildreg.web.shell.Spreadsheet.Column;

/**
 * 企业与账号 (admin): search accounts, lock/unlock one or all of an enterprise, issue one-time passwords, unbind a
 * dongle.
 */
@Named
@ViewScoped
public class AdminAccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountAdministration administration;
    @EJB
    private DongleBindings dongles;

    private String username;
    private String enterprise;
    private String uscc;
    private Role role;
    private String issuedPassword;
    private String issuedFor;
    private final PagedList<AccountRow> accounts =
            new PagedList<>(page -> administration.search(username, enterprise, uscc, role, page), AccountRow::id);

    public void lock(AccountRow row) {
        run(() -> administration.lock(row.id()), "账号 " + row.username() + " 已锁定");
    }

    public void unlock(AccountRow row) {
        run(() -> administration.unlock(row.id()), "账号 " + row.username() + " 已解锁");
    }

    public void unbindDongle(AccountRow row) {
        run(() -> dongles.unbind(row.id()), "账号 " + row.username() + " 的加密锁绑定已解除");
    }

    public void lockAll(AccountRow row) {
        run(() -> FieldMessages.info(row.enterpriseName() + " 的全部 " + administration.lockAll(row.enterpriseId())
                + " 个账号已锁定"), null);
    }

    public void unlockAll(AccountRow row) {
        run(() -> FieldMessages.info(row.enterpriseName() + " 的全部 "
                + administration.unlockAll(row.enterpriseId()) + " 个账号已解锁"), null);
    }

    public void resetPassword(AccountRow row) {
        try {
            issuedPassword = administration.resetPassword(row.id());
            issuedFor = row.username();
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            if (done != null) {
                FieldMessages.info(done);
            }
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public PagedList<AccountRow> getAccounts() { return accounts; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise; }
    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getIssuedPassword() { return issuedPassword; }
    public String getIssuedFor() { return issuedFor; }

    /** 导出Excel: every account that the current filters select. */
    public void exportExcel() throws IOException {
        Downloads.excel("账号列表", List.of(
                new Column<AccountRow>("用户名", AccountRow::username),
                new Column<AccountRow>("账号类型", AccountRow::getRoleLabel),
                new Column<AccountRow>("名称", AccountRow::displayName),
                new Column<AccountRow>("所属企业", AccountRow::enterpriseName),
                new Column<AccountRow>("统一社会信用代码", AccountRow::uscc),
                new Column<AccountRow>("状态", AccountRow::getStateLabel),
                new Column<AccountRow>("最近登录", AccountRow::lastLoginAt)),
                page -> administration.search(username, enterprise, uscc, role, page));
    }
}
