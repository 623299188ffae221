package org.buildreg.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.buildreg.account.Account;
import org.buildreg.account.Enterprise;
import org.buildreg.account.Module;
import org.buildreg.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoginServiceTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 10, 9, 30);

    private final Enterprise enterprise = new Enterprise("包头市某建设集团有限公司", "91150200MA0N2C3D7F",
            "MA0N2C3D7", "150200000004568", "150200", null, "包头市昆都仑区", "包头市昆都仑区", NOW);

    @Test
    void mainAccountGetsRoleEnterpriseAndEveryModule() {
        Account main = Account.enterpriseMain(enterprise, "baotou001", "hash", NOW);

        assertEquals(Set.of("ENTERPRISE_MAIN", "ENTERPRISE", "MODULE_CONSTRUCTOR", "MODULE_SAFETY_STAFF",
                "MODULE_QUALIFICATION", "MODULE_SAFETY_LICENCE", "MODULE_ENTERPRISE"), LoginService.groupsOf(main));
    }

    @Test
    void subAccountGetsOnlyItsGrantedModules() {
        Account sub = Account.enterpriseSub(enterprise, "baotousub1", "hash", "张三",
                EnumSet.of(Module.SAFETY_STAFF, Module.QUALIFICATION), NOW);

        assertEquals(Set.of("ENTERPRISE_SUB", "ENTERPRISE", "MODULE_SAFETY_STAFF", "MODULE_QUALIFICATION"),
                LoginService.groupsOf(sub));
    }

    @Test
    void subAccountWithoutModulesIsStillAnEnterpriseAccount() {
        Account sub = Account.enterpriseSub(enterprise, "baotousub2", "hash", "李四", Set.of(), NOW);

        assertEquals(Set.of("ENTERPRISE_SUB", "ENTERPRISE"), LoginService.groupsOf(sub));
    }

    @Test
    void groupsFollowLaterGrants() {
        Account sub = Account.enterpriseSub(enterprise, "baotousub3", "hash", "王五", Set.of(), NOW);
        sub.grant(EnumSet.of(Module.ENTERPRISE));

        assertEquals(Set.of("ENTERPRISE_SUB", "ENTERPRISE", "MODULE_ENTERPRISE"), LoginService.groupsOf(sub));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CITY_REVIEWER", "PROVINCE_REVIEWER", "ADMIN", "BATCH_OPERATOR"})
    void staffGetOnlyTheirRole(Role role) {
        Account staff = Account.staff(role, "staff0001", "hash", "工作人员", "150200", NOW);

        assertEquals(Set.of(role.name()), LoginService.groupsOf(staff));
    }

    @Test
    void roleComesFirst() {
        Account main = Account.enterpriseMain(enterprise, "baotou002", "hash", NOW);

        assertEquals("ENTERPRISE_MAIN", LoginService.groupsOf(main).iterator().next());
    }
}
