package org.buildreg.dongle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * The platform's PKCS#12 keystore: the dongle CA ("platform-ca") and the document-signing key issued by it
 * ("platform-seal"). Opening it makes sure both exist: the embedded default's first start creates the file, and a
 * keystore that has only the CA (an older domain, or a production CA configured by hand) gets the seal added and
 * is written back, so every later start signs with the same key.
 */
public final class PlatformKeystore {

    private final PlatformCa ca;
    private final PlatformSeal seal;

    private PlatformKeystore(PlatformCa ca, PlatformSeal seal) {
        this.ca = ca;
        this.seal = seal;
    }

    public static PlatformKeystore open(Path file, char[] password, Instant now) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            boolean changed = false;
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
            } else {
                store.load(null, null);
                PlatformCa created = PlatformCa.create("BuildReg 加密锁 CA", now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(3650 * 2)));
                created.storeIn(store, password);
                changed = true;
            }
            PlatformCa ca = PlatformCa.from(store, password);
            PlatformSeal seal;
            // A seal issued before seals had their own purpose (documentSigning) is replaced: the check accepts no other.
            if (store.isKeyEntry(PlatformSeal.ALIAS)
                    && PlatformSeal.isSeal((X509Certificate) store.getCertificate(PlatformSeal.ALIAS))) {
                seal = new PlatformSeal((PrivateKey) store.getKey(PlatformSeal.ALIAS, password),
                        (X509Certificate) store.getCertificate(PlatformSeal.ALIAS), ca.certificate());
            } else {
                seal = PlatformSeal.issue(ca, now);
                store.setKeyEntry(PlatformSeal.ALIAS, seal.key(), password, seal.chain().toArray(Certificate[]::new));
                changed = true;
            }
            if (changed) {
                write(store, file, password);
            }
            return new PlatformKeystore(ca, seal);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot open the platform keystore " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Written to a file beside it and moved over it, so that a crash mid-write never leaves a truncated keystore
     * (the CA key cannot be recreated: every dongle certificate hangs on it). Readable by the server's user only.
     */
    private static void write(KeyStore store, Path file, char[] password) throws IOException,
            GeneralSecurityException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".buildreg-ca", ".tmp");
        try {
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, password);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public PlatformCa ca() {
        return ca;
    }

    public PlatformSeal seal() {
        return seal;
    }
}
