package org.buildreg.dongle.agent;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The dongle agent (加密锁驱动): an HTTP server on 127.0.0.1 through which the platform's pages use the user's
 * PKCS#11 token — read its certificate, sign a login nonce (CMS), generate a key and CSR, store the issued
 * certificate. {@link Main} runs it from the command line; tests of other modules start it in-process:
 *
 * <pre>{@code
 * try (DongleAgent agent = DongleAgent.start(AgentOptions.of("buildreg-demo", 0, "http://localhost:18080"))) {
 *     URI base = agent.url();   // http://127.0.0.1:<port>
 *     ...
 * }
 * }</pre>
 *
 * The JVM must be able to use the JDK's PKCS#11 wrapper ({@code --add-exports
 * jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED}; the agent jar's manifest does it for
 * {@code java -jar}), and for SoftHSM2 it must have {@code SOFTHSM2_CONF} in its environment from the start.
 */
public final class DongleAgent implements AutoCloseable {

    private static final InetAddress LOOPBACK = loopback();
    private final HttpServer server;
    private final ExecutorService executor;

    private DongleAgent(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts listening on 127.0.0.1 at the options' port (0: any free port). The token is looked for on each
     * request, so starting succeeds without it. Throws {@link UncheckedIOException} if the port is taken.
     */
    public static DongleAgent start(AgentOptions options) {
        requirePkcs11Wrapper();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(LOOPBACK, options.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("端口 " + options.port() + " 无法使用（可能已被占用）", e);
        }
        // A few threads so that /status answers while a slow token operation holds the token lock.
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "dongle-agent");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", new AgentHandler(new CorsPolicy(options.origins()),
                new LabelledToken(options.library(), options.tokenLabel()), version()));
        server.setExecutor(executor);
        server.start();
        return new DongleAgent(server, executor);
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address actually bound: always 127.0.0.1. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The base URL, {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Stops listening; requests under way get a second to finish. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }

    /** The project version, filtered into agent.properties by the build; reported by GET /status. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = DongleAgent.class.getResourceAsStream("agent.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    private static void requirePkcs11Wrapper() {
        Module cryptoki = ModuleLayer.boot().findModule("jdk.crypto.cryptoki")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jdk.crypto.cryptoki module"));
        if (!cryptoki.isExported("sun.security.pkcs11.wrapper", DongleAgent.class.getModule())) {
            throw new IllegalStateException("start the JVM with --add-exports "
                    + "jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED (the agent finds the token by "
                    + "its label through it)");
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
