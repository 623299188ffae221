package org.buildreg.dongle.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only the platform's pages may use the agent, and only from this machine. */
class CorsTest {

    private static final Map<String, String> FORBIDDEN =
            Map.of("code", "FORBIDDEN_ORIGIN", "error", "加密锁驱动只响应本平台页面");
    private static DongleAgent agent;

    @BeforeAll
    static void start() {
        SoftHsm.tokens();
        agent = DongleAgent.start(new AgentOptions(AgentOptions.defaultLibrary(), SoftHsm.MAIN,
                Set.of(SoftHsm.ORIGIN, "HTTP://LOCALHOST:18080/"), 0));
    }

    @AfterAll
    static void stop() {
        agent.close();
    }

    @Test
    void theServerListensOn127001Only() throws Exception {
        assertEquals(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), agent.address().getAddress());
        assertEquals("http://127.0.0.1:" + agent.port(), agent.url().toString());
    }

    @Test
    void anAllowedOriginGetsItsOwnOriginBack() throws Exception {
        HttpResponse<String> response = new AgentClient(agent, SoftHsm.ORIGIN).get("/status");
        assertEquals(200, response.statusCode());
        assertEquals(Optional.of(SoftHsm.ORIGIN), response.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.of("Origin"), response.headers().firstValue("Vary"));
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        Map<String, Object> status = AgentClient.json(response);
        assertEquals("BuildReg 加密锁驱动", status.get("agent"));
        assertEquals(System.getProperty("project.version"), status.get("version"));
        assertEquals(SoftHsm.MAIN, status.get("token"));
        assertEquals(true, status.get("present"));
        // A configured origin is compared in browser form: lower case, no default port, no slash.
        HttpResponse<String> local = new AgentClient(agent, "http://localhost:18080").get("/status");
        assertEquals(Optional.of("http://localhost:18080"), local.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void aForeignOriginIsRefusedWithoutCorsHeaders() throws Exception {
        for (String origin : new String[] {"https://evil.example", "https://jzy.nmg.example:8443", "http://jzy.nmg.example",
                "null"}) {
            AgentClient page = new AgentClient(agent, origin);
            for (HttpResponse<String> response : new HttpResponse[] {page.get("/status"),
                    page.post("/sign", "pin", SoftHsm.PIN, "nonce", "abc"), page.preflight("/sign", true)}) {
                assertEquals(403, response.statusCode(), origin);
                assertEquals(FORBIDDEN, AgentClient.json(response));
                assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), origin);
                assertTrue(response.headers().firstValue("Access-Control-Allow-Private-Network").isEmpty(), origin);
            }
        }
    }

    @Test
    void withoutAnOriginOnlyStatusAnswers() throws Exception {
        AgentClient script = new AgentClient(agent, null);
        HttpResponse<String> status = script.get("/status");
        assertEquals(200, status.statusCode());
        assertTrue(status.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        for (String path : new String[] {"/sign", "/certificate", "/enrol", "/store"}) {
            HttpResponse<String> response = script.post(path, "pin", SoftHsm.PIN, "nonce", "abc", "alias", "x");
            assertEquals(403, response.statusCode(), path);
            assertEquals(FORBIDDEN, AgentClient.json(response));
        }
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() throws Exception {
        HttpResponse<String> response = new AgentClient(agent, SoftHsm.ORIGIN).preflight("/sign", true);
        assertEquals(204, response.statusCode());
        assertEquals(Optional.of(SoftHsm.ORIGIN), response.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.of("GET, POST, OPTIONS"), response.headers().firstValue("Access-Control-Allow-Methods"));
        assertEquals(Optional.of("Content-Type"), response.headers().firstValue("Access-Control-Allow-Headers"));
        assertTrue(response.headers().firstValue("Access-Control-Max-Age").isPresent());
        assertEquals(Optional.of("true"), response.headers().firstValue("Access-Control-Allow-Private-Network"));
        assertEquals(Optional.of("Origin"), response.headers().firstValue("Vary"));

        HttpResponse<String> publicNetwork = new AgentClient(agent, SoftHsm.ORIGIN).preflight("/sign", false);
        assertEquals(204, publicNetwork.statusCode());
        assertFalse(publicNetwork.headers().firstValue("Access-Control-Allow-Private-Network").isPresent());
    }

    @Test
    void aWrongMethodIsRefused() throws Exception {
        HttpResponse<String> response = new AgentClient(agent, SoftHsm.ORIGIN).get("/sign");
        assertEquals(405, response.statusCode());
        assertEquals(Optional.of(SoftHsm.ORIGIN), response.headers().firstValue("Access-Control-Allow-Origin"));
    }
}
