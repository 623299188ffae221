package org.buildreg.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.buildreg.safetystaff.SafetyStaffCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the sample export bundled in the platform through the legacy classes, in the migration's order (qy →
 * ry → jzs → agry → aqxk, and kshg), and compares every count with the sample's own manifest.json, so that a
 * broken rule fails here rather than in the batch console.
 */
class LegacySampleTest {

    /** The divisions the platform ships live in the batch module; the reactor runs this test from ejb/. */
    static final Path DIVISIONS = Path.of("..", "batch", "src", "main", "resources", "reference", "nmg-divisions.csv");

    private static JsonObject manifest;
    private static final Map<LegacyFile, List<LegacyRow>> OUTCOMES = new EnumMap<>(LegacyFile.class);
    private static final Map<LegacyFile, Long> ROWS = new EnumMap<>(LegacyFile.class);
    private static LegacyPersons persons;

    @BeforeAll
    static void migrateSampleInMemory() throws IOException {
        try (InputStream in = LegacySampleTest.class.getClassLoader()
                .getResourceAsStream(LegacyExport.BUNDLED_SAMPLE + "manifest.json");
             JsonReader json = Json.createReader(in)) {
            manifest = json.readObject();
        }
        LegacyNormalizer normalizer = normalizer();
        persons = new LegacyPersons();
        Set<String> enterprises = new HashSet<>();
        try (LegacyExport export = LegacyExport.bundledSample()) {
            for (LegacyFile file : LegacyFile.values()) {
                List<LegacyRow> outcomes = new ArrayList<>();
                try (LegacyCsv csv = export.reader(file)) {
                    for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                        LegacyRow outcome = switch (file) {
                            case ENTERPRISES -> normalizer.enterprise(row);
                            case PERSONS -> normalizer.person(row, enterprises::contains);
                            case CONSTRUCTOR_REGISTRATIONS -> normalizer.constructorRegistration(row, persons);
                            case SAFETY_STAFF_CERTIFICATES -> normalizer.safetyStaffCertificate(row, persons);
                            case SAFETY_LICENCES -> normalizer.safetyLicence(row, enterprises::contains);
                            case EXAM_PASSES -> normalizer.examPass(row);
                        };
                        if (outcome instanceof LegacyEnterprise e) {
                            enterprises.add(e.code());
                        }
                        if (file == LegacyFile.PERSONS) {
                            persons.add(outcome);
                        }
                        outcomes.add(outcome);
                    }
                    ROWS.put(file, csv.rowsRead());
                }
                OUTCOMES.put(file, outcomes);
            }
        }
    }

    static LegacyNormalizer normalizer() throws IOException {
        try (InputStream divisions = Files.newInputStream(DIVISIONS)) {
            return new LegacyNormalizer(LegacyCities.fromDivisionsCsv(divisions), LegacyNormalizer.shippedSpecialties());
        }
    }

    @Test
    void everyFileHasTheManifestsRowCount() {
        JsonObject files = manifest.getJsonObject("files");
        assertEquals(LegacyFile.values().length, files.size(), "files in manifest.json");
        for (String name : files.keySet()) {
            LegacyFile file = LegacyFile.ofFileName(name);
            assertEquals(files.getJsonObject(name).getInt("rows"), ROWS.get(file), name + " rows");
            assertEquals(ROWS.get(file), OUTCOMES.get(file).size(), name + ": one outcome per row");
        }
    }

    @Test
    void everyFileRejectsWhatTheManifestSaysUnderTheSameReasons() {
        JsonObject files = manifest.getJsonObject("files");
        for (String name : files.keySet()) {
            JsonObject expected = files.getJsonObject(name);
            Map<String, Integer> expectedReasons = new TreeMap<>();
            if (expected.containsKey("rejected")) {
                expected.getJsonObject("rejected").forEach((reason, count) ->
                        expectedReasons.put(reason, Integer.parseInt(count.toString())));
            }
            assertEquals(expectedReasons, rejectedByReason(LegacyFile.ofFileName(name)), name + " rejected");
        }
    }

    @Test
    void everyFileImportsWhatTheManifestExpects() {
        JsonObject files = manifest.getJsonObject("files");
        for (String name : files.keySet()) {
            JsonObject expected = files.getJsonObject(name);
            LegacyFile file = LegacyFile.ofFileName(name);
            long imported = OUTCOMES.get(file).stream().filter(o -> !(o instanceof Rejected)).count();
            if (expected.containsKey("expected_imported")) {
                assertEquals(expected.getInt("expected_imported"), imported, name + " imported");
            }
            int rejected = rejectedByReason(file).values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(expected.getInt("rows"), imported + rejected, name + ": every row imported or rejected once");
        }
    }

    @Test
    void personsAreMergedByTheirNormalizedIdNumber() {
        JsonObject ry = manifest.getJsonObject("files").getJsonObject("ry.csv");
        assertEquals(ry.getInt("persons_expected"), persons.persons(), "persons");
        assertEquals(ry.getInt("merged_duplicates"), persons.mergedDuplicates(), "merged duplicates");
    }

    @Test
    void certificatesOfAMergedDuplicateBelongToTheOnePerson() {
        Map<String, String> idByPersonNo = new TreeMap<>();
        for (LegacyRow o : OUTCOMES.get(LegacyFile.PERSONS)) {
            if (o instanceof LegacyPerson p) {
                idByPersonNo.put(p.personNo(), p.idNumber());
            }
        }
        for (LegacyRow o : OUTCOMES.get(LegacyFile.CONSTRUCTOR_REGISTRATIONS)) {
            if (o instanceof LegacyConstructorRegistration r) {
                assertEquals(idByPersonNo.get(r.personNo()), r.idNumber(), "holder of " + r.registrationNo());
            }
        }
    }

    @Test
    void enterprisesWithoutUsccAreImportedAndFlagged() {
        JsonObject qy = manifest.getJsonObject("files").getJsonObject("qy.csv");
        long flagged = OUTCOMES.get(LegacyFile.ENTERPRISES).stream()
                .filter(o -> o instanceof LegacyEnterprise e && e.needsUsccFiling()).count();
        assertEquals(qy.getInt("without_uscc"), flagged);
    }

    @Test
    void enterprisesCarryTheirOldLoginAndMd5Password() throws NoSuchAlgorithmException {
        // manifest.json's note: the passwords are pw + the 6-digit zero-padded row index (from 0).
        for (LegacyRow o : OUTCOMES.get(LegacyFile.ENTERPRISES)) {
            LegacyEnterprise e = (LegacyEnterprise) o;
            assertNotNull(e.loginName(), "login name of " + e.code());
            String password = "pw%06d".formatted(e.rowNo() - 1);
            assertEquals(md5(password), e.passwordMd5(), "MD5 of " + e.code());
        }
    }

    @Test
    void theOldPlainCCategoryBecomesC3() {
        assertTrue(manifest.getJsonObject("files").getJsonObject("agry.csv").getString("note").contains("C3"));
        int oldC = 0;
        try (LegacyExport export = LegacyExport.bundledSample(); LegacyCsv csv = export.reader(LegacyFile.SAFETY_STAFF_CERTIFICATES)) {
            List<LegacyRow> outcomes = OUTCOMES.get(LegacyFile.SAFETY_STAFF_CERTIFICATES);
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                if (LegacyText.clean(row.field(2)).equals("专职安全生产管理人员")) {
                    oldC++;
                    LegacySafetyStaffCertificate c = (LegacySafetyStaffCertificate) outcomes.get((int) row.number() - 1);
                    assertEquals(SafetyStaffCategory.C3, c.category(), "row " + row.number());
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertTrue(oldC > 0, "the sample has 专职安全生产管理人员 rows");
    }

    @Test
    void everyEnterpriseCityResolvesToADivision() {
        for (LegacyRow o : OUTCOMES.get(LegacyFile.ENTERPRISES)) {
            LegacyEnterprise e = (LegacyEnterprise) o;
            assertTrue(e.cityCode().matches("15\\d{2}00"), e.code() + " " + e.cityCode());
        }
    }

    private static Map<String, Integer> rejectedByReason(LegacyFile file) {
        Map<String, Integer> counts = new TreeMap<>();
        for (LegacyRow o : OUTCOMES.get(file)) {
            if (o instanceof Rejected r) {
                assertEquals(file, r.file());
                counts.merge(r.reason().name(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String md5(String text) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.US_ASCII));
        return "%032x".formatted(new BigInteger(1, digest));
    }
}
