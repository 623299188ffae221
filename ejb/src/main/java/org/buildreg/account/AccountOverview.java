package org.buildreg.account;

import java.io.Serializable;
import java.time.LocalDateTime;

/** What 个人中心 shows about the logged-in account, and what its enterprise holds in each module. */
public record AccountOverview(String username, String roleLabel, String displayName, String enterpriseName,
                              String cityName, String modules, LocalDateTime lastLoginAt,
                              long subAccounts, long constructors, long safetyStaff, long licences,
                              long qualifications) implements Serializable {
}
