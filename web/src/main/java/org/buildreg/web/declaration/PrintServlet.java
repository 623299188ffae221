package org.buildreg.web.declaration;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.buildreg.auth.AccessDenied;
import org.buildreg.declaration.DeclarationPrinting;
import org.buildreg.declaration.PrintedForm;

/**
 * 打印: /declaration/print?id=… answers the declaration's 申请表 as PDF, for whoever may read it (the EJB checks).
 * The QR code on it points to this server's public /verify page.
 */
@WebServlet("/declaration/print")
public class PrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeclarationPrinting printing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id;
        try {
            id = Long.valueOf(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = request.getRequestURL().toString();
        String verify = base.substring(0, base.length() - request.getServletPath().length()) + "/verify?no=";
        PrintedForm form;
        try {
            form = printing.print(id, verify);
        } catch (AccessDenied e) {
            // Refused and audited by the EJB; an exception error page would answer 500, a guessed id is a 403.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(form.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(form.pdf().length);
        response.getOutputStream().write(form.pdf());
    }
}
