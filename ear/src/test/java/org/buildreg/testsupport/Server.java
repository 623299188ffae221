package org.buildreg.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Payara domain under test as a process: killed the hard way (SIGKILL, as a power loss or {@code kill -9} would)
 * and started again with the script that made it ({@code payara-config/domain.sh start}, the settings the ear's
 * failsafe passes), and its heap as {@code jcmd} sees it. For the tests that run after every other browser test.
 */
public final class Server {

    private static final Path SCRIPT = Path.of(require("buildreg.domain.script"));
    private static final Path HOME = Path.of(require("buildreg.home"));
    private static final String DOMAIN = require("buildreg.domain");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private Server() {
    }

    private static String require(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (see the ear's failsafe)");
        }
        return value;
    }

    /** The domain's JVM, from the pid file Payara writes at start. */
    private static ProcessHandle process() throws IOException {
        Path pidFile = HOME.resolve("domains").resolve(DOMAIN).resolve("config/pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("The domain's process " + pid
                + " is not running"));
    }

    /** The domain's import folder (its default, {@code <domain>/batch-imports}): the batch console reads only there. */
    public static Path importFolder() throws IOException {
        return Files.createDirectories(HOME.resolve("domains").resolve(DOMAIN).resolve("batch-imports"));
    }

    /** SIGKILL to the domain's JVM: no shutdown hook, no transaction completes; returns once it is gone. */
    public static void kill() throws Exception {
        ProcessHandle server = process();
        server.destroyForcibly();
        server.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Starts the domain again and waits until the platform answers on /ready. */
    public static void start() throws Exception {
        Path log = HOME.resolve("restart.log");
        ProcessBuilder start = new ProcessBuilder("bash", SCRIPT.toString(), "start")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = start.environment();
        environment.put("BUILDREG_HOME", HOME.toString());
        environment.put("BUILDREG_DOMAIN", DOMAIN);
        environment.put("BUILDREG_PORTBASE", require("buildreg.portbase"));
        Process process = start.start();
        if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("domain.sh start failed; see " + log);
        }
        Browser.awaitReadyAgain();
    }

    /**
     * The domain's heap in use right after a full garbage collection, in bytes (through the JDK's {@code jcmd}: what
     * stays reachable, not what waits to be collected).
     */
    public static long heapUsedAfterGc() throws Exception {
        String pid = String.valueOf(process().pid());
        jcmd(pid, "GC.run");
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("total \\d+K, used (\\d+)K")
                .matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no heap figure");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String jcmd(String pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), pid, command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
