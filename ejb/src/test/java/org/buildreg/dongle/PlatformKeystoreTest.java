package org.buildreg.dongle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keystore always ends up with the CA and a signing key the CA issued, created once and kept. */
class PlatformKeystoreTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final char[] PASSWORD = "changeit-test".toCharArray();

    @TempDir
    Path dir;

    private static List<String> aliases(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return Collections.list(store.aliases()).stream().sorted().toList();
    }

    @Test
    void aNewKeystoreGetsTheCaAndTheSealAndKeepsThemAcrossStarts() throws Exception {
        Path file = dir.resolve("config/buildreg-ca.p12");
        PlatformKeystore first = PlatformKeystore.open(file, PASSWORD, NOW);
        assertEquals(List.of("platform-ca", "platform-seal"), aliases(file));
        PlatformKeystore again = PlatformKeystore.open(file, PASSWORD, NOW.plus(Duration.ofDays(3)));
        assertEquals(first.ca().certificate(), again.ca().certificate());
        assertEquals(first.seal().certificate(), again.seal().certificate());
        assertArrayEquals(first.seal().key().getEncoded(), again.seal().key().getEncoded());
        assertTrue(Files.getPosixFilePermissions(file).stream().noneMatch(p -> p.name().startsWith("GROUP")
                || p.name().startsWith("OTHERS")), "readable by the server's user only");
    }

    @Test
    void aKeystoreWithOnlyTheCaGetsTheSealAddedAndKeepsItsCa() throws Exception {
        PlatformCa ca = PlatformCa.create("BuildReg 加密锁 CA", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(3650)));
        Path file = dir.resolve("buildreg-ca.p12");
        Files.write(file, ca.toPkcs12(PASSWORD));
        PlatformKeystore opened = PlatformKeystore.open(file, PASSWORD, NOW);
        assertEquals(ca.certificate(), opened.ca().certificate());
        assertEquals(List.of("platform-ca", "platform-seal"), aliases(file));
        X509Certificate seal = opened.seal().certificate();
        seal.verify(ca.certificate().getPublicKey());
        assertEquals(ca.certificate().getSubjectX500Principal(), seal.getIssuerX500Principal());
        assertTrue(seal.getSubjectX500Principal().getName().contains(PlatformSeal.NAME));
        assertEquals(List.of(seal, ca.certificate()), opened.seal().chain());
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
}
