package org.buildreg.declaration;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The choices of the 申报状态 and 审核状态 filters, and the stages each of them selects. */
public final class DeclarationStatuses {

    private DeclarationStatuses() {
    }

    /** 未提交, 已上报, 退回修改, 已办结 — in the order a declaration passes them. */
    public static List<String> declarationStatuses() {
        return List.copyOf(Arrays.stream(Stage.values()).map(Stage::declarationStatus)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    /** 未审核, 盟市审核, 自治区审批, 退回修改, 审核通过, 审核不通过. */
    public static List<String> reviewStatuses() {
        return List.copyOf(Arrays.stream(Stage.values()).map(Stage::reviewStatus)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The stages whose 申报状态 is {@code label}; empty for an unknown label. */
    public static Set<Stage> withDeclarationStatus(String label) {
        Set<Stage> stages = new LinkedHashSet<>();
        for (Stage s : Stage.values()) {
            if (s.declarationStatus().equals(label)) {
                stages.add(s);
            }
        }
        return stages;
    }

    public static Set<Stage> withReviewStatus(String label) {
        Set<Stage> stages = new LinkedHashSet<>();
        for (Stage s : Stage.values()) {
            if (s.reviewStatus().equals(label)) {
                stages.add(s);
            }
        }
        return stages;
    }
}
