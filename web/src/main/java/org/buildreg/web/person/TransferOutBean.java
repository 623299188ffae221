package org.buildreg.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.account.Module;
import org.buildreg.person.CertificateChoice;
import org.buildreg.person.EnterpriseChoice;
import org.buildreg.person.PersonCertificateActions;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;
import org.buildreg.web.shell.PagedList;
import org.omnifaces.util.Faces;
import org.primefaces.event.SelectEvent;

/** 人员调出: the person, 选择企业 in a dialog (double-click a row), then 调出; back to the module's 人员调出 list. */
@Named
@ViewScoped
public class TransferOutBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonModules modules;
    private Module module;
    private Long id;
    private CertificateChoice certificate;
    private String search;
    private EnterpriseChoice target;
    private final PagedList<EnterpriseChoice> enterprises = new PagedList<>(
            page -> actions().searchEnterprises(search, page), EnterpriseChoice::id);

    public void load(String module) {
        this.module = Module.valueOf(module);
        certificate = id == null ? null : actions().startableOne(actions().transferOutCode(), id);
        if (certificate == null) {
            FieldMessages.error("未找到可调出的该人员（人员须为本企业有效或已过期的持证人员）");
        }
    }

    /** The dialog's double-click: the chosen enterprise fills 现聘用企业. */
    public void choose(SelectEvent<EnterpriseChoice> event) {
        this.target = event.getObject();
    }

    public void transferOut() {
        try {
            actions().transferOut(id, target == null ? null : target.id());
            Faces.getFlash().setKeepMessages(true);
            FieldMessages.info(certificate.personName() + " 已调出至 " + target.name() + "，待新企业办理人员调入");
            String view = Faces.getViewId();
            Faces.redirect(view.substring(1, view.lastIndexOf('/') + 1) + "transfer-out-list.xhtml");
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    private PersonCertificateActions<?, ?> actions() {
        return modules.actionsOf(module);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CertificateChoice getCertificate() { return certificate; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public EnterpriseChoice getTarget() { return target; }
    public PagedList<EnterpriseChoice> getEnterprises() { return enterprises; }
}
