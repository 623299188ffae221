package org.buildreg.web.auth;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.buildreg.auth.AccessDenied;
import org.buildreg.auth.Callers;
import org.buildreg.auth.LoginSession;
import org.omnifaces.util.Servlets;

/**
 * Every request of a logged-in user asks {@link Callers} whether the login still holds (the rule lives there): a
 * session whose account was locked, disabled, unbound from its dongle or given a new password since it logged in is
 * ended here, pages and ajax requests and printed PDFs alike, and the user lands on the login page that says so.
 */
@WebFilter(urlPatterns = "/*")
public class LiveSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CREDENTIAL_VERSION = "buildreg.credentialVersion";

    @EJB
    private Callers callers;
    @Inject
    private LoginSession loginSession;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null
                && !request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            HttpSession session = request.getSession(false);
            Object version = session == null ? null : session.getAttribute(CREDENTIAL_VERSION);
            loginSession.setCredentialVersion(version instanceof Integer v ? v : null);
            try {
                callers.current();
            } catch (AccessDenied ended) {
                if (session != null) {
                    session.invalidate();
                }
                request.logout();
                Servlets.facesRedirect(request, response, request.getContextPath() + "/login.xhtml?ended=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The credential version the session logged in with (or changed its password to). */
    public static void loggedInWith(HttpSession session, int credentialVersion) {
        session.setAttribute(CREDENTIAL_VERSION, credentialVersion);
    }
}
