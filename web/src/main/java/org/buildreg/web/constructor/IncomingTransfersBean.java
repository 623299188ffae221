package org.buildreg.web.constructor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.constructor.ConstructorActions;
import org.buildreg.constructor.RegistrationChoice;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;
import org.buildreg.web.shell.PagedList;

/** 人员调入: persons 调出 to this enterprise; 调入 opens the transfer-in form, 退回 sends the person back. */
@Named
@ViewScoped
public class IncomingTransfersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConstructorActions actions;
    private final PagedList<RegistrationChoice> list = new PagedList<>(actions0 -> actions.incoming(actions0),
            RegistrationChoice::id);

    public void returnTransfer(RegistrationChoice row) {
        try {
            actions.returnTransfer(row.id());
            FieldMessages.info(row.personName() + " 已退回原企业");
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    public PagedList<RegistrationChoice> getList() { return list; }
}
