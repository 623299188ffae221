package org.buildreg.dongle.agent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A page's view of the agent: JSON requests with an explicit Origin header (not restricted in HttpClient). */
final class AgentClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final URI base;
    private final String origin;

    AgentClient(DongleAgent agent, String origin) {
        this.base = agent.url();
        this.origin = origin;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String... fields) throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            body.put(fields[i], fields[i + 1]);
        }
        return postRaw(path, Json.write(body));
    }

    HttpResponse<String> postRaw(String path, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> preflight(String path, boolean privateNetwork) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type");
        if (privateNetwork) {
            request.header("Access-Control-Request-Private-Network", "true");
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The response body read back with the agent's own JSON reader. */
    static Map<String, Object> json(HttpResponse<String> response) {
        return Json.parse(response.body());
    }
}
