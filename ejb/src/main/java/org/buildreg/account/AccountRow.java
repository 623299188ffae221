package org.buildreg.account;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the administrator's account list. */
public record AccountRow(Long id, String username, Role role, String displayName, Long enterpriseId,
                         String enterpriseName, String uscc, String cityCode, boolean enabled, boolean adminLocked,
                         LocalDateTime lockedUntil, LocalDateTime lastLoginAt, String dongleHolder)
        implements Serializable {

    /** 加密锁: the holder of the bound dongle, or 未绑定. */
    public String getDongleLabel() {
        return dongleHolder == null ? "未绑定" : "已绑定（" + dongleHolder + "）";
    }

    public String getRoleLabel() {
        return role.label();
    }

    /** 正常 / 已锁定 / 暂时锁定 / 已停用, as the administrator reads it. */
    public String getStateLabel() {
        if (!enabled) {
            return "已停用";
        }
        if (adminLocked) {
            return "已锁定";
        }
        if (lockedUntil != null && LocalDateTime.now().isBefore(lockedUntil)) {
            return "暂时锁定（密码错误）";
        }
        return "正常";
    }

    public boolean isLocked() {
        return adminLocked || lockedUntil != null && LocalDateTime.now().isBefore(lockedUntil);
    }
}
