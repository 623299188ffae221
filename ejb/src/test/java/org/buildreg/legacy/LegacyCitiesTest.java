package org.buildreg.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyCitiesTest {

    private static LegacyCities cities;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Files.newInputStream(LegacySampleTest.DIVISIONS)) {
            cities = LegacyCities.fromDivisionsCsv(in);
        }
    }

    @ParameterizedTest
    @CsvSource({"包头市,150200", "包头,150200", "兴安,152200", "兴安盟,152200", "呼市,150100", "锡盟,152500",
            "阿盟,152900", "乌兰察布,150900", "通辽,150500", "哲里木盟,150500", "伊克昭盟,150600",
            "内蒙古自治区赤峰市,150400", "'\u3000鄂尔多斯 ',150600"})
    void resolvesFullShortAndOldNames(String written, String code) {
        assertEquals(code, cities.find(written).orElseThrow().code(), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "北京市", "包", "市"})
    void leavesUnknownNamesUnresolved(String written) {
        assertTrue(cities.find(written).isEmpty(), written);
    }
}
