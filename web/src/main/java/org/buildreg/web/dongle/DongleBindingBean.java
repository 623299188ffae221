package org.buildreg.web.dongle;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.buildreg.dongle.BindingForm;
import org.buildreg.dongle.BindingResult;
import org.buildreg.dongle.DongleBindings;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;

/** 绑定加密锁 (加密锁初始化设置), before login: the account, the holder, and the dongle's signature. */
@Named
@ViewScoped
public class DongleBindingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DongleBindings bindings;
    private final BindingForm form = new BindingForm();
    private String signature;
    private boolean bound;

    public void bind() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            BindingResult result = bindings.bind(form, LoginNonceServlet.take(
                    (HttpServletRequest) faces.getExternalContext().getRequest(), signature));
            bound = result.bound();
            faces.addMessage(null, new FacesMessage(bound ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                    result.message(), null));
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        } finally {
            form.setPassword(null);
            signature = null;
        }
    }

    public BindingForm getForm() { return form; }
    public String getSignature() { return signature; }
    public void setSignature(String signature) { this.signature = signature; }
    public boolean isBound() { return bound; }
}
