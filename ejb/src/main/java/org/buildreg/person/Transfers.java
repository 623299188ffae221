package org.buildreg.person;

import org.buildreg.declaration.Stage;

/**
 * The 调转 rules every person certificate follows (二级建造师 and 安管人员 alike, manual 人员调出/人员调入): only a held
 * certificate (有效 or 已过期) is 调出, never while a declaration for the person is in flight; the new enterprise
 * files its 调入 or sends the person back (退回), and may send him back only while it has not filed.
 */
public final class Transfers {

    private Transfers() {
    }

    /**
     * 人员调入 → 退回 (manual: 新企业在未提交调入申请时可以将人员退回; 如已填写调入申报想要退回，需先删除申报再退回;
     * 调入申报进入审批流程不能再退回). {@code transferInStage} is the stage of the new enterprise's transfer-in
     * declaration for the person, or null when there is none. Returns the refusal, or null when 退回 is allowed.
     */
    public static String refusalOfReturn(Stage transferInStage) {
        if (transferInStage == null) {
            return null;
        }
        if (transferInStage == Stage.DRAFT) {
            return "已填写调入申报，请先删除该申报再退回";
        }
        return "调入申报已进入审批流程，不能退回";
    }
}
