package org.buildreg.dongle.agent;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** {@code java -jar dongle-agent.jar}: the 加密锁驱动 the user runs next to the browser. */
public final class Main {

    /** Exit code for a command line the agent cannot run with. */
    public static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0 || (args.length > 0 && args[0].equals(FirstAdminEnrolment.COMMAND))) {
            System.exit(code);
        }
        // The HTTP server's dispatcher thread keeps the JVM running until it is stopped (Ctrl+C).
    }

    /**
     * Runs the command line: prints the help ({@code --help}, exit code 0), refuses bad options (2), or starts
     * the agent and returns 0 while it keeps running (1 if its port cannot be used). Never calls System.exit.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals(FirstAdminEnrolment.COMMAND)) {
            if (Arrays.asList(args).contains("--help")) {
                out.print(FirstAdminEnrolment.help());
                return 0;
            }
            return FirstAdminEnrolment.run(args, System.getenv(), out, err);
        }
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.print(help());
            return 0;
        }
        AgentOptions options;
        try {
            options = AgentOptions.parse(args);
        } catch (OptionsException e) {
            err.println("错误：" + e.getMessage());
            err.println("用 --help 查看用法。");
            return USAGE;
        }
        DongleAgent agent;
        try {
            agent = DongleAgent.start(options);
        } catch (UncheckedIOException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(agent::close, "dongle-agent-stop"));
        out.println("BuildReg 加密锁驱动 " + DongleAgent.version() + " 已启动：" + agent.url());
        out.println("加密锁标签：" + options.tokenLabel() + "；PKCS#11 库：" + options.library());
        out.println("只响应：" + String.join(", ", options.origins()));
        out.println("按 Ctrl+C 退出。");
        return 0;
    }

    static String help() {
        return """
                BuildReg 加密锁驱动（内蒙古自治区建筑业信息管理平台）

                在本机 127.0.0.1 上运行的小程序：平台页面通过它读取加密锁中的证书、用加密锁签名登录随机数、
                在加密锁中生成密钥并写入平台签发的证书。只响应 --origin 指定的平台地址。

                用法：java -jar dongle-agent.jar --token-label <标签> --origin <平台地址> [选项]

                选项：
                  --library <路径>       PKCS#11 库（默认：/usr/lib/softhsm/libsofthsm2.so 或
                                         /usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so 中第一个存在的）
                  --token-label <标签>   加密锁（令牌）的标签，必填；按标签而不是槽位号查找加密锁
                  --origin <平台地址>    允许访问的平台地址，形如 https://主机[:端口]，必填，可重复
                  --port <端口>          监听端口（默认 17151，只监听 127.0.0.1）
                  --help                 显示本说明

                另：java -jar dongle-agent.jar enrol-first-admin --help（全新安装后登记首个管理员的加密锁）

                使用 SoftHSM2 软件令牌时，请先设置环境变量 SOFTHSM2_CONF 指向其配置文件。
                """;
    }
}
