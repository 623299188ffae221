package org.buildreg.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.account.Module;
import org.buildreg.person.CertificateChoice;
import org.buildreg.platform.Page;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;
import org.buildreg.web.shell.PagedList;

/** 人员调入: persons 调出 to this enterprise; 调入 opens the transfer-in form, 退回 sends the person back. */
@Named
@ViewScoped
public class IncomingTransfersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonModules modules;
    private Module module;
    private final PagedList<CertificateChoice> list = new PagedList<>(
            page -> Page.of(modules.actionsOf(module).incoming(page)), CertificateChoice::id);

    public void open(String module) {
        this.module = Module.valueOf(module);
    }

    public void returnTransfer(CertificateChoice row) {
        try {
            modules.actionsOf(module).returnTransfer(row.id());
            FieldMessages.info(row.personName() + " 已退回原企业");
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    public PagedList<CertificateChoice> getList() { return list; }
}
