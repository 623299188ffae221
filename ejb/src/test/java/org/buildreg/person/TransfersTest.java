package org.buildreg.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.buildreg.declaration.Stage;
import org.junit.jupiter.api.Test;

class TransfersTest {

    @Test
    void transferMayBeReturnedOnlyWithoutATransferInDeclaration() {
        assertNull(Transfers.refusalOfReturn(null));
        assertEquals("已填写调入申报，请先删除该申报再退回", Transfers.refusalOfReturn(Stage.DRAFT));
        assertEquals("调入申报已进入审批流程，不能退回", Transfers.refusalOfReturn(Stage.CITY_REVIEW));
        assertEquals("调入申报已进入审批流程，不能退回", Transfers.refusalOfReturn(Stage.RETURNED));
        assertEquals("调入申报已进入审批流程，不能退回", Transfers.refusalOfReturn(Stage.PROVINCE_REVIEW));
    }
}
