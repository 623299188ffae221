package org.buildreg.web.constructor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.constructor.ConstructorActions;
import org.buildreg.constructor.EnterpriseChoice;
import org.buildreg.constructor.RegistrationChoice;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;
import org.buildreg.web.shell.PagedList;
import org.omnifaces.util.Faces;
import org.primefaces.event.SelectEvent;

/** 人员调出: the person, 选择企业 in a dialog (double-click a row), then 调出. */
@Named
@ViewScoped
public class TransferOutBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConstructorActions actions;
    private Long id;
    private RegistrationChoice registration;
    private String search;
    private EnterpriseChoice target;
    private final PagedList<EnterpriseChoice> enterprises = new PagedList<>(
            page -> actions.searchEnterprises(search, page), EnterpriseChoice::id);

    public void load() {
        registration = id == null ? null : actions.startableOne(ConstructorActions.TRANSFER_OUT, id);
        if (registration == null) {
            FieldMessages.error("未找到可调出的该人员（人员须为本企业有效或已过期的注册人员）");
        }
    }

    /** The dialog's double-click: the chosen enterprise fills 现聘用企业. */
    public void choose(SelectEvent<EnterpriseChoice> event) {
        this.target = event.getObject();
    }

    public void transferOut() {
        try {
            actions.transferOut(id, target == null ? null : target.id());
            Faces.getFlash().setKeepMessages(true);
            FieldMessages.info(registration.personName() + " 已调出至 " + target.name() + "，待新企业办理人员调入");
            Faces.redirect("constructor/transfer-out-list.xhtml");
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RegistrationChoice getRegistration() { return registration; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public EnterpriseChoice getTarget() { return target; }
    public PagedList<EnterpriseChoice> getEnterprises() { return enterprises; }
}
