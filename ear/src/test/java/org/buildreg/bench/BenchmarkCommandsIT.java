package org.buildreg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.buildreg.testsupport.Readme;
import org.junit.jupiter.api.Test;

/**
 * The benchmark commands ({@code bin/bench <name>}) keep running. {@code bin/bench list} runs here in a short mode
 * against the browser tests' domain (it logs in through the login page with the dongle, as its command does against
 * bin/run's platform); the others run in their modules' unit tests ({@code …BenchmarkRunsTest}). This test holds the
 * three lists together: the README's commands, the script's table and a short run for each. It runs after every
 * other browser test (its own failsafe execution): it adds declarations to demoqy01.
 */
class BenchmarkCommandsIT {

    private static final Pattern TABLE_LINE = Pattern.compile("\\[(\\w+)]=(\\w+):([\\w.]+)");

    @Test
    void everyBenchmarkOfTheReadmeIsACommandWithAShortRun() throws IOException {
        Map<String, String> table = new TreeMap<>();
        Matcher m = TABLE_LINE.matcher(Files.readString(Readme.REPO.resolve("bin/bench")));
        while (m.find()) {
            table.put(m.group(1), m.group(2) + ":" + m.group(3));
        }
        assertEquals(new java.util.TreeSet<>(Readme.load().benchCommands()), table.keySet(),
                "the README's bin/bench commands and bin/bench's table");
        for (Map.Entry<String, String> entry : table.entrySet()) {
            String module = entry.getValue().substring(0, entry.getValue().indexOf(':'));
            String main = entry.getValue().substring(module.length() + 1);
            Path source = Readme.REPO.resolve(module + "/src/test/java/" + main.replace('.', '/') + ".java");
            assertTrue(Files.readString(source).contains("public static void main(String[] args)"), source.toString());
            if (!module.equals("ear")) {
                Path shortRun = Readme.REPO.resolve(module + "/src/test/java/" + main.replace('.', '/') + "RunsTest.java");
                String simpleName = main.substring(main.lastIndexOf('.') + 1);
                assertTrue(Files.exists(shortRun) && Files.readString(shortRun).contains(simpleName + ".main("),
                        "bin/bench " + entry.getKey() + " needs a short run in " + shortRun);
            }
        }
        assertEquals("ear:" + ListBenchmark.class.getName(), table.get("list"));
    }

    @Test
    void theListBenchmarkRunsInAShortMode() throws Exception {
        ListBenchmark.main(new String[] {"300", "3"});
    }
}
