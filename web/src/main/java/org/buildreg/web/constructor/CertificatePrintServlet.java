package org.buildreg.web.constructor;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.buildreg.auth.AccessDenied;
import org.buildreg.constructor.ConstructorCertificatePrinting;
import org.buildreg.declaration.PrintedForm;

/**
 * 打印证书: /constructor/certificate/print?id=… answers a 二级建造师注册证书 as a signed PDF, for the enterprise that
 * holds the registration (the EJB checks). The QR code on it points to this server's public /verify page.
 */
@WebServlet("/constructor/certificate/print")
public class CertificatePrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConstructorCertificatePrinting printing;

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
