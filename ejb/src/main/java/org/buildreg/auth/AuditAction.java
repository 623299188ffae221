package org.buildreg.auth;

/** What the audit log records. */
public enum AuditAction {
    LOGIN("登录成功"),
    LOGIN_FAILED("登录失败"),
    LOGIN_LOCKED("账号锁定"),
    LOGOUT("退出登录"),
    PASSWORD_CHANGED("修改密码"),
    LEGACY_PASSWORD_UPGRADED("旧密码升级"),
    ENTERPRISE_REGISTERED("新企业注册"),
    SUB_ACCOUNT_CREATED("创建子账户"),
    SUB_ACCOUNT_CHANGED("修改子账户权限"),
    SUB_ACCOUNT_DISABLED("停用子账户"),
    SUB_ACCOUNT_ENABLED("启用子账户"),
    ACCOUNT_LOCKED("锁定账号"),
    ACCOUNT_UNLOCKED("解锁账号"),
    PASSWORD_RESET("重置密码"),
    PASSWORD_RESET_REQUESTED("申请找回账号"),
    PASSWORD_RESET_REJECTED("驳回找回申请"),
    USCC_FILED("统一社会信用代码备案"),
    DECLARATION_SUBMITTED("上报申报"),
    DECLARATION_DELETED("删除申报"),
    DECLARATION_REVIEWED("审核申报"),
    PERSON_TRANSFERRED_OUT("人员调出"),
    PERSON_TRANSFER_RETURNED("人员退回"),
    PERSON_SUPPLEMENTED("信息补录"),
    DONGLE_CERTIFICATE_ISSUED("签发加密锁证书"),
    DONGLE_CERTIFICATE_REVOKED("吊销加密锁证书"),
    DONGLE_BOUND("绑定加密锁"),
    DONGLE_BIND_REFUSED("绑定加密锁被拒"),
    DONGLE_UNBOUND("解除加密锁绑定"),
    LEGACY_IMPORT_REQUESTED("旧数据导入申请"),
    LEGACY_IMPORT_APPROVED("同意旧数据导入"),
    LEGACY_IMPORT_REJECTED("拒绝旧数据导入"),
    BATCH_JOB_STARTED("启动批处理作业"),
    BATCH_JOB_STOPPED("停止批处理作业"),
    BATCH_JOB_RESTARTED("重新启动批处理作业"),
    BATCH_JOB_ABANDONED("放弃批处理作业"),
    BATCH_JOB_CLOSED("关闭批处理作业"),
    BATCH_JOB_REOPENED("重新开放批处理作业"),
    SESSION_ENDED("登录失效"),
    ACCESS_DENIED("越权访问");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static String labelOf(String name) {
        try {
            return valueOf(name).label;
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
