package org.buildreg.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code payara-config/domain.sh} puts the Oracle JDBC URL into the pool's resources XML with sed: a URL with '&'
 * (TNS descriptors, driver options), '#' or '\' must arrive as it was, XML-escaped.
 */
class DomainScriptTest {

    private static final Path SCRIPT = Path.of(System.getProperty("user.dir")).resolveSibling("payara-config")
            .resolve("domain.sh");

    @Test
    void aJdbcUrlWithMarkupAndSedCharactersReachesThePoolIntact() throws Exception {
        String url = "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(HOST=db-1)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=br)))"
                + "?oracle.net.ssl_version=1.2&x=\"#1\\2<3>\"";
        String script = "eval \"$(sed -n '/^replacement() {/,/^}/p' '" + SCRIPT + "')\"\n"
                + "printf '%s' '<property name=\"URL\" value=\"@DB_URL@\"/>' | sed -e \"s#@DB_URL@#$(replacement \"$1\")#\"";
        Process bash = new ProcessBuilder("bash", "-c", script, "bash", url).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        bash.waitFor(10, TimeUnit.SECONDS);
        assertEquals("<property name=\"URL\" value=\"" + url.replace("&", "&amp;").replace("\"", "&quot;")
                .replace("<", "&lt;").replace(">", "&gt;") + "\"/>", out);
    }
}
