package org.buildreg.account;

import static org.buildreg.account.EnterpriseCodes.ORG_FIELD;
import static org.buildreg.account.EnterpriseCodes.REG_FIELD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.buildreg.platform.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseCodesTest {

    private static final String USCC_HOHHOT = "91150100MA0N1A2B30";     // org code MA0N1A2B-3
    private static final String USCC_BAOTOU = "91150200MA0N2C3D7F";     // org code MA0N2C3D-7
    private static final String USCC_WUHAI = "91150300MA0N3E4F0W";      // org code MA0N3E4F-0
    private static final String USCC_BEIJING = "91110000600037341L";    // org code 60003734-1
    private static final String REG_NO = "150100000001239";
    private static final String OTHER_REG_NO = "150200000004568";

    /** The field → message map the collector would throw, empty when it would not throw. */
    private static Map<String, String> errorsOf(Refusal.Collector errors) {
        return errors.messages();
    }

    @Test
    void usccFirstAndRegistrationNumberSecond() {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes codes = EnterpriseCodes.read(USCC_HOHHOT, REG_NO, errors);

        assertEquals(Map.of(), errorsOf(errors));
        assertEquals(new EnterpriseCodes(USCC_HOHHOT, "MA0N1A2B3", REG_NO), codes);
    }

    @Test
    void usccWithNumericOrganizationCodeFirstAndRegistrationNumberSecond() {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes codes = EnterpriseCodes.read(USCC_BEIJING, OTHER_REG_NO, errors);

        assertEquals(Map.of(), errorsOf(errors));
        assertEquals(new EnterpriseCodes(USCC_BEIJING, "600037341", OTHER_REG_NO), codes);
    }

    @ParameterizedTest
    @CsvSource({
            "60003734-1, 91110000600037341L, 600037341",
            "600037341, 91110000600037341L, 600037341",
            "MA0N1A2B-3, 91150100MA0N1A2B30, MA0N1A2B3",
            "MA0N2C3D7, 91150200MA0N2C3D7F, MA0N2C3D7",
            "MA0N3E4F-0, 91150300MA0N3E4F0W, MA0N3E4F0"
    })
    void organizationCodeFirstAndMatchingUsccSecond(String orgCode, String uscc, String storedOrgCode) {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes codes = EnterpriseCodes.read(orgCode, uscc, errors);

        assertEquals(Map.of(), errorsOf(errors));
        assertEquals(uscc, codes.uscc());
        assertEquals(storedOrgCode, codes.orgCode());
        assertEquals(uscc, codes.businessRegNo());
    }

    @ParameterizedTest
    @CsvSource({
            "60003734-1, 91150100MA0N1A2B30",
            "MA0N1A2B-3, 91150200MA0N2C3D7F",
            "MA0N1A2B-3, 91110000600037341L"
    })
    void organizationCodeFirstAndMismatchingUsccSecond(String orgCode, String uscc) {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes.read(orgCode, uscc, errors);

        Map<String, String> messages = errorsOf(errors);
        assertEquals(Set.of(ORG_FIELD), messages.keySet());
        assertEquals("组织机构代码与统一社会信用代码不符", messages.get(ORG_FIELD));
    }

    @ParameterizedTest
    @ValueSource(strings = {USCC_HOHHOT, USCC_BAOTOU, USCC_WUHAI, USCC_BEIJING})
    void sameUsccInBothFields(String uscc) {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes codes = EnterpriseCodes.read(uscc, uscc, errors);

        assertEquals(Map.of(), errorsOf(errors));
        assertEquals(uscc, codes.uscc());
        assertEquals(uscc.substring(8, 17), codes.orgCode());
        assertEquals(uscc, codes.businessRegNo());
    }

    @ParameterizedTest
    @CsvSource({
            "91150100MA0N1A2B30, 91150200MA0N2C3D7F",
            "91150300MA0N3E4F0W, 91110000600037341L",
            "91110000600037341L, 91150100MA0N1A2B30"
    })
    void twoDifferentValidUsccsAreRefusedOnTheSecondField(String first, String second) {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes.read(first, second, errors);

        Map<String, String> messages = errorsOf(errors);
        assertEquals(Set.of(REG_FIELD), messages.keySet());
        assertEquals("两处填写的统一社会信用代码不一致", messages.get(REG_FIELD));
    }

    @ParameterizedTest
    @CsvSource({
            "60003734-1, 150100000001239",
            "600037341, 150200000004568",
            "MA0N1A2B-3, 150100000001239"
    })
    void withoutAnyUsccTheFirstFieldSaysItIsRequired(String orgCode, String regNo) {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes codes = EnterpriseCodes.read(orgCode, regNo, errors);

        Map<String, String> messages = errorsOf(errors);
        assertEquals(Set.of(ORG_FIELD), messages.keySet());
        assertTrue(messages.get(ORG_FIELD).contains("统一社会信用代码"), messages.get(ORG_FIELD));
        assertTrue(messages.get(ORG_FIELD).contains("须填写"), messages.get(ORG_FIELD));
        assertNull(codes.uscc());
    }

    @ParameterizedTest
    @ValueSource(strings = {"91150100MA0N1A2B31", "91110000600037341K", "91110000600037342P", "91I10000600037341L"})
    void badUsccInFirstField(String badUscc) {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes.read(badUscc, REG_NO, errors);

        Map<String, String> messages = errorsOf(errors);
        assertEquals(Set.of(ORG_FIELD), messages.keySet());
        assertEquals("统一社会信用代码校验不通过，请核对", messages.get(ORG_FIELD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91150100MA0N1A2B31", "91110000600037341K"})
    void badUsccInSecondField(String badUscc) {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes.read("60003734-1", badUscc, errors);

        Map<String, String> messages = errorsOf(errors);
        assertEquals(Set.of(REG_FIELD), messages.keySet());
        assertEquals("统一社会信用代码校验不通过，请核对", messages.get(REG_FIELD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"60003734-2", "600037340", "6000373", "60003734-12"})
    void badOrganizationCodeInFirstField(String badOrgCode) {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes.read(badOrgCode, USCC_BEIJING, errors);

        Map<String, String> messages = errorsOf(errors);
        assertEquals(Set.of(ORG_FIELD), messages.keySet());
        assertTrue(messages.get(ORG_FIELD).startsWith("组织机构代码校验不通过"), messages.get(ORG_FIELD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"150100000001238", "15010000000123", "1501000000012390", "15010000000123A"})
    void badRegistrationNumberInSecondField(String badRegNo) {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes.read(USCC_HOHHOT, badRegNo, errors);

        Map<String, String> messages = errorsOf(errors);
        assertEquals(Set.of(REG_FIELD), messages.keySet());
        assertTrue(messages.get(REG_FIELD).startsWith("营业执照注册号校验不通过"), messages.get(REG_FIELD));
    }

    @Test
    void badCodesInBothFieldsAreBothReported() {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes.read("60003734-2", "150100000001238", errors);

        assertEquals(Set.of(ORG_FIELD, REG_FIELD), errorsOf(errors).keySet());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000\u3000"})
    void bothFieldsBlank(String blank) {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes codes = EnterpriseCodes.read(blank, blank, errors);

        Map<String, String> messages = errorsOf(errors);
        assertEquals(Set.of(ORG_FIELD, REG_FIELD), messages.keySet());
        assertEquals("请填写组织机构代码或统一社会信用代码", messages.get(ORG_FIELD));
        assertEquals("请填写营业执照注册号或统一社会信用代码", messages.get(REG_FIELD));
        assertEquals(new EnterpriseCodes(null, null, null), codes);
    }

    @Test
    void blankFirstFieldWithUsccInSecond() {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes.read("", USCC_HOHHOT, errors);

        Map<String, String> messages = errorsOf(errors);
        assertEquals(Set.of(ORG_FIELD), messages.keySet());
        assertEquals("请填写组织机构代码或统一社会信用代码", messages.get(ORG_FIELD));
    }

    @Test
    void blankSecondFieldWithUsccInFirst() {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes.read(USCC_HOHHOT, " ", errors);

        Map<String, String> messages = errorsOf(errors);
        assertEquals(Set.of(REG_FIELD), messages.keySet());
        assertEquals("请填写营业执照注册号或统一社会信用代码", messages.get(REG_FIELD));
    }

    @Test
    void fullWidthSpacesInnerBlanksAndLowerCaseAreCleaned() {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes codes = EnterpriseCodes.read("\u300091150100ma0n 1a2b30\u3000", " 1501 0000 0001 239\u3000",
                errors);

        assertEquals(Map.of(), errorsOf(errors));
        assertEquals(new EnterpriseCodes(USCC_HOHHOT, "MA0N1A2B3", REG_NO), codes);
    }

    @Test
    void lowerCaseOrganizationCodeAndUsccAreCleaned() {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes codes = EnterpriseCodes.read("ma0n2c3d-7", "\u300091150200ma0n2c3d7f", errors);

        assertEquals(Map.of(), errorsOf(errors));
        assertEquals(new EnterpriseCodes(USCC_BAOTOU, "MA0N2C3D7", USCC_BAOTOU), codes);
    }

    @Test
    void lowerCaseUsccInBothFieldsCountsAsTheSame() {
        Refusal.Collector errors = new Refusal.Collector();

        EnterpriseCodes codes = EnterpriseCodes.read("91150300ma0n3e4f0w", USCC_WUHAI, errors);

        assertEquals(Map.of(), errorsOf(errors));
        assertEquals(USCC_WUHAI, codes.uscc());
    }

    @Test
    void cleanTrimsFullWidthSpacesDropsInnerBlanksAndUpperCases() {
        assertEquals("MA0N1A2B-3", EnterpriseCodes.clean("\u3000ma0n 1a2b-3\u3000 "));
        assertEquals("", EnterpriseCodes.clean(null));
        assertEquals("", EnterpriseCodes.clean("\u3000 \u3000"));
    }
}
