package org.buildreg.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StageTest {

    @ParameterizedTest
    @CsvSource({
            "CITY_REVIEW, APPROVE, PROVINCE_REVIEW",
            "CITY_REVIEW, REJECT, REJECTED",
            "CITY_REVIEW, RETURN, RETURNED",
            "PROVINCE_REVIEW, APPROVE, APPROVED",
            "PROVINCE_REVIEW, REJECT, REJECTED",
            "PROVINCE_REVIEW, RETURN, RETURNED"})
    void reviewDecisionsLeadWhereTheManualSays(Stage from, ReviewDecision decision, Stage to) {
        assertEquals(to, from.after(decision));
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"DRAFT", "RETURNED", "APPROVED", "REJECTED"})
    void nobodyReviewsOutsideTheTwoReviewStages(Stage stage) {
        assertEquals(null, stage.reviewLevel());
        assertThrows(IllegalStateException.class, () -> stage.after(ReviewDecision.APPROVE));
    }

    @Test
    void theManualsTwoStatusColumns() {
        assertEquals("未提交", Stage.DRAFT.declarationStatus());
        assertEquals("未审核", Stage.DRAFT.reviewStatus());
        assertEquals("已上报", Stage.CITY_REVIEW.declarationStatus());
        assertEquals("盟市审核", Stage.CITY_REVIEW.reviewStatus());
        assertEquals("自治区审批", Stage.PROVINCE_REVIEW.reviewStatus());
    }

    @Test
    void onlyDraftsAndReturnedDeclarationsAreEditableAndOnlyDecidedOnesAreOutOfFlight() {
        for (Stage stage : Stage.values()) {
            assertEquals(stage == Stage.DRAFT || stage == Stage.RETURNED, stage.isEditable(), stage.name());
        }
        assertFalse(Stage.APPROVED.isInFlight());
        assertFalse(Stage.REJECTED.isInFlight());
        assertTrue(Stage.RETURNED.isInFlight());
    }

    @Test
    void handlingPerLevel() {
        assertEquals("报批", ReviewDecision.APPROVE.handling(ReviewLevel.CITY));
        assertEquals("办结", ReviewDecision.APPROVE.handling(ReviewLevel.PROVINCE));
        assertEquals("办结", ReviewDecision.REJECT.handling(ReviewLevel.CITY));
        assertEquals("退回", ReviewDecision.RETURN.handling(ReviewLevel.PROVINCE));
    }
}
