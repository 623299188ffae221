package org.buildreg.dongle.agent;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code java -jar dongle-agent.jar enrol-first-admin …}: the installer's step that makes a fresh installation usable
 * (run by {@code payara-config/domain.sh enrol-admin} on the server). On the token: a key pair and its CSR under the
 * administrator's login name; the platform (on this machine) issues the certificate and binds it to the administrator
 * on the one-time password; the certificate goes back onto the token. The PIN and the password come from the
 * environment ({@code BUILDREG_TOKEN_PIN}, {@code BUILDREG_FIRST_ADMIN_PASSWORD}) or are asked for, never from the
 * command line (which other users of the machine can read).
 */
final class FirstAdminEnrolment {

    static final String COMMAND = "enrol-first-admin";

    private FirstAdminEnrolment() {
    }

    /** Runs the command; 0 when the token holds the bound certificate, 1 when refused, 2 for bad options. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Map<String, String> options;
        Path library;
        char[] pin;
        String password;
        try {
            options = parse(args);
            library = options.containsKey("--library") ? Path.of(options.get("--library"))
                    : AgentOptions.defaultLibrary();
            pin = secret(env, "BUILDREG_TOKEN_PIN", "加密锁口令：").toCharArray();
            password = secret(env, "BUILDREG_FIRST_ADMIN_PASSWORD", "管理员一次性密码：");
        } catch (OptionsException e) {
            err.println("错误：" + e.getMessage());
            err.println("用 --help 查看用法。");
            return Main.USAGE;
        }
        String username = options.getOrDefault("--username", "admin");
        try (TokenEnrolment token = TokenEnrolment.open(library, options.get("--token-label"), pin)) {
            String csr = token.enrol(username, "CN=" + username + ",OU=" + username + ",C=CN");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("username", username);
            form.put("password", password);
            form.put("holderName", options.get("--holder-name"));
            form.put("holderIdNumber", options.get("--holder-id-number"));
            form.put("holderPhone", options.get("--holder-phone"));
            form.put("csr", csr);
            HttpResponse<String> answer = post(URI.create(options.get("--platform").replaceAll("/+$", "")
                    + "/dongle/first-admin"), form);
            if (answer.statusCode() != 200) {
                err.println("平台拒绝：" + answer.body().strip());
                return 1;
            }
            token.store(username, answer.body());
            out.println("加密锁已登记：证书已签发并写入加密锁，已绑定管理员 " + username + "。");
            out.println("请用登录名 " + username + "、一次性密码和加密锁口令登录，首次登录须修改密码。");
            return 0;
        } catch (Exception e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
    }

    static String help() {
        return """
                首个管理员的加密锁（全新安装后，在平台服务器上执行一次）：

                  java -jar dongle-agent.jar enrol-first-admin --platform http://localhost:8080 \\
                      --token-label <标签> --holder-name <使用者姓名> --holder-id-number <身份证号> \\
                      --holder-phone <联系电话> [--username admin] [--library <路径>]

                加密锁口令取自环境变量 BUILDREG_TOKEN_PIN，一次性密码取自 BUILDREG_FIRST_ADMIN_PASSWORD，
                未设置时在终端提示输入。通常由 payara-config/domain.sh enrol-admin 调用。
                """;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (!java.util.List.of("--platform", "--token-label", "--library", "--username", "--holder-name",
                    "--holder-id-number", "--holder-phone").contains(option)) {
                throw new OptionsException("不认识的选项：" + option);
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new OptionsException("选项 " + option + " 缺少取值");
            }
            options.put(option, args[++i]);
        }
        for (String required : new String[] {"--platform", "--token-label", "--holder-name", "--holder-id-number",
            "--holder-phone"}) {
            if (options.getOrDefault(required, "").isBlank()) {
                throw new OptionsException("请用 " + required + " 指定取值");
            }
        }
        if (!options.get("--platform").matches("https?://[^/]+/?")) {
            throw new OptionsException("平台地址必须形如 http://localhost:8080：" + options.get("--platform"));
        }
        return options;
    }

    private static String secret(Map<String, String> env, String variable, String prompt) {
        String value = env.get(variable);
        if (value != null && !value.isEmpty()) {
            return value;
        }
        Console console = System.console();
        if (console == null) {
            throw new OptionsException("请设置环境变量 " + variable);
        }
        char[] typed = console.readPassword(prompt);
        if (typed == null || typed.length == 0) {
            throw new OptionsException("未输入" + prompt.replace("：", ""));
        }
        return new String(typed);
    }

    private static HttpResponse<String> post(URI uri, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(
                e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
