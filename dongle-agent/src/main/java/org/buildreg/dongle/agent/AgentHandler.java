package org.buildreg.dongle.agent;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.AuthProvider;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.bouncycastle.asn1.x500.X500Name;
import sun.security.pkcs11.wrapper.PKCS11Exception;

/**
 * The agent's HTTP API: origin check first, then the endpoint. Every token operation runs under one lock (logins
 * are rare and SunPKCS11's login state is per token, not per request). Failures reach the page as a code and a
 * Chinese message; the details go to stderr only, and the PIN goes nowhere.
 */
final class AgentHandler implements HttpHandler {

    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final long CKR_PIN_INCORRECT = 0xA0L;
    private static final long CKR_PIN_LEN_RANGE = 0xA2L;

    private final CorsPolicy cors;
    private final LabelledToken token;
    private final String version;
    private final ReentrantLock tokenLock = new ReentrantLock();

    AgentHandler(CorsPolicy cors, LabelledToken token, String version) {
        this.cors = cors;
        this.token = token;
        this.version = version;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            boolean anonymousStatus = origin == null && method.equals("GET") && path.equals("/status");
            if (!anonymousStatus && !cors.allows(origin)) {
                send(exchange, AgentException.forbiddenOrigin());
                return;
            }
            if (origin != null) {
                if (method.equals("OPTIONS")) {
                    cors.preflight(origin, exchange.getRequestHeaders(), exchange.getResponseHeaders());
                    exchange.sendResponseHeaders(204, -1);
                    return;
                }
                cors.allow(origin, exchange.getResponseHeaders());
            }
            try {
                send(exchange, 200, route(exchange, method, path));
            } catch (AgentException e) {
                send(exchange, e);
            } catch (Exception e) {
                send(exchange, failure(e));
            }
        }
    }

    private Map<String, ?> route(HttpExchange exchange, String method, String path) throws Exception {
        boolean post = method.equals("POST");
        switch (path) {
            case "/status" -> {
                requireMethod(exchange, method.equals("GET"), "GET");
                return status();
            }
            case "/certificate" -> {
                requireMethod(exchange, post, "POST");
                return certificate(body(exchange));
            }
            case "/sign" -> {
                requireMethod(exchange, post, "POST");
                return sign(body(exchange));
            }
            case "/enrol" -> {
                requireMethod(exchange, post, "POST");
                return enrol(body(exchange));
            }
            case "/store" -> {
                requireMethod(exchange, post, "POST");
                return store(body(exchange));
            }
            default -> throw new AgentException(404, "NOT_FOUND", "加密锁驱动没有这个接口：" + path);
        }
    }

    private Map<String, ?> status() throws Exception {
        boolean present;
        tokenLock.lock();
        try {
            present = token.present();
        } finally {
            tokenLock.unlock();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("agent", "BuildReg 加密锁驱动");
        out.put("version", version);
        out.put("token", token.label());
        out.put("present", present);
        return out;
    }

    private Map<String, ?> certificate(Map<String, String> request) throws Exception {
        return withSession(request, session -> {
            DongleSession.CertificateEntry entry = session.certificate(request.get("alias"));
            List<String> chain = new ArrayList<>();
            for (X509Certificate ca : entry.chain().subList(1, entry.chain().size())) {
                chain.add(DongleSession.base64(ca.getEncoded()));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("alias", entry.alias());
            out.put("certificate", DongleSession.base64(entry.chain().get(0).getEncoded()));
            out.put("chain", chain);
            return out;
        });
    }

    private Map<String, ?> sign(Map<String, String> request) throws Exception {
        String nonce = request.get("nonce");
        if (nonce == null || nonce.isEmpty() || nonce.length() > DongleSession.MAX_NONCE_LENGTH) {
            throw AgentException.badRequest("待签名的随机数为空或超过 " + DongleSession.MAX_NONCE_LENGTH + " 个字符");
        }
        return withSession(request, session -> {
            DongleSession.Signed signed = session.sign(request.get("alias"), nonce);
            return Map.of("alias", signed.alias(), "signature", DongleSession.base64(signed.cms()));
        });
    }

    private Map<String, ?> enrol(Map<String, String> request) throws Exception {
        return withSession(request, session -> {
            DongleSession.Enrolment enrolment = session.enrol(request.get("alias"), request.get("subject"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("alias", enrolment.alias());
            out.put("csr", enrolment.csrPem());
            return out;
        });
    }

    private Map<String, ?> store(Map<String, String> request) throws Exception {
        return withSession(request, session -> {
            String alias = request.get("alias");
            X509Certificate leaf = session.store(alias, request.get("certificate"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("alias", alias);
            out.put("subject", X500Name.getInstance(leaf.getSubjectX500Principal().getEncoded()).toString());
            out.put("serial", leaf.getSerialNumber().toString(16));
            return out;
        });
    }

    private Map<String, ?> withSession(Map<String, String> request, Work work) throws Exception {
        String pinText = request.get("pin");
        if (pinText == null || pinText.isEmpty()) {
            throw AgentException.pinRequired();
        }
        char[] pin = pinText.toCharArray();
        tokenLock.lock();
        try {
            AuthProvider provider = token.provider();
            DongleSession session;
            try {
                session = DongleSession.open(provider, pin);
            } finally {
                DongleSession.wipe(pin);
            }
            try (session) {
                return work.on(session);
            }
        } catch (AgentException e) {
            throw e;
        } catch (Exception e) {
            // The token may have gone away under the provider: find it afresh next time.
            token.forget();
            throw e;
        } finally {
            tokenLock.unlock();
        }
    }

    /** A failure that is not a refusal: a wrong PIN somewhere in the chain, or a token error. */
    private static AgentException failure(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PKCS11Exception p11 && (p11.getErrorCode() == CKR_PIN_INCORRECT
                    || p11.getErrorCode() == CKR_PIN_LEN_RANGE)) {
                return AgentException.pinIncorrect();
            }
        }
        System.err.println("加密锁操作失败：");
        e.printStackTrace();
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String reason = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return AgentException.tokenError(reason.length() > 160 ? reason.substring(0, 160) : reason);
    }

    private static void requireMethod(HttpExchange exchange, boolean allowed, String method) {
        if (!allowed) {
            exchange.getResponseHeaders().set("Allow", method + ", OPTIONS");
            throw new AgentException(405, "METHOD_NOT_ALLOWED", "该接口只接受 " + method + " 请求");
        }
    }

    private static Map<String, String> body(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw AgentException.badRequest("请求内容过大");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Json.parseRequest(text);
        } catch (CharacterCodingException e) {
            throw AgentException.badRequest("请求内容须为 UTF-8 编码的 JSON");
        }
    }

    private static void send(HttpExchange exchange, AgentException e) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("code", e.code());
        out.put("error", e.getMessage());
        send(exchange, e.status(), out);
    }

    private static void send(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** What a request does with the logged-in token. */
    @FunctionalInterface
    private interface Work {
        Map<String, ?> on(DongleSession session) throws Exception;
    }

}
