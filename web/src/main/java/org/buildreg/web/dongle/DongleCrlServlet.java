package org.buildreg.web.dongle;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.buildreg.dongle.DongleCertificates;

/** Public: /dongle/crl (the CRL, DER) and /dongle/ca.pem (the CA certificate), for whoever checks a dongle. */
@WebServlet({"/dongle/crl", "/dongle/ca.pem"})
public class DongleCrlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DongleCertificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        if (request.getServletPath().endsWith("crl")) {
            body = certificates.crl();
            response.setContentType("application/pkix-crl");
        } else {
            body = certificates.caCertificate().getBytes(StandardCharsets.US_ASCII);
            response.setContentType("application/x-pem-file");
        }
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
