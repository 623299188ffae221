package org.buildreg.dongle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Holds the platform CA for the running server: loaded from the keystore the domain names
 * ({@code buildreg.ca.keystore}, password {@code buildreg.ca.password}, a password alias); on the embedded default's
 * first start, when that file does not exist yet, a new CA is created and written there.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class DongleAuthority {

    private static final Logger LOG = Logger.getLogger(DongleAuthority.class.getName());
    private PlatformCa ca;

    @PostConstruct
    void load() {
        String location = System.getProperty("buildreg.ca.keystore");
        String password = System.getProperty("buildreg.ca.password");
        if (location == null || password == null || password.isBlank() || password.startsWith("${")) {
            LOG.severe("buildreg.ca.keystore / buildreg.ca.password are not set: no dongle certificates can be issued");
            return;
        }
        Path file = Path.of(location);
        try {
            if (!Files.exists(file)) {
                PlatformCa created = PlatformCa.create("BuildReg 加密锁 CA", Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(3650 * 2)));
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.write(file, created.toPkcs12(password.toCharArray()), StandardOpenOption.CREATE_NEW);
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    // The CA's private key: readable by the server's user only.
                    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                }
                LOG.info("Created the platform's dongle CA in " + file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                ca = PlatformCa.fromPkcs12(in, password.toCharArray());
            }
        } catch (IOException | RuntimeException e) {
            LOG.severe("Cannot open the dongle CA keystore " + file + ": " + e);
        }
    }

    /** The CA; refuses when the domain has none configured. */
    public PlatformCa ca() {
        if (ca == null) {
            throw new IllegalStateException("平台CA未配置（buildreg.ca.keystore）");
        }
        return ca;
    }
}
