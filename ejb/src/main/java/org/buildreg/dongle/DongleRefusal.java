package org.buildreg.dongle;

/**
 * Why a dongle signature was not accepted. Each reason carries the message the user sees: enough to act on (get a
 * new certificate, start the login again), never which other factor was wrong.
 */
public class DongleRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    /** The reasons a dongle proof is refused, each with the user's message. */
    public enum Reason {
        MISSING("未收到加密锁签名，请确认已运行加密锁驱动并插入加密锁"),
        NONCE_EXPIRED("登录请求已超时（超过2分钟），请重新登录"),
        NONCE_USED("登录请求已失效（每个登录请求只能使用一次），请重新登录"),
        MALFORMED("加密锁签名无效，请重新登录"),
        BAD_SIGNATURE("加密锁签名无效，请重新登录"),
        OTHER_NONCE("加密锁签名与本次登录请求不符，请重新登录"),
        UNTRUSTED("加密锁证书不是本平台认可的机构签发"),
        NOT_YET_VALID("加密锁证书尚未生效"),
        EXPIRED("加密锁证书已过期，请联系协会信息中心更换"),
        REVOKED("加密锁证书已被吊销，请联系协会信息中心"),
        KEY_USAGE("加密锁证书不能用于数字签名"),
        NOT_BOUND("该加密锁未绑定此账号");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final Reason reason;

    public DongleRefusal(Reason reason, String detail) {
        super(detail == null ? reason.name() : reason.name() + ": " + detail);
        this.reason = reason;
    }

    public DongleRefusal(Reason reason) {
        this(reason, null);
    }

    public Reason reason() {
        return reason;
    }

    /** What the user is told. */
    public String userMessage() {
        return reason.message();
    }
}
