package org.buildreg.web.dongle;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.buildreg.dongle.DongleProof;
import org.buildreg.dongle.LoginNonces;
import org.buildreg.platform.Throttles;
import org.buildreg.web.shell.PublicAddress;

/**
 * POST /dongle/nonce: a fresh nonce for this browser to have its dongle sign (登录, 绑定加密锁). The browser keeps
 * only the latest one, in a short-lived HttpOnly cookie (no session: anyone may ask for nonces, and the server must
 * keep nothing per asker but the database row); whether it was used already is the database's to say (so a
 * replayed form is told so). Throttled per source address.
 */
@WebServlet("/dongle/nonce")
public class LoginNonceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String COOKIE = "BR_NONCE";

    @EJB
    private LoginNonces nonces;
    @EJB
    private Throttles throttles;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!throttles.nonceFromAddress(request.getRemoteAddr())) {
            response.sendError(429);
            return;
        }
        String nonce = nonces.issue();
        Cookie cookie = new Cookie(COOKIE, nonce);
        cookie.setHttpOnly(true);
        cookie.setSecure(PublicAddress.secure(request));
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) LoginNonces.VALIDITY.toSeconds() + 60);
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
        byte[] body = ("{\"nonce\":\"" + nonce + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The proof of this request: the browser's latest nonce and the signature. */
    public static DongleProof take(HttpServletRequest request, String signatureBase64) {
        String nonce = null;
        for (Cookie cookie : request.getCookies() == null ? new Cookie[0] : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                nonce = cookie.getValue();
            }
        }
        byte[] signature;
        try {
            signature = signatureBase64 == null ? null : java.util.Base64.getDecoder().decode(signatureBase64.strip());
        } catch (IllegalArgumentException e) {
            signature = new byte[] {0};
        }
        return new DongleProof(nonce, signature);
    }
}
