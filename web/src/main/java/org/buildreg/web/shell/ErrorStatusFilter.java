package org.buildreg.web.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An object the caller may not touch (AccessDenied, thrown by a service) reaches the 无权访问 page through web.xml's
 * exception mapping, which the container answers with 500: the page answers 403, as the refusal is.
 */
@WebFilter(urlPatterns = "/error/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ErrorStatusFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        chain.doFilter(request, response);
    }
}
