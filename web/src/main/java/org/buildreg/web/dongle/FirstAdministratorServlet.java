package org.buildreg.web.dongle;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.buildreg.dongle.BindingForm;
import org.buildreg.dongle.FirstAdministratorDongle;
import org.buildreg.platform.Refusal;

/**
 * POST /dongle/first-admin: the first administrator's dongle, for {@code domain.sh enrol-admin} on the server (see
 * {@link FirstAdministratorDongle}). Form fields: the binding form's, and {@code csr}. Answers the certificate chain
 * (PEM) or 403 with the reason, in plain text for the command to print. A request a proxy passed on is refused
 * here: its loopback address would be the proxy's.
 */
@WebServlet("/dongle/first-admin")
public class FirstAdministratorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private FirstAdministratorDongle firstAdministrator;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
            answer(response, 403, "首个管理员的加密锁只能在平台服务器本机登记");
            return;
        }
        BindingForm form = new BindingForm();
        form.setUsername(request.getParameter("username"));
        form.setPassword(request.getParameter("password"));
        form.setHolderName(request.getParameter("holderName"));
        form.setHolderIdNumber(request.getParameter("holderIdNumber"));
        form.setHolderPhone(request.getParameter("holderPhone"));
        try {
            answer(response, 200, firstAdministrator.enrol(form, request.getParameter("csr")));
        } catch (Refusal refusal) {
            answer(response, 403, String.join("\n", refusal.messages().values()));
        }
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
