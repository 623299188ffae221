package org.buildreg.dongle.agent;

/**
 * A refusal the page can act on: an HTTP status, a stable code for the page's script and a Chinese message for
 * the user. Anything else that goes wrong becomes {@code TOKEN_ERROR} (see {@link AgentHandler}).
 */
final class AgentException extends RuntimeException {

    private final int status;
    private final String code;

    AgentException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static AgentException badRequest(String message) {
        return new AgentException(400, "BAD_REQUEST", message);
    }

    static AgentException tokenAbsent() {
        return new AgentException(503, "TOKEN_ABSENT", "未检测到加密锁，请插入加密锁");
    }

    static AgentException forbiddenOrigin() {
        return new AgentException(403, "FORBIDDEN_ORIGIN", "加密锁驱动只响应本平台页面");
    }

    static AgentException pinRequired() {
        return new AgentException(400, "PIN_REQUIRED", "请输入加密锁口令");
    }

    static AgentException pinIncorrect() {
        return new AgentException(401, "PIN_INCORRECT", "加密锁口令错误");
    }

    static AgentException noCertificate() {
        return new AgentException(404, "NO_CERTIFICATE", "加密锁中没有该账号的证书");
    }

    static AgentException aliasExists() {
        return new AgentException(409, "ALIAS_EXISTS", "加密锁中已有该名称的证书");
    }

    static AgentException keyMismatch() {
        return new AgentException(400, "KEY_MISMATCH", "证书与加密锁中的密钥不匹配");
    }

    static AgentException tokenError(String reason) {
        return new AgentException(500, "TOKEN_ERROR", "加密锁操作失败：" + reason);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
