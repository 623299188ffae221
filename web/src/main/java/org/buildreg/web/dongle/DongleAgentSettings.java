package org.buildreg.web.dongle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Where the login page's script finds the dongle agent (加密锁驱动) on the user's machine: 127.0.0.1 and the
 * agent's port ({@code buildreg.dongle.agent}, default http://127.0.0.1:17151, the agent's default).
 */
@Named("dongleAgent")
@ApplicationScoped
public class DongleAgentSettings {

    public static final String DEFAULT_URL = "http://127.0.0.1:17151";

    public String getUrl() {
        return System.getProperty("buildreg.dongle.agent", DEFAULT_URL);
    }
}
