package org.buildreg.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleTest {

    @Test
    void everySubsetSurvivesFormatThenParse() {
        Module[] all = Module.values();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            Set<Module> subset = EnumSet.noneOf(Module.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(all[i]);
                }
            }
            assertEquals(subset, Module.parse(Module.format(subset)), subset.toString());
        }
    }

    @Test
    void formatListsNamesInDeclarationOrder() {
        assertEquals("CONSTRUCTOR,QUALIFICATION,ENTERPRISE",
                Module.format(Set.of(Module.ENTERPRISE, Module.CONSTRUCTOR, Module.QUALIFICATION)));
        assertEquals("CONSTRUCTOR,SAFETY_STAFF,QUALIFICATION,SAFETY_LICENCE,ENTERPRISE",
                Module.format(EnumSet.allOf(Module.class)));
        assertEquals("", Module.format(Set.of()));
    }

    @Test
    void parseToleratesSpacesAndEmptyItems() {
        assertEquals(EnumSet.of(Module.SAFETY_STAFF, Module.SAFETY_LICENCE),
                Module.parse(" SAFETY_LICENCE , ,SAFETY_STAFF,"));
    }

    @Test
    void formatThenParseRoundTripOfStoredText() {
        String stored = "CONSTRUCTOR,SAFETY_LICENCE";
        assertEquals(stored, Module.format(Module.parse(stored)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void parseOfNothingIsEmpty(String stored) {
        assertEquals(EnumSet.noneOf(Module.class), Module.parse(stored));
    }

    @Test
    void parseRefusesUnknownNames() {
        assertThrows(IllegalArgumentException.class, () -> Module.parse("CONSTRUCTOR,PAYROLL"));
    }

    @Test
    void roleIsModulePrefixPlusName() {
        assertEquals("MODULE_SAFETY_LICENCE", Module.SAFETY_LICENCE.role());
        assertEquals("MODULE_CONSTRUCTOR", Module.CONSTRUCTOR.role());
    }
}
