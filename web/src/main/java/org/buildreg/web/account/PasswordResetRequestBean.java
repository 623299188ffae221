package org.buildreg.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.account.PasswordResetForm;
import org.buildreg.account.PasswordResets;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;

/** 找回账号/重置密码 申请, from the login page. */
@Named
@ViewScoped
public class PasswordResetRequestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PasswordResets resets;
    private final PasswordResetForm form = new PasswordResetForm();
    private Long submittedId;

    public void submit() {
        try {
            submittedId = resets.submit(form).getId();
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public PasswordResetForm getForm() { return form; }
    public Long getSubmittedId() { return submittedId; }
    public boolean isSubmitted() { return submittedId != null; }
}
