package org.buildreg.web.shell;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Behind a TLS proxy ({@code -Dbuildreg.tls-proxy=true}) the session cookie is Secure, whatever the proxy forwards. */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (Boolean.getBoolean("buildreg.tls-proxy")) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
