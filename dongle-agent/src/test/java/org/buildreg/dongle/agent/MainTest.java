package org.buildreg.dongle.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line: help, and a clear refusal with exit code 2 for what the agent cannot run with. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpSaysWhatTheAgentIsAndListsItsOptions() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("加密锁驱动"), help);
        for (String option : new String[] {"--library", "--token-label", "--origin", "--port", "17151",
                "/usr/lib/softhsm/libsofthsm2.so", "127.0.0.1"}) {
            assertTrue(help.contains(option), option);
        }
    }

    @Test
    void badOrMissingOptionsExitWithCode2AndAMessage() {
        String library = AgentOptions.defaultLibrary().toString();
        String[][] commandLines = {
            {"--origin", "https://jzy.nmg.example"},
            {"--token-label", "buildreg"},
            {"--token-label", "buildreg", "--origin", "https://jzy.nmg.example/login"},
            {"--token-label", "buildreg", "--origin", "ftp://jzy.nmg.example"},
            {"--token-label", "buildreg", "--origin", "https://jzy.nmg.example", "--port", "seventeen"},
            {"--token-label", "buildreg", "--origin", "https://jzy.nmg.example", "--port", "70000"},
            {"--token-label", "buildreg", "--origin", "https://jzy.nmg.example", "--slot", "0"},
            {"--token-label", "buildreg", "--origin", "https://jzy.nmg.example", "--library", "/nowhere/lib.so"},
            {"--token-label", "--origin", "https://jzy.nmg.example", "--library", library},
        };
        for (String[] args : commandLines) {
            out.reset();
            err.reset();
            assertEquals(Main.USAGE, run(args), String.join(" ", args));
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.startsWith("错误："), message);
            assertTrue(message.contains("--help"), message);
        }
    }

    @Test
    void enrolFirstAdminHasItsOwnHelpAndRefusesMissingOptions() {
        assertEquals(0, run("enrol-first-admin", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"--platform", "--token-label", "--holder-name", "--holder-id-number",
            "--holder-phone", "BUILDREG_TOKEN_PIN", "BUILDREG_FIRST_ADMIN_PASSWORD"}) {
            assertTrue(help.contains(option), option);
        }
        String[][] commandLines = {
            {"enrol-first-admin", "--token-label", "buildreg"},
            {"enrol-first-admin", "--platform", "http://localhost:8080/login", "--token-label", "t", "--holder-name",
                "王", "--holder-id-number", "1", "--holder-phone", "1"},
            {"enrol-first-admin", "--pin", "123456"},
        };
        for (String[] args : commandLines) {
            err.reset();
            assertEquals(Main.USAGE, run(args), String.join(" ", args));
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("错误："), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void optionsAreReadAsGiven() {
        AgentOptions options = AgentOptions.parse("--token-label", " buildreg ", "--origin", "https://JZY.nmg.example:443",
                "--origin", "http://localhost:8080", "--port", "18151");
        assertEquals("buildreg", options.tokenLabel());
        assertEquals(java.util.Set.of("https://jzy.nmg.example", "http://localhost:8080"), options.origins());
        assertEquals(18151, options.port());
        assertEquals(AgentOptions.defaultLibrary(), options.library());
        assertEquals(AgentOptions.DEFAULT_PORT,
                AgentOptions.parse("--token-label", "x", "--origin", "https://a.example").port());
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
