package org.buildreg.dongle.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real SoftHSM2 tokens for the tests, under target/softhsm. SoftHSM2 reads its configuration and scans its token
 * directory once, when the library is first loaded in a JVM, so every token the tests use is created here at
 * once, before any test loads the library (surefire gives the JVM SOFTHSM2_CONF pointing at this directory).
 */
final class SoftHsm {

    static final String PIN = "123456";
    static final String SO_PIN = "12345678";
    /** The signing flow: enrol, store, sign, restart. */
    static final String MAIN = "buildreg-main";
    /** Alias fallback: starts with exactly one key. */
    static final String SOLO = "buildreg-solo";
    /** Two tokens that only the label tells apart. */
    static final String LEFT = "buildreg-left";
    static final String RIGHT = "buildreg-right";
    static final String ORIGIN = "https://jzy.nmg.example";

    private static boolean ready;

    private SoftHsm() {
    }

    /** Creates the tokens once per JVM (wiping the directory first). */
    static synchronized void tokens() {
        if (ready) {
            return;
        }
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set: run the tests through Maven (surefire sets it)");
        }
        Path confFile = Path.of(conf).toAbsolutePath();
        Path tokenDir = confFile.resolveSibling("tokens");
        try {
            wipe(tokenDir);
            Files.createDirectories(tokenDir);
            Files.writeString(confFile, "directories.tokendir = " + tokenDir + "\nobjectstore.backend = file\n"
                    + "log.level = ERROR\n", StandardCharsets.UTF_8);
            for (String label : List.of(MAIN, SOLO, LEFT, RIGHT)) {
                run(confFile, "softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", SO_PIN,
                        "--pin", PIN);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot create the SoftHSM2 test tokens", e);
        }
        ready = true;
    }

    /** Runs a tool against the test tokens and returns its standard output (stderr merged). */
    static String run(Path confFile, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", confFile.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    static String run(String... command) throws IOException, InterruptedException {
        return run(Path.of(System.getenv("SOFTHSM2_CONF")), command);
    }

    static AgentOptions options(String label) {
        tokens();
        return new AgentOptions(AgentOptions.defaultLibrary(), label, java.util.Set.of(ORIGIN), 0);
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
