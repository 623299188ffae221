package org.buildreg.dongle.agent;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.parsson.JsonProviderImpl;

/**
 * The little JSON the agent speaks: flat objects whose values are strings, booleans or arrays of strings
 * (requests: strings only), tokenized and written by Eclipse Parsson (JSON-P), a maintained parser, with duplicate
 * names refused and nesting limited; the request body's size is capped before it gets here.
 */
final class Json {

    /** Parsson itself, not whatever the service loader finds: the agent is one jar with its own classes. */
    private static final JsonProvider PROVIDER = new JsonProviderImpl();
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(
            Map.of("org.eclipse.parsson.maxDepth", 4));

    private Json() {
    }

    /** A request body: one object whose values are strings (null is read as absent). */
    static Map<String, String> parseRequest(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        parse(text).forEach((name, value) -> {
            if (value != null && !(value instanceof String)) {
                throw AgentException.badRequest("字段 " + name + " 须为字符串");
            }
            if (value != null) {
                fields.put(name, (String) value);
            }
        });
        return Collections.unmodifiableMap(fields);
    }

    /**
     * One object whose values are strings, booleans, null or arrays of strings (what {@link #write} writes): Parsson's
     * tokens, read into that shape; a name twice, another shape or anything after the object is refused.
     */
    static Map<String, Object> parse(String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            expect(parser, JsonParser.Event.START_OBJECT);
            for (JsonParser.Event event = next(parser); event != JsonParser.Event.END_OBJECT; event = next(parser)) {
                if (event != JsonParser.Event.KEY_NAME) {
                    throw malformed();
                }
                String name = parser.getString();
                if (fields.containsKey(name)) {
                    throw malformed();
                }
                fields.put(name, value(parser, next(parser)));
            }
            if (parser.hasNext()) {
                throw malformed();
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw malformed();
        }
        return fields;
    }

    private static Object value(JsonParser parser, JsonParser.Event event) {
        switch (event) {
            case VALUE_STRING:
                return parser.getString();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case START_ARRAY:
                List<String> strings = new ArrayList<>();
                for (JsonParser.Event item = next(parser); item != JsonParser.Event.END_ARRAY; item = next(parser)) {
                    if (item != JsonParser.Event.VALUE_STRING) {
                        throw malformed();
                    }
                    strings.add(parser.getString());
                }
                return strings;
            default:
                throw malformed();
        }
    }

    private static JsonParser.Event next(JsonParser parser) {
        if (!parser.hasNext()) {
            throw malformed();
        }
        return parser.next();
    }

    private static void expect(JsonParser parser, JsonParser.Event wanted) {
        if (next(parser) != wanted) {
            throw malformed();
        }
    }

    /** A response body: strings, booleans and lists of strings, in the map's order. */
    static String write(Map<String, ?> fields) {
        JsonObjectBuilder out = PROVIDER.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value instanceof Boolean flag) {
                out.add(name, flag);
            } else if (value instanceof List<?> list) {
                JsonArrayBuilder array = PROVIDER.createArrayBuilder();
                list.forEach(item -> array.add(String.valueOf(item)));
                out.add(name, array);
            } else if (value == null) {
                out.addNull(name);
            } else {
                out.add(name, value.toString());
            }
        });
        return out.build().toString();
    }

    private static AgentException malformed() {
        return AgentException.badRequest("请求内容不是有效的 JSON 对象");
    }
}
