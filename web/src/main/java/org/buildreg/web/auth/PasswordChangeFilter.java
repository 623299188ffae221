package org.buildreg.web.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Someone who logged in with a one-time password sees nothing but the password change until it is done: no page, no
 * printed PDF, no attachment (the platform's scripts and styles, the error pages and 退出 excepted).
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String MUST_CHANGE = "buildreg.mustChangePassword";
    private static final String CHANGE_PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getServletPath();
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE))
                && !CHANGE_PAGE.equals(path) && !path.startsWith("/error/") && !"/logout.xhtml".equals(path)
                && !request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Called once the new password is saved. */
    public static void passwordChanged(HttpSession session) {
        session.removeAttribute(MUST_CHANGE);
    }
}
