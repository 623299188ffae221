package org.buildreg.web.dongle;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.buildreg.dongle.DongleProof;
import org.buildreg.dongle.LoginNonces;

/**
 * POST /dongle/nonce: a fresh nonce for this browser session to have its dongle sign (登录, 绑定加密锁). The session
 * keeps only the latest one; whether it was used already is the database's to say (so a replayed form is told
 * so).
 */
@WebServlet("/dongle/nonce")
public class LoginNonceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SESSION_KEY = LoginNonceServlet.class.getName() + ".nonce";

    @EJB
    private LoginNonces nonces;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String nonce = nonces.issue();
        request.getSession(true).setAttribute(SESSION_KEY, nonce);
        byte[] body = ("{\"nonce\":\"" + nonce + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The proof of this request: the session's latest nonce and the signature. */
    public static DongleProof take(HttpServletRequest request, String signatureBase64) {
        HttpSession session = request.getSession(false);
        String nonce = session == null ? null : (String) session.getAttribute(SESSION_KEY);
        byte[] signature;
        try {
            signature = signatureBase64 == null ? null : java.util.Base64.getDecoder().decode(signatureBase64.strip());
        } catch (IllegalArgumentException e) {
            signature = new byte[] {0};
        }
        return new DongleProof(nonce, signature);
    }
}
