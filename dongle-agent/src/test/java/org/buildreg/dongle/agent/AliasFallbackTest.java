package org.buildreg.dongle.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The alias the platform sends (the login name) is a hint: a token with one key answers with it whatever the
 * hint; a token with several answers only for an alias it has.
 */
class AliasFallbackTest {

    @Test
    void theOnlyKeyIsUsedWhateverTheHintButSeveralKeysNeedTheRightAlias() throws Exception {
        try (DongleAgent agent = DongleAgent.start(SoftHsm.options(SoftHsm.SOLO))) {
            AgentClient page = new AgentClient(agent, SoftHsm.ORIGIN);
            HttpResponse<String> empty = page.post("/certificate", "pin", SoftHsm.PIN, "alias", "wangwu");
            assertEquals(404, empty.statusCode());
            assertEquals(Map.of("code", "NO_CERTIFICATE", "error", "加密锁中没有该账号的证书"), AgentClient.json(empty));

            enrol(page, "wangwu");
            assertEquals("wangwu", aliasFor(page.post("/certificate", "pin", SoftHsm.PIN, "alias", "someone-else")));
            assertEquals("wangwu", aliasFor(page.post("/sign", "pin", SoftHsm.PIN, "nonce", "n-1")));
            assertEquals("wangwu", aliasFor(page.post("/sign", "pin", SoftHsm.PIN, "alias", "zhaoliu", "nonce", "n-2")));

            enrol(page, "zhaoliu");
            assertEquals("zhaoliu", aliasFor(page.post("/sign", "pin", SoftHsm.PIN, "alias", "zhaoliu", "nonce", "n")));
            assertEquals("wangwu", aliasFor(page.post("/certificate", "pin", SoftHsm.PIN, "alias", "wangwu")));
            for (String path : new String[] {"/certificate", "/sign"}) {
                HttpResponse<String> unknown = page.post(path, "pin", SoftHsm.PIN, "alias", "someone-else", "nonce", "n");
                assertEquals(404, unknown.statusCode(), path);
                assertEquals("NO_CERTIFICATE", AgentClient.json(unknown).get("code"));
                HttpResponse<String> none = page.post(path, "pin", SoftHsm.PIN, "nonce", "n");
                assertEquals(404, none.statusCode(), path);
            }
        }
    }

    private static void enrol(AgentClient page, String alias) throws Exception {
        HttpResponse<String> response = page.post("/enrol", "pin", SoftHsm.PIN, "alias", alias,
                "subject", "CN=" + alias + ",O=某公司,C=CN");
        assertEquals(200, response.statusCode(), response.body());
    }

    private static String aliasFor(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return (String) AgentClient.json(response).get("alias");
    }
}
