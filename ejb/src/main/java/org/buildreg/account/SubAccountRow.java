package org.buildreg.account;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;

/** One sub-account as 账号管理 lists it. */
public record SubAccountRow(Long id, String username, String holderName, Set<Module> modules, boolean enabled,
                            LocalDateTime createdAt, LocalDateTime lastLoginAt) implements Serializable {

    static SubAccountRow of(Account a) {
        return new SubAccountRow(a.getId(), a.getUsername(), a.getDisplayName(), a.modules(), a.isEnabled(),
                a.getCreatedAt(), a.getLastLoginAt());
    }

    public String getModuleLabels() {
        return modules.stream().sorted().map(Module::label).collect(Collectors.joining("、"));
    }
}
