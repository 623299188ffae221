package org.buildreg.print;

import static org.buildreg.print.Cell.choice;
import static org.buildreg.print.Cell.field;
import static org.buildreg.print.Cell.label;
import static org.buildreg.print.Cell.photo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormLayoutTest {

    @Test
    void theHeadingCarriesTheFormNumber() {
        assertEquals("二级建造师延续注册申请表（2-1）", SampleForms.RENEWAL.heading());
        assertEquals("安全生产许可证申请表", FormLayout.titled("安全生产许可证申请表", null).columns(1)
                .row(label("企业名称")).build().heading());
    }

    @Test
    void cellsFlowAroundCellsSpanningRowsFromAbove() {
        FormLayout layout = FormLayout.titled("表", null).columns(1, 2, 1)
                .row(label("姓名"), field("name"), photo("photo", 2))
                .row(label("性别"), choice("gender", "男", "女"))
                .build();
        FormLayout.Placed gender = layout.rows.get(1).cells().get(1);
        FormLayout.Placed name = layout.rows.get(0).cells().get(1);
        assertEquals(name.x(), gender.x(), 0.01f);
        assertEquals(Paper.MARGIN_X + Paper.TABLE_WIDTH / 4, gender.x(), 0.01f);
    }

    @Test
    void aRowMustFillTheGridExactly() {
        IllegalArgumentException tooFew = assertThrows(IllegalArgumentException.class,
                () -> FormLayout.titled("表", null).columns(1, 1, 1).row(label("姓名"), field("name")));
        assertTrue(tooFew.getMessage().contains("row 1") && tooFew.getMessage().contains("column 3"), tooFew.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> FormLayout.titled("表", null).columns(1, 1).row(label("姓名"), field("name", 2)));
    }

    @Test
    void aFieldNameIsUsedOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> FormLayout.titled("表", null).columns(1, 1).row(field("name"), field("name")));
    }

    @Test
    void aRowspanMustEndInsideTheLayoutAndBeforeASectionOrANewGrid() {
        assertThrows(IllegalStateException.class,
                () -> FormLayout.titled("表", null).columns(1, 1).row(label("a"), photo("p", 2)).build());
        assertThrows(IllegalStateException.class,
                () -> FormLayout.titled("表", null).columns(1, 1).row(label("a"), photo("p", 2)).section("b"));
        assertThrows(IllegalStateException.class,
                () -> FormLayout.titled("表", null).columns(1, 1).row(label("a"), photo("p", 2)).columns(1));
    }

    @Test
    void checkboxOptionsWrapToTheCellWidth() {
        FormLayout layout = FormLayout.titled("表", null).columns(1, 1)
                .row(label("注册专业"), choice("specialties", SampleForms.SPECIALTIES)).build();
        FormLayout.Placed choice = layout.rows.get(0).cells().get(1);
        assertTrue(choice.optionRows() > 1);
        for (int i = 0; i < SampleForms.SPECIALTIES.length; i++) {
            float right = choice.optionX()[i] + Paper.BOX + Paper.BOX_GAP
                    + choice.optionLines().get(i).width(Paper.BODY_SIZE);
            assertTrue(right <= choice.innerWidth(), SampleForms.SPECIALTIES[i] + " sticks out");
        }
    }
}
