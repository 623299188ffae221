package org.buildreg.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code platform} is what every module stands on, so it names none of them: a module added later (安全许可) never has
 * to touch it. The demo data, which spans all modules, lives above them in {@code demo}.
 */
class PlatformLayerTest {

    private static final Path PLATFORM = Path.of(System.getProperty("user.dir"))
            .resolve("src/main/java/org/buildreg/platform");

    @Test
    void thePlatformImportsNoBusinessPackage() throws IOException {
        List<String> found = new ArrayList<>();
        int sources = 0;
        try (Stream<Path> files = Files.list(PLATFORM)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources++;
                for (String line : Files.readAllLines(file)) {
                    // An import or a fully qualified name alike.
                    if (line.matches(".*\\borg\\.buildreg\\.(?!platform\\b)\\w+.*")) {
                        found.add(file.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertTrue(sources > 10, "the platform's sources were found: " + sources);
        assertEquals(List.of(), found);
    }
}
