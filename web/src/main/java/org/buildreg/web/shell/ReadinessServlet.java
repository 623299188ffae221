package org.buildreg.web.shell;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.buildreg.platform.PlatformStatus;

/** {@code /ready}: 200 once the platform can serve users, 503 while it is still starting. For scripts. */
@WebServlet("/ready")
public class ReadinessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlatformStatus status;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ready = status.isReady();
        response.setStatus(ready ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(ready ? "ready" : "starting");
    }
}
