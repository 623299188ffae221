package org.buildreg.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The enterprise modules, in the order of the manual's tabs after 个人中心: the one place a module is named. A main
 * account has them all; a sub-account only those ticked for it. Each is also a security role ("MODULE_" + name);
 * a module that files declarations has the letter its 申报单号 and 批次编号 begin with.
 */
public enum Module {
    CONSTRUCTOR("二级建造师", 'C'),
    SAFETY_STAFF("安管人员", 'S'),
    QUALIFICATION("资质管理", null),
    SAFETY_LICENCE("安全许可", 'L'),
    ENTERPRISE("企业信息", null);

    private final String label;
    private final Character declarationLetter;

    Module(String label, Character declarationLetter) {
        this.label = label;
        this.declarationLetter = declarationLetter;
    }

    /** Whether enterprises file declarations in this module (reviewers then see its business types). */
    public boolean hasDeclarations() {
        return declarationLetter != null;
    }

    /** The letter of its 申报单号 ("C150100…") and 批次编号 ("PC…"). */
    public char declarationLetter() {
        if (declarationLetter == null) {
            throw new IllegalArgumentException(this + " has no declarations");
        }
        return declarationLetter;
    }

    /** The modules with declarations, in tab order. */
    public static List<Module> withDeclarations() {
        return Arrays.stream(values()).filter(Module::hasDeclarations).toList();
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
