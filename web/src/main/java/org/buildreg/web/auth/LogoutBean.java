package org.buildreg.web.auth;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;

/** 退出: ends the session and returns to the login page. */
@Named
@RequestScoped
public class LogoutBean {

    @Inject
    private FacesContext faces;
    @EJB
    private AuditLog audit;

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            String name = request.getUserPrincipal().getName();
            audit.record(name, AuditAction.LOGOUT, name, null);
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
