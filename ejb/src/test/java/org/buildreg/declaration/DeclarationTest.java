package org.buildreg.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.buildreg.account.Enterprise;
import org.buildreg.account.Module;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeclarationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 10, 0);
    private Enterprise enterprise;
    private Declaration declaration;
    private DeclarationBatch batch;

    private static Enterprise enterprise(String name, String city) {
        return new Enterprise(name, null, null, null, city, null, "地址", "地址", NOW);
    }

    @BeforeEach
    void draft() {
        enterprise = enterprise("内蒙古示范建设集团有限公司", "150100");
        declaration = new Declaration("C1501002026112400000001", Module.CONSTRUCTOR, "CONSTRUCTOR_RENEWAL",
                enterprise, "150102198003151232", "张建华", "{}", "demoqy01", NOW);
        batch = new DeclarationBatch("PC2026112400000002", "2026年11月第一批", Module.CONSTRUCTOR, enterprise,
                "demoqy01", NOW);
    }

    @Test
    void aNewDeclarationIsAnUnsubmittedDraftOfItsEnterprisesCity() {
        assertEquals(Stage.DRAFT, declaration.getStage());
        assertEquals("150100", declaration.getCityCode());
        assertTrue(declaration.isDeletable());
    }

    @Test
    void submittingNeedsABatch() {
        assertThrows(IllegalStateException.class, () -> declaration.submit(NOW));
        declaration.putInto(batch);
        declaration.submit(NOW);
        assertEquals(Stage.CITY_REVIEW, declaration.getStage());
        assertEquals(NOW, declaration.getSubmittedAt());
        assertFalse(declaration.isDeletable(), "deleted only before submission");
    }

    @Test
    void aBatchOfAnotherEnterpriseModuleOrAClosedBatchIsRefused() {
        DeclarationBatch other = new DeclarationBatch("PC2026112400000003", "2026年11月第一批", Module.CONSTRUCTOR,
                enterprise("包头市示范建筑工程有限公司", "150200"), "demoqy02", NOW);
        assertThrows(IllegalArgumentException.class, () -> declaration.putInto(other));
        DeclarationBatch safety = new DeclarationBatch("PS2026112400000004", "2026年11月第一批", Module.SAFETY_STAFF,
                enterprise, "demoqy01", NOW);
        assertThrows(IllegalArgumentException.class, () -> declaration.putInto(safety));
        batch.markSubmitted(NOW);
        assertThrows(IllegalStateException.class, () -> declaration.putInto(batch));
    }

    @Test
    void cityThenProvinceApprovalFinishesIt() {
        declaration.putInto(batch);
        declaration.submit(NOW);
        ReviewStep city = declaration.review(ReviewLevel.CITY, ReviewDecision.APPROVE, "city150100", "同意", NOW);
        assertEquals("报批", city.getHandling());
        assertEquals(Stage.PROVINCE_REVIEW, declaration.getStage());
        assertNull(declaration.getFinishedAt());

        ReviewStep province = declaration.review(ReviewLevel.PROVINCE, ReviewDecision.APPROVE, "province01", null,
                NOW.plusDays(1));
        assertEquals("办结", province.getHandling());
        assertEquals(Stage.APPROVED, declaration.getStage());
        assertEquals(NOW.plusDays(1), declaration.getFinishedAt());
    }

    @Test
    void aSecondDecisionAtTheSameLevelIsRefusedAsAlreadyHandled() {
        declaration.putInto(batch);
        declaration.submit(NOW);
        declaration.review(ReviewLevel.CITY, ReviewDecision.APPROVE, "city150100", null, NOW);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> declaration.review(ReviewLevel.CITY, ReviewDecision.REJECT, "city150100b", null, NOW));
        assertEquals("该申报已被处理", e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> declaration.review(ReviewLevel.PROVINCE, ReviewDecision.APPROVE, "province01", null, NOW)
                        .getDeclaration().review(ReviewLevel.PROVINCE, ReviewDecision.APPROVE, "x", null, NOW));
    }

    @Test
    void aReturnedDeclarationIsEditableAgainAndGoesBackToTheCity() {
        declaration.putInto(batch);
        declaration.submit(NOW);
        declaration.review(ReviewLevel.CITY, ReviewDecision.RETURN, "city150100", "照片不清晰", NOW);
        assertEquals(Stage.RETURNED, declaration.getStage());
        declaration.changeForm("{\"photo\":\"new\"}", "张三");
        assertFalse(declaration.isDeletable(), "it has a review history now");
        declaration.submit(NOW.plusDays(2));
        assertEquals(Stage.CITY_REVIEW, declaration.getStage());
    }

    @Test
    void aSubmittedFormCannotBeChanged() {
        declaration.putInto(batch);
        declaration.submit(NOW);
        assertThrows(IllegalStateException.class, () -> declaration.changeForm("{}", "张三"));
    }

    @Test
    void rejectionFinishesItAtEitherLevel() {
        declaration.putInto(batch);
        declaration.submit(NOW);
        declaration.review(ReviewLevel.CITY, ReviewDecision.REJECT, "city150100", "不符合条件", NOW);
        assertEquals(Stage.REJECTED, declaration.getStage());
        assertEquals(NOW, declaration.getFinishedAt());
    }

    @Test
    void eachStepRecordsHowLongTheDeclarationWaitedAtItsLevel() {
        declaration.putInto(batch);
        declaration.submit(NOW);
        ReviewStep city = declaration.review(ReviewLevel.CITY, ReviewDecision.APPROVE, "city150100", null,
                NOW.plusHours(5));
        ReviewStep province = declaration.review(ReviewLevel.PROVINCE, ReviewDecision.APPROVE, "province01", null,
                NOW.plusHours(5).plusMinutes(90));
        assertEquals(300L, city.getWaitedMinutes());
        assertEquals(90L, province.getWaitedMinutes());
        assertEquals("90 分钟", ReviewCounts.duration(90));
        assertEquals("5.0 小时", ReviewCounts.duration(300));
        assertEquals("3.0 天", ReviewCounts.duration(3 * 24 * 60));
    }
}
