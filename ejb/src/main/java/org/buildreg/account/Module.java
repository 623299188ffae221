package org.buildreg.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The enterprise modules, in the order of the manual's tabs after 个人中心. A main account has them all;
 * a sub-account only those ticked for it. Each is also a security role ("MODULE_" + name).
 */
public enum Module {
    CONSTRUCTOR("二级建造师"),
    SAFETY_STAFF("安管人员"),
    QUALIFICATION("资质管理"),
    SAFETY_LICENCE("安全许可"),
    ENTERPRISE("企业信息");

    private final String label;

    Module(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String role() {
        return "MODULE_" + name();
    }

    /** Stored as a comma-separated list of names. */
    public static Set<Module> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(Module.class);
        }
        return Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Module::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Module.class)));
    }

    public static String format(Set<Module> modules) {
        return modules.stream().sorted().map(Module::name).collect(Collectors.joining(","));
    }
}
