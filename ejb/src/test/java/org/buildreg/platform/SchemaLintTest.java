package org.buildreg.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No character column sized in bytes again: a migration after V18 (which resized every earlier one) and the SQL in
 * any Java source of the platform say {@code VARCHAR2(n CHAR)}, never {@code VARCHAR2(n)} or {@code n BYTE}.
 */
class SchemaLintTest {

    /** The last migration written before the rule: V18 made every earlier column CHAR. */
    private static final int RESIZED_UP_TO = 18;
    private static final Pattern BYTES = Pattern.compile("VARCHAR2\\s*\\(\\s*\\d+\\s*(BYTE\\s*)?\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void noMigrationAfterV18SizesAColumnInBytes() throws IOException {
        List<String> found = new ArrayList<>();
        Path migrations = REPO.resolve("ejb/src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.toList()) {
                Matcher version = Pattern.compile("V(\\d+)__").matcher(file.getFileName().toString());
                if (version.lookingAt() && Integer.parseInt(version.group(1)) > RESIZED_UP_TO) {
                    found.addAll(offences(file));
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noJavaSourceCastsOrDeclaresAColumnInBytes() throws IOException {
        List<String> found = new ArrayList<>();
        int sources = 0;
        for (String module : List.of("ejb", "batch", "web")) {
            try (Stream<Path> files = Files.walk(REPO.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources++;
                    found.addAll(offences(file));
                }
            }
        }
        assertTrue(sources > 100, "the sources were found: " + sources);
        assertEquals(List.of(), found);
    }

    @Test
    void theLintSeesABareVarchar2() {
        assertTrue(BYTES.matcher("CAST(? AS VARCHAR2(40))").find());
        assertTrue(BYTES.matcher("name VARCHAR2(60 BYTE) NOT NULL").find());
        assertTrue(!BYTES.matcher("CAST(? AS VARCHAR2(40 CHAR))").find());
    }

    private static List<String> offences(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (BYTES.matcher(lines.get(i)).find()) {
                found.add(REPO.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        return found;
    }
}
