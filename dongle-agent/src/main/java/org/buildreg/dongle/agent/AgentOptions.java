package org.buildreg.dongle.agent;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the agent runs: which PKCS#11 library, which token (by label, never by slot: SoftHSM2 and real drivers
 * renumber slots), which platform origins it answers, and on which port of 127.0.0.1.
 *
 * @param library    the PKCS#11 module (a .so / .dll)
 * @param tokenLabel the label of the token to use, compared after trimming the blank padding
 * @param origins    the platform origins allowed, each {@code scheme://host[:port]} in browser form
 * @param port       the loopback port; 0 takes a free one (tests)
 */
public record AgentOptions(Path library, String tokenLabel, Set<String> origins, int port) {

    public static final int DEFAULT_PORT = 17151;

    /** Where Debian and its derivatives install SoftHSM2, in the order they are tried. */
    static final List<Path> DEFAULT_LIBRARIES = List.of(
            Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"));

    public AgentOptions {
        if (library == null || !Files.isRegularFile(library)) {
            throw new OptionsException("找不到 PKCS#11 库：" + library + "（--library）");
        }
        if (tokenLabel == null || tokenLabel.isBlank()) {
            throw new OptionsException("请用 --token-label 指定加密锁的标签");
        }
        tokenLabel = tokenLabel.trim();
        if (origins == null || origins.isEmpty()) {
            throw new OptionsException("请用 --origin 指定平台地址，例如 --origin https://jzy.nmg.gov.cn");
        }
        Set<String> canonical = new LinkedHashSet<>();
        for (String origin : origins) {
            canonical.add(canonicalOrigin(origin));
        }
        origins = Set.copyOf(canonical);
        if (port < 0 || port > 65535) {
            throw new OptionsException("端口必须在 0 到 65535 之间（--port）");
        }
    }

    /** Options for a program that starts the agent itself (tests); the library is the default one. */
    public static AgentOptions of(String tokenLabel, int port, String... origins) {
        return new AgentOptions(defaultLibrary(), tokenLabel, Set.of(origins), port);
    }

    /** Reads the command line; throws {@link OptionsException} with a message for the user. */
    public static AgentOptions parse(String... args) {
        Path library = null;
        String label = null;
        List<String> origins = new ArrayList<>();
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--library" -> library = Path.of(value(args, ++i, option));
                case "--token-label" -> label = value(args, ++i, option);
                case "--origin" -> origins.add(value(args, ++i, option));
                case "--port" -> port = portNumber(value(args, ++i, option));
                default -> throw new OptionsException("不认识的选项：" + option);
            }
        }
        return new AgentOptions(library != null ? library : defaultLibrary(), label,
                new LinkedHashSet<>(origins), port);
    }

    /** The first SoftHSM2 library that exists, or the first candidate (then reported as missing). */
    static Path defaultLibrary() {
        return DEFAULT_LIBRARIES.stream().filter(Files::isRegularFile).findFirst().orElse(DEFAULT_LIBRARIES.get(0));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new OptionsException("选项 " + option + " 缺少取值");
        }
        return args[i];
    }

    private static int portNumber(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new OptionsException("端口必须在 1 到 65535 之间：" + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new OptionsException("端口不是数字：" + text);
        }
    }

    /**
     * An origin as a browser sends it: lower-case scheme and host, no default port, nothing after the
     * authority (a pasted trailing slash is dropped). Anything with a path could never match a request's Origin
     * header, so it is refused here rather than silently never answered.
     */
    static String canonicalOrigin(String origin) {
        String refusal = "平台地址必须形如 https://主机[:端口]，不带路径：" + origin;
        URI uri;
        try {
            uri = new URI(origin.trim());
        } catch (URISyntaxException e) {
            throw new OptionsException(refusal);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean bare = (path.isEmpty() || path.equals("/")) && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
            throw new OptionsException(refusal);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
