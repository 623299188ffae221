package org.buildreg.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.buildreg.account.AccountService;
import org.buildreg.platform.Refusal;
import org.buildreg.web.auth.LiveSessionFilter;
import org.buildreg.web.auth.PasswordChangeFilter;
import org.buildreg.web.shell.FieldMessages;

/** 修改密码, also the forced change after a one-time password. */
@Named
@RequestScoped
public class PasswordChangeBean {

    @EJB
    private AccountService accounts;
    @Inject
    private FacesContext faces;

    private String oldPassword;
    private String newPassword;
    private String confirmation;

    public void change() {
        try {
            int credentialVersion = accounts.changePassword(oldPassword, newPassword, confirmation);
            HttpSession session = (HttpSession) faces.getExternalContext().getSession(true);
            PasswordChangeFilter.passwordChanged(session);
            LiveSessionFilter.loggedInWith(session, credentialVersion);
            FieldMessages.info("密码已修改，下次登录请使用新密码");
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public String getOldPassword() { return oldPassword; }
    public void setOldPassword(String oldPassword) { this.oldPassword = oldPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
