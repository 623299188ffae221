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

    /**
     * Oracle stores '' as NULL, so a NOT NULL column refuses it there. H2 does the same only in Oracle mode: every H2
     * URL the platform and its tests use must say MODE=Oracle, or a new '' would pass the tests and fail production.
     */
    @Test
    void everyH2DatabaseRunsInOracleModeWhereAnEmptyStringIsNull() throws Exception {
        List<String> found = new ArrayList<>();
        int urls = 0;
        for (String place : List.of("payara-config", "ear", "ejb", "batch", "web", "bin")) {
            try (Stream<Path> files = Files.walk(REPO.resolve(place))) {
                for (Path file : files.filter(f -> !f.toString().contains("/target/") && Files.isRegularFile(f))
                        .filter(f -> !f.endsWith("SchemaLintTest.java"))
                        .filter(f -> f.toString().matches(".*\\.(java|xml|sh|properties)$")
                                || f.getParent().endsWith("bin")).toList()) {
                    String text = Files.readString(file);
                    // An address may be built over two lines: MODE=Oracle must follow within them.
                    for (int at = text.indexOf("jdbc:h2:"); at >= 0; at = text.indexOf("jdbc:h2:", at + 1)) {
                        urls++;
                        String rest = text.substring(at, Math.min(text.length(), at + 240));
                        if (!rest.contains("MODE=Oracle")) {
                            found.add(REPO.relativize(file) + ": " + rest.lines().findFirst().orElse(""));
                        }
                    }
                }
            }
        }
        assertTrue(urls >= 4, "the H2 addresses were found: " + urls);
        assertEquals(List.of(), found);
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:mem:emptystring;MODE=Oracle");
                var s = c.createStatement()) {
            s.execute("CREATE TABLE t (category VARCHAR2(10 CHAR) NOT NULL)");
            var refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> s.execute("INSERT INTO t VALUES ('')"));
            assertTrue(refused.getMessage().contains("NULL not allowed"), refused.getMessage());
        }
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
