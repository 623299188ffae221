package org.buildreg.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.buildreg.dongle.DongleBinding;
import org.buildreg.dongle.DongleBindings;
import org.buildreg.account.Module;
import org.buildreg.account.SubAccountForm;
import org.buildreg.account.SubAccountRow;
import org.buildreg.account.SubAccounts;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;

/** 账号管理: the enterprise's sub-accounts, a form to add one, and per-row permission edits and disabling. */
@Named
@ViewScoped
public class SubAccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SubAccounts subAccounts;
    private List<SubAccountRow> rows;
    @EJB
    private DongleBindings bindings;
    private List<DongleBinding> dongles;
    private SubAccountForm form = new SubAccountForm();
    private SubAccountRow editing;
    private List<Module> editModules = new ArrayList<>();

    public void load() {
        rows = subAccounts.list();
        dongles = bindings.ofMyEnterprise();
    }

    public void unbind(DongleBinding binding) {
        try {
            bindings.unbind(binding.getAccount().getId());
            FieldMessages.info("账号 " + binding.getAccount().getUsername() + " 的加密锁绑定已解除");
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
        load();
    }

    public void create() {
        try {
            SubAccountRow created = subAccounts.create(form);
            form = new SubAccountForm();
            load();
            FieldMessages.info("子账户 " + created.username() + " 已创建");
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public void edit(SubAccountRow row) {
        editing = row;
        editModules = new ArrayList<>(row.modules());
    }

    public void saveModules() {
        try {
            subAccounts.changeModules(editing.id(), editModules.isEmpty() ? EnumSet.noneOf(Module.class)
                    : EnumSet.copyOf(editModules));
            FieldMessages.info("子账户 " + editing.username() + " 的权限已保存");
            editing = null;
            load();
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public void disable(SubAccountRow row) {
        subAccounts.disable(row.id());
        load();
        FieldMessages.info("子账户 " + row.username() + " 已停用");
    }

    public void enable(SubAccountRow row) {
        subAccounts.enable(row.id());
        load();
        FieldMessages.info("子账户 " + row.username() + " 已启用");
    }

    public Module[] getAllModules() {
        return Module.values();
    }

    public List<SubAccountRow> getRows() { return rows; }
    public List<DongleBinding> getDongles() { return dongles; }
    public SubAccountForm getForm() { return form; }
    public SubAccountRow getEditing() { return editing; }
    public List<Module> getEditModules() { return editModules; }
    public void setEditModules(List<Module> editModules) { this.editModules = editModules; }
}
