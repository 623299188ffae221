package org.buildreg.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.buildreg.auth.RequestOrigin;

/**
 * Headers every response carries (no sniffing, no framing by other sites, no plugins, no referrer leaks, HSTS over
 * TLS, nothing stored of a user's pages), and the client address the audit log records for this request. Scripts
 * are PrimeFaces' CSP ({@code primefaces.CSP}: {@code script-src 'self'} and a nonce per response, inline handlers
 * moved into nonce'd scripts), a second Content-Security-Policy header that browsers enforce together with this one.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        origin.setAddress(request.getRemoteAddr());
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers on {@code response}; downloads that reset the response (Excel, PDF) call it again. Pages of a
     * logged-in user are never stored by the browser or a proxy (they show personal data); the platform's static
     * resources may be.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
        response.setHeader("Referrer-Policy", "same-origin");
        if (PublicAddress.secure(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        boolean resource = request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
        if (!resource && (request.getUserPrincipal() != null || request.getSession(false) != null)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
