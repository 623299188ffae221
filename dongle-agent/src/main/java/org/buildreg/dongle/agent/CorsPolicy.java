package org.buildreg.dongle.agent;

import com.sun.net.httpserver.Headers;
import java.util.Set;

/**
 * Which pages may talk to the agent: only the configured platform origins. Any web page the user has open can
 * send requests to 127.0.0.1, so a request from another origin is refused outright (not merely left without
 * CORS headers), and so is one without an Origin, except the harmless {@code GET /status}.
 */
final class CorsPolicy {

    private static final String MAX_AGE_SECONDS = "600";
    private final Set<String> origins;

    CorsPolicy(Set<String> origins) {
        this.origins = origins;
    }

    boolean allows(String origin) {
        return origin != null && origins.contains(origin);
    }

    /** Headers for any answer to an allowed origin. */
    void allow(String origin, Headers response) {
        response.set("Access-Control-Allow-Origin", origin);
        response.add("Vary", "Origin");
    }

    /**
     * Headers for a preflight from an allowed origin. Chrome's Private Network Access asks before a public page
     * reaches a loopback address; the answer is yes only because the origin is one of ours.
     */
    void preflight(String origin, Headers request, Headers response) {
        allow(origin, response);
        response.set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        response.set("Access-Control-Allow-Headers", "Content-Type");
        response.set("Access-Control-Max-Age", MAX_AGE_SECONDS);
        if ("true".equalsIgnoreCase(request.getFirst("Access-Control-Request-Private-Network"))) {
            response.set("Access-Control-Allow-Private-Network", "true");
        }
    }
}
