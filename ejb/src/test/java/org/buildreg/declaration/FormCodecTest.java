package org.buildreg.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.buildreg.constructor.ConstructorForm;
import org.junit.jupiter.api.Test;

class FormCodecTest {

    @Test
    void aFormSurvivesTheRoundTripThroughJson() {
        ConstructorForm form = new ConstructorForm();
        form.getPerson().setName("张建华");
        form.getPerson().setBirthDate(LocalDate.of(1980, 3, 15));
        form.setContinuedSpecialties(List.of("建筑工程", "市政公用工程"));
        form.getChange().setReason("NAME");
        form.setNoDisqualification(true);
        form.setRequiredHours(24);
        String json = FormCodec.write(form);
        ConstructorForm back = FormCodec.read(json, ConstructorForm.class);
        assertEquals("张建华", back.getPerson().getName());
        assertEquals(LocalDate.of(1980, 3, 15), back.getPerson().getBirthDate());
        assertEquals(List.of("建筑工程", "市政公用工程"), back.getContinuedSpecialties());
        assertEquals("NAME", back.getChange().getReason());
        assertEquals(24, back.getRequiredHours());
        assertTrue(back.isNoDisqualification());
    }

    @Test
    void statusFiltersSelectTheirStages() {
        assertEquals(List.of("未提交", "已上报", "退回修改", "已办结"), DeclarationStatuses.declarationStatuses());
        assertEquals(java.util.Set.of(Stage.CITY_REVIEW, Stage.PROVINCE_REVIEW),
                DeclarationStatuses.withDeclarationStatus("已上报"));
        assertEquals(java.util.Set.of(Stage.APPROVED), DeclarationStatuses.withReviewStatus("审核通过"));
        assertTrue(DeclarationStatuses.withReviewStatus("无此状态").isEmpty());
    }
}
