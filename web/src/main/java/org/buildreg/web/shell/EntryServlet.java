package org.buildreg.web.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The platform's front door, {@code /} (and the old {@code /index.xhtml}): a visitor goes to 登录, a logged-in user
 * to 个人中心. A plain redirect: no view, no session for a visitor.
 */
@WebServlet(urlPatterns = {"", "/index.xhtml"})
public class EntryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getUserPrincipal() == null ? "/login.xhtml" : "/home.xhtml";
        response.sendRedirect(request.getContextPath() + target);
    }
}
