package org.buildreg.dongle.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the agent speaks: flat objects whose values are strings, booleans or arrays of strings
 * (requests: strings only). Hand-written so that the agent jar carries no JSON library for a few fields.
 */
final class Json {

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
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

    /** One object whose values are strings, booleans, null or arrays of strings (what {@link #write} writes). */
    static Map<String, Object> parse(String text) {
        Json json = new Json(text);
        Map<String, Object> fields = json.object();
        json.blank();
        if (json.at != text.length()) {
            throw json.malformed();
        }
        return fields;
    }

    /** A response body: strings, booleans and lists of strings, in the map's order. */
    static String write(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, name);
            out.append(':');
            if (value instanceof Boolean flag) {
                out.append(flag);
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    quote(out, String.valueOf(list.get(i)));
                }
                out.append(']');
            } else {
                quote(out, String.valueOf(value));
            }
        });
        return out.append('}').toString();
    }

    private Map<String, Object> object() {
        Map<String, Object> fields = new LinkedHashMap<>();
        blank();
        expect('{');
        blank();
        if (peek() == '}') {
            at++;
            return fields;
        }
        while (true) {
            blank();
            String name = string();
            blank();
            expect(':');
            blank();
            Object value = value();
            if (fields.containsKey(name)) {
                throw malformed();
            }
            fields.put(name, value);
            blank();
            char next = next();
            if (next == '}') {
                return fields;
            }
            if (next != ',') {
                throw malformed();
            }
        }
    }

    private Object value() {
        char first = peek();
        if (first == '"') {
            return string();
        }
        if (first == '[') {
            return strings();
        }
        for (Object literal : new Object[] {Boolean.TRUE, Boolean.FALSE, null}) {
            String word = String.valueOf(literal);
            if (text.startsWith(word, at)) {
                at += word.length();
                return literal;
            }
        }
        throw malformed();
    }

    private List<String> strings() {
        expect('[');
        List<String> values = new ArrayList<>();
        blank();
        if (peek() == ']') {
            at++;
            return values;
        }
        while (true) {
            blank();
            values.add(string());
            blank();
            char next = next();
            if (next == ']') {
                return values;
            }
            if (next != ',') {
                throw malformed();
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw malformed();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw malformed();
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException e) {
                        throw malformed();
                    }
                    at += 4;
                }
                default -> throw malformed();
            }
        }
    }

    private static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void blank() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw malformed();
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw malformed();
        }
    }

    private AgentException malformed() {
        return AgentException.badRequest("请求内容不是有效的 JSON 对象");
    }

}
