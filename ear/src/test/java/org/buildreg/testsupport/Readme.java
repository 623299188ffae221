package org.buildreg.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the repository's README.md promises a newcomer, read from the file itself so that the tests follow it when it
 * changes: the addresses it names, its demo logins, its example certificate numbers and its benchmark commands.
 */
public final class Readme {

    /** The repository's root (the ear module's parent). */
    public static final Path REPO = Path.of(System.getProperty("buildreg.repo", "..")).toAbsolutePath().normalize();

    /**
     * A row of the demo logins' table: the user names it gives (with {@code range}, the two ends of "`a` … `b`",
     * which the caller expands), and the role text beside them.
     */
    public record DemoLogin(List<String> usernames, boolean range, String role) {
    }

    private final String text;

    private Readme(String text) {
        this.text = text;
    }

    public static Readme load() {
        try {
            return new Readme(Files.readString(REPO.resolve("README.md")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every platform address the README writes in backticks ({@code `/…`}), without its query string. */
    public Set<String> addresses() {
        Set<String> addresses = new LinkedHashSet<>();
        Matcher m = Pattern.compile("`(/[^`\\s?]*)[^`]*`").matcher(text);
        while (m.find()) {
            addresses.add(m.group(1));
        }
        return addresses;
    }

    /** The rows of the table under "## Demo logins". */
    public List<DemoLogin> demoLogins() {
        String section = section("## Demo logins");
        List<DemoLogin> rows = new ArrayList<>();
        for (String line : section.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 3 || !cells[1].contains("`")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("`([a-z0-9]+)`").matcher(cells[1]);
            while (m.find()) {
                names.add(m.group(1));
            }
            rows.add(new DemoLogin(names, cells[1].contains("…"), cells[2].trim()));
        }
        return rows;
    }

    /**
     * The example certificate numbers of the public pages' section and the status each is said to have:
     * "`蒙…` (valid)" → 有效, "(expired)" → 已过期.
     */
    public Map<String, String> verifyExamples() {
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher m = Pattern.compile("`(蒙\\d+)` \\((valid|expired)\\)").matcher(text);
        while (m.find()) {
            examples.put(m.group(1), m.group(2).equals("valid") ? "有效" : "已过期");
        }
        return examples;
    }

    /** The benchmark names of the "## Benchmarks" section's {@code `bin/bench <name> …`} items. */
    public Set<String> benchCommands() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("`bin/bench (\\w+)").matcher(section("## Benchmarks"));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The text under the heading that begins with {@code heading} ("## Demo logins" finds "## Demo logins (…)"). */
    private String section(String heading) {
        int start = text.startsWith(heading) ? 0 : text.indexOf("\n" + heading);
        if (start < 0) {
            throw new AssertionError("README.md has no section " + heading);
        }
        int end = text.indexOf("\n## ", start + heading.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
