package org.buildreg.account;

import java.io.Serializable;
import java.time.LocalDateTime;

/** What 个人中心 shows about the logged-in account. */
public record AccountOverview(String username, String roleLabel, String displayName, String enterpriseName,
                              String cityName, String modules, LocalDateTime lastLoginAt,
                              long subAccounts) implements Serializable {
}
