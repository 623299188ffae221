package org.buildreg.web.shell;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.buildreg.auth.AccessDenied;
import org.buildreg.declaration.PrintedForm;

/**
 * A printed PDF by id (?id=…): the subclass asks its EJB, which checks that the caller may read it. Answers 404 for
 * an id that is no number and 403 for one the caller may not print (refused and audited by the EJB: the exception
 * error page would answer 500). The QR code on the PDF points to this server's public /verify page.
 */
public abstract class PdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The PDF of {@code id}; {@code verifyUrl} ends with "?no=" for the number the QR code carries. */
    protected abstract PrintedForm print(HttpServletRequest request, Long id, String verifyUrl);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id;
        try {
            id = Long.valueOf(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String verify = PublicAddress.verifyPrefix();
        PrintedForm form;
        try {
            form = print(request, id, verify);
        } catch (AccessDenied e) {
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
