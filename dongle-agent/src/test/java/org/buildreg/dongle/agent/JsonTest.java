package org.buildreg.dongle.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesAndReadsBackStringsBooleansAndLists() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", "张三 \"引号\" \\ 换行\n制表\t\u0001");
        fields.put("flag", true);
        fields.put("list", List.of("a", "乙"));
        fields.put("empty", List.of());
        String json = Json.write(fields);
        assertEquals("{\"text\":\"张三 \\\"引号\\\" \\\\ 换行\\n制表\\t\\u0001\",\"flag\":true,\"list\":[\"a\",\"乙\"],"
                + "\"empty\":[]}", json);
        assertEquals(fields, Json.parse(json));
    }

    @Test
    void requestsHaveStringValuesOnly() {
        assertEquals(Map.of("pin", "1234", "alias", "张三"),
                Json.parseRequest(" { \"pin\" : \"1234\", \"alias\":\"\\u5f20\\u4e09\", \"nonce\": null } "));
        for (String bad : new String[] {"", "[]", "{", "{\"pin\":1234}", "{\"pin\":\"1\",}", "{\"pin\":\"1\"} x",
                "{\"pin\":\"1\",\"pin\":\"2\"}", "{\"pin\":true}", "{pin:\"1\"}", "{\"a\":\"\\x\"}"}) {
            AgentException e = assertThrows(AgentException.class, () -> Json.parseRequest(bad), bad);
            assertEquals(400, e.status());
            assertEquals("BAD_REQUEST", e.code());
        }
    }
}
