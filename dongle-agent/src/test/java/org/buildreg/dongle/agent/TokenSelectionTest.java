package org.buildreg.dongle.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sun.security.pkcs11.wrapper.CK_C_INITIALIZE_ARGS;
import sun.security.pkcs11.wrapper.PKCS11;
import sun.security.pkcs11.wrapper.PKCS11Constants;
import sun.security.pkcs11.wrapper.PKCS11Exception;

/** The token is the one with the configured label, wherever its slot is; no such token → 503. */
class TokenSelectionTest {

    @Test
    void eachAgentUsesTheTokenWithItsLabelEvenWhenItIsNotTheFirstSlot() throws Exception {
        SoftHsm.tokens();
        List<String> labels = slotLabels();
        int left = labels.indexOf(SoftHsm.LEFT);
        int right = labels.indexOf(SoftHsm.RIGHT);
        assertTrue(left >= 0 && right >= 0, labels.toString());
        assertNotEquals(left, right);
        assertTrue(Math.max(left, right) > 0, "one of the two is not the first slot: " + labels);

        enrol(SoftHsm.LEFT, "left-key");
        enrol(SoftHsm.RIGHT, "right-key");
        // Each token now holds one key; asked for the other token's alias, each answers with its own.
        assertEquals("left-key", certificateAlias(SoftHsm.LEFT, "right-key"));
        assertEquals("right-key", certificateAlias(SoftHsm.RIGHT, "left-key"));
    }

    @Test
    void anAbsentTokenIsReportedAsAbsent() throws Exception {
        try (DongleAgent agent = DongleAgent.start(SoftHsm.options("not-plugged-in"))) {
            AgentClient page = new AgentClient(agent, SoftHsm.ORIGIN);
            HttpResponse<String> status = page.get("/status");
            assertEquals(200, status.statusCode());
            assertEquals(false, AgentClient.json(status).get("present"));
            assertEquals("not-plugged-in", AgentClient.json(status).get("token"));
            for (String path : new String[] {"/certificate", "/sign", "/enrol", "/store"}) {
                HttpResponse<String> response = page.post(path, "pin", SoftHsm.PIN, "alias", "x", "nonce", "abc",
                        "subject", "CN=x", "certificate", "x");
                assertEquals(503, response.statusCode(), path);
                assertEquals(Map.of("code", "TOKEN_ABSENT", "error", "未检测到加密锁，请插入加密锁"),
                        AgentClient.json(response));
            }
        }
    }

    private static void enrol(String label, String alias) throws Exception {
        try (DongleAgent agent = DongleAgent.start(SoftHsm.options(label))) {
            HttpResponse<String> response = new AgentClient(agent, SoftHsm.ORIGIN).post("/enrol", "pin", SoftHsm.PIN,
                    "alias", alias, "subject", "CN=" + alias + ",C=CN");
            assertEquals(200, response.statusCode(), response.body());
        }
    }

    private static String certificateAlias(String label, String hint) throws Exception {
        try (DongleAgent agent = DongleAgent.start(SoftHsm.options(label))) {
            HttpResponse<String> response = new AgentClient(agent, SoftHsm.ORIGIN).post("/certificate",
                    "pin", SoftHsm.PIN, "alias", hint);
            assertEquals(200, response.statusCode(), response.body());
            return (String) AgentClient.json(response).get("alias");
        }
    }

    /** The token labels in C_GetSlotList(false) order, the list SunPKCS11's slotListIndex indexes. */
    private static List<String> slotLabels() throws Exception {
        CK_C_INITIALIZE_ARGS args = new CK_C_INITIALIZE_ARGS();
        args.flags = PKCS11Constants.CKF_OS_LOCKING_OK;
        PKCS11 p11 = PKCS11.getInstance(AgentOptions.defaultLibrary().toString(), "C_GetFunctionList", args, false);
        List<String> labels = new ArrayList<>();
        for (long slot : p11.C_GetSlotList(false)) {
            try {
                labels.add(new String(p11.C_GetTokenInfo(slot).label).trim());
            } catch (PKCS11Exception e) {
                labels.add("");
            }
        }
        return labels;
    }
}
