package org.buildreg.web.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.buildreg.dongle.DongleProof;
import org.buildreg.web.dongle.LoginNonceServlet;

/** 登录: hands the name, password and dongle signature to Jakarta Security and shows why a login was refused. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext security;
    @Inject
    private LoginAttempt attempt;
    @Inject
    private FacesContext faces;

    private String username;
    private String password;
    /** The dongle's CMS signature (base64) over the nonce, put there by the page's script (dongle.js). */
    private String signature;

    public void login() throws IOException, jakarta.servlet.ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // The proof names the nonce this session was given: read it before a logged-in user's session is dropped.
        DongleProof proof = LoginNonceServlet.take(request, signature);
        if (request.getUserPrincipal() != null) {
            request.logout();
            request.getSession().invalidate();
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new DongleCredential(username == null ? "" : username.trim(),
                                password == null ? "" : password, proof)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                request.changeSessionId();
                AnonymousSessions.loggedIn(request.getSession());
                boolean mustChange = attempt.result() != null && attempt.result().mustChangePassword();
                request.getSession().setAttribute(PasswordChangeFilter.MUST_CHANGE, mustChange);
                if (attempt.result() != null) {
                    LiveSessionFilter.loggedInWith(request.getSession(), attempt.result().credentialVersion());
                }
                external.redirect(external.getRequestContextPath()
                        + (mustChange ? "/account/password.xhtml" : "/home.xhtml"));
            }
            default -> {
                String reason = attempt.result() == null ? "用户名或密码错误" : attempt.result().message();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, reason, null));
            }
        }
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getSignature() { return signature; }
    public void setSignature(String signature) { this.signature = signature; }
}
