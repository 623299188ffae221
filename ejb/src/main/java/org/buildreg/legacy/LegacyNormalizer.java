package org.buildreg.legacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.buildreg.constructor.Specialty;
import org.buildreg.reference.IdCardNumber;
import org.buildreg.safetystaff.SafetyStaffCategory;
import org.buildreg.safetystaff.SafetyStaffRules;

/**
 * Turns each row of the export into a typed record or a {@link Rejected}: clean-up first ({@link LegacyText}),
 * then the checks in the order that decides the one reason a row is reported under — MALFORMED_ROW,
 * ID_CHECKSUM, DATE_FORMAT, ORPHAN_ENTERPRISE, then the checks of this platform's reference data. Stateless
 * and thread-safe; what one file needs of another (enterprise codes, persons) is passed in.
 */
public final class LegacyNormalizer {

    /** 证件类型 whose number is a 居民身份证号码 and so has a check character. */
    private static final List<String> ID_CARD_TYPES = List.of("身份证", "居民身份证", "二代身份证", "");
    /** The pre-2016 single C category of safety staff: today's C3 (综合). */
    private static final String OLD_C_CATEGORY = "专职安全生产管理人员";
    /** The 考试类别 of kshg.csv that marks a 安全生产考核 row, before or instead of the 人员类别. */
    private static final String SAFETY_STAFF_EXAM = "安管人员";

    private final LegacyCities cities;
    private final Map<String, String> specialtyCodes;

    /** {@code specialtyCodes}: specialty name (建筑工程) → code (BUILDING), as the specialty table holds them. */
    public LegacyNormalizer(LegacyCities cities, Map<String, String> specialtyCodes) {
        this.cities = cities;
        this.specialtyCodes = Map.copyOf(specialtyCodes);
    }

    /** The six specialties as the platform ships them (the same rows V2 puts into the specialty table). */
    public static Map<String, String> shippedSpecialties() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Specialty s : Specialty.values()) {
            codes.put(s.label(), s.name());
        }
        return codes;
    }

    // ---- qy.csv -----------------------------------------------------------------------------------------

    public LegacyRow enterprise(CsvRow row) {
        LegacyFile file = LegacyFile.ENTERPRISES;
        if (malformed(row, file)) {
            return reject(file, row, Reason.MALFORMED_ROW);
        }
        String code = text(row, 0);
        if (code == null || text(row, 1) == null) {
            return reject(file, row, Reason.MISSING_FIELD);
        }
        Optional<CityName> city = cities.find(row.field(5));
        if (city.isEmpty()) {
            return reject(file, row, Reason.UNKNOWN_CITY);
        }
        return new LegacyEnterprise(row.number(), code, text(row, 1), upper(row, 2), upper(row, 3), upper(row, 4),
                city.get().code(), city.get().name(), text(row, 6), text(row, 7), text(row, 8), text(row, 9),
                text(row, 10), text(row, 11), text(row, 12), text(row, 13), text(row, 14), text(row, 15),
                lower(row, 16));
    }

    // ---- ry.csv -----------------------------------------------------------------------------------------

    /** {@code enterpriseExists}: whether an 企业编码 is one of qy.csv's (imported) enterprises. */
    public LegacyRow person(CsvRow row, Predicate<String> enterpriseExists) {
        LegacyFile file = LegacyFile.PERSONS;
        if (malformed(row, file)) {
            return reject(file, row, Reason.MALFORMED_ROW);
        }
        String idType = orEmpty(text(row, 3));
        Optional<String> idNumber = idNumber(idType, row.field(4));
        if (idNumber.isEmpty()) {
            return reject(file, row, Reason.ID_CHECKSUM);
        }
        LocalDate birthDate = null;
        if (text(row, 5) != null) {
            Optional<LocalDate> written = LegacyDates.parse(row.field(5));
            if (written.isEmpty()) {
                return reject(file, row, Reason.DATE_FORMAT);
            }
            birthDate = written.get();
        } else if (isIdCard(idType)) {
            birthDate = IdCardNumber.birthDate(idNumber.get()).orElse(null);
        }
        String personNo = text(row, 0);
        String name = text(row, 1);
        LegacyPerson person = new LegacyPerson(row.number(), personNo, name, text(row, 2),
                idType.isEmpty() ? "身份证" : idType, idNumber.get(), birthDate, text(row, 6), text(row, 7),
                text(row, 8), text(row, 9), text(row, 10), text(row, 11));
        if (person.enterpriseCode() == null || !enterpriseExists.test(person.enterpriseCode())) {
            return new Rejected(file, row.number(), Reason.ORPHAN_ENTERPRISE, row.raw(), person);
        }
        if (personNo == null || name == null) {
            return reject(file, row, Reason.MISSING_FIELD);
        }
        return person;
    }

    // ---- jzs.csv ----------------------------------------------------------------------------------------

    public LegacyRow constructorRegistration(CsvRow row, PersonLookup persons) {
        LegacyFile file = LegacyFile.CONSTRUCTOR_REGISTRATIONS;
        if (malformed(row, file)) {
            return reject(file, row, Reason.MALFORMED_ROW);
        }
        Optional<LocalDate> issued = LegacyDates.parse(row.field(6));
        Optional<LocalDate> validUntil = LegacyDates.parse(row.field(7));
        if (issued.isEmpty() || validUntil.isEmpty()) {
            return reject(file, row, Reason.DATE_FORMAT);
        }
        String personNo = text(row, 3);
        List<String> specialties = new ArrayList<>();
        for (String name : LegacyText.split(row.field(4))) {
            specialties.add(specialtyCodes.get(name));
        }
        Optional<PersonLink> person = persons.find(personNo);
        LegacyConstructorRegistration registration = new LegacyConstructorRegistration(row.number(),
                upper(row, 0), upper(row, 1), text(row, 2), personNo,
                person.map(PersonLink::idNumber).orElse(null), specialties.contains(null) ? List.of() : specialties,
                text(row, 5), issued.get(), validUntil.get(), text(row, 8));
        Reason holder = holderProblem(person);
        if (holder != null) {
            return reject(file, row, holder, holder == Reason.ORPHAN_ENTERPRISE ? registration : null);
        }
        if (specialties.isEmpty() || specialties.contains(null)) {
            return reject(file, row, Reason.UNKNOWN_SPECIALTY);
        }
        if (registration.registrationNo() == null) {
            return reject(file, row, Reason.MISSING_FIELD);
        }
        return registration;
    }

    // ---- agry.csv ---------------------------------------------------------------------------------------

    public LegacyRow safetyStaffCertificate(CsvRow row, PersonLookup persons) {
        LegacyFile file = LegacyFile.SAFETY_STAFF_CERTIFICATES;
        if (malformed(row, file)) {
            return reject(file, row, Reason.MALFORMED_ROW);
        }
        Optional<LocalDate> issued = LegacyDates.parse(row.field(3));
        Optional<LocalDate> validFrom = text(row, 4) == null ? issued : LegacyDates.parse(row.field(4));
        Optional<LocalDate> validUntil = LegacyDates.parse(row.field(5));
        if (issued.isEmpty() || validFrom.isEmpty() || validUntil.isEmpty()) {
            return reject(file, row, Reason.DATE_FORMAT);
        }
        String personNo = text(row, 1);
        Optional<PersonLink> person = persons.find(personNo);
        SafetyStaffCategory category = category(row.field(2));
        LegacySafetyStaffCertificate certificate = new LegacySafetyStaffCertificate(row.number(), text(row, 0),
                personNo, person.map(PersonLink::idNumber).orElse(null), category, issued.get(), validFrom.get(),
                validUntil.get(), text(row, 6));
        Reason holder = holderProblem(person);
        if (holder != null) {
            return reject(file, row, holder, holder == Reason.ORPHAN_ENTERPRISE ? certificate : null);
        }
        if (category == null) {
            return reject(file, row, Reason.UNKNOWN_CATEGORY);
        }
        if (certificate.certificateNo() == null) {
            return reject(file, row, Reason.MISSING_FIELD);
        }
        return certificate;
    }

    /** 人员类别 by its label or code; 专职安全生产管理人员 and a bare "C" (before 2016) are C3. */
    public static SafetyStaffCategory category(String text) {
        String t = LegacyText.clean(text);
        if (t == null) {
            return null;
        }
        if (t.equals(OLD_C_CATEGORY) || t.equalsIgnoreCase("C") || t.equals("C类")) {
            return SafetyStaffCategory.C3;
        }
        for (SafetyStaffCategory c : SafetyStaffCategory.values()) {
            if (c.label().equals(t) || c.name().equalsIgnoreCase(t) || (c.name() + "类").equalsIgnoreCase(t)) {
                return c;
            }
        }
        return null;
    }

    // ---- aqxk.csv ---------------------------------------------------------------------------------------

    public LegacyRow safetyLicence(CsvRow row, Predicate<String> enterpriseExists) {
        LegacyFile file = LegacyFile.SAFETY_LICENCES;
        if (malformed(row, file)) {
            return reject(file, row, Reason.MALFORMED_ROW);
        }
        Optional<LocalDate> issued = LegacyDates.parse(row.field(4));
        Optional<LocalDate> validUntil = LegacyDates.parse(row.field(5));
        if (issued.isEmpty() || validUntil.isEmpty()) {
            return reject(file, row, Reason.DATE_FORMAT);
        }
        LegacySafetyLicence licence = new LegacySafetyLicence(row.number(), text(row, 0), text(row, 1),
                text(row, 2), text(row, 3), issued.get(), validUntil.get(), text(row, 6));
        if (licence.enterpriseCode() == null || !enterpriseExists.test(licence.enterpriseCode())) {
            return reject(file, row, Reason.ORPHAN_ENTERPRISE, licence);
        }
        if (licence.licenceNo() == null) {
            return reject(file, row, Reason.MISSING_FIELD);
        }
        return licence;
    }

    // ---- kshg.csv ---------------------------------------------------------------------------------------

    public LegacyRow examPass(CsvRow row) {
        LegacyFile file = LegacyFile.EXAM_PASSES;
        if (malformed(row, file)) {
            return reject(file, row, Reason.MALFORMED_ROW);
        }
        Optional<String> idNumber = idNumber("身份证", row.field(1));
        if (idNumber.isEmpty()) {
            return reject(file, row, Reason.ID_CHECKSUM);
        }
        String year = text(row, 4);
        if (year != null && !year.matches("(19|20)\\d{2}")) {
            return reject(file, row, Reason.DATE_FORMAT);
        }
        String kind = text(row, 5);
        if (isSafetyStaffExam(kind)) {
            return safetyStaffExam(row, idNumber.get(), kind);
        }
        String specialty = specialtyCodes.get(orEmpty(text(row, 2)));
        if (specialty == null) {
            return reject(file, row, Reason.UNKNOWN_SPECIALTY);
        }
        String name = text(row, 0);
        String qualificationNo = upper(row, 3);
        if (name == null || qualificationNo == null) {
            return reject(file, row, Reason.MISSING_FIELD);
        }
        return new ExamPass(row.number(), name, idNumber.get(), specialty, qualificationNo,
                year == null ? null : Integer.valueOf(year), kind);
    }

    /** A 安全生产考核 row names the 人员类别 in 考试类别 (安管人员C2, C2类, 土建安全生产管理人员 …) or in 专业 (考试类别 安管人员). */
    private static boolean isSafetyStaffExam(String kind) {
        return kind != null && (kind.startsWith(SAFETY_STAFF_EXAM) || category(kind) != null);
    }

    private LegacyRow safetyStaffExam(CsvRow row, String idNumber, String kind) {
        LegacyFile file = LegacyFile.EXAM_PASSES;
        String named = kind.startsWith(SAFETY_STAFF_EXAM) ? kind.substring(SAFETY_STAFF_EXAM.length()) : kind;
        SafetyStaffCategory category = category(named.isBlank() ? row.field(2) : named);
        if (category == null) {
            return reject(file, row, Reason.UNKNOWN_CATEGORY);
        }
        String examDate = row.size() > 6 ? text(row, 6) : null;
        String score = row.size() > 7 ? text(row, 7) : null;
        String name = text(row, 0);
        if (name == null || examDate == null || score == null) {
            return reject(file, row, Reason.MISSING_FIELD);
        }
        Optional<LocalDate> date = LegacyDates.parse(examDate);
        if (date.isEmpty()) {
            return reject(file, row, Reason.DATE_FORMAT);
        }
        if (!SafetyStaffRules.isScore(score)) {
            return reject(file, row, Reason.BAD_SCORE);
        }
        return new SafetyStaffExamPass(row.number(), name, idNumber, category, date.get(), score);
    }

    // ---- shared rules -----------------------------------------------------------------------------------

    /**
     * The normalized ID number, or empty when it is not a valid one. For an ID card: upper-case check
     * character, 15 digits made 18 (GB 11643), then the check character must agree. Other documents (passport,
     * 军官证) have no check character: cleaned and upper-cased only.
     */
    public static Optional<String> idNumber(String idType, String written) {
        String cleaned = LegacyText.cleanOrNull(written);
        if (cleaned == null) {
            return Optional.empty();
        }
        if (!isIdCard(orEmpty(LegacyText.clean(idType)))) {
            return Optional.of(cleaned.toUpperCase(Locale.ROOT));
        }
        String normalized = IdCardNumber.normalize(cleaned);
        return IdCardNumber.isValid(normalized) ? Optional.of(normalized) : Optional.empty();
    }

    /**
     * Why a certificate's holder keeps it out, or null. A certificate follows its person: when the person is
     * an orphan the certificate is staged with it (ORPHAN_ENTERPRISE, claimable by 旧数据导入申请); when the
     * person's row was rejected for a fault of its own the certificate is reported as PERSON_REJECTED and
     * comes in with the person once the row is corrected; a 人员编号 ry.csv lacks is UNKNOWN_PERSON. So every
     * certificate row is counted once, as imported or under one reason: rows = imported + rejected per file,
     * as manifest.json has it (jzs 187 + 1 DATE_FORMAT = 188; agry 230 + 0).
     */
    private static Reason holderProblem(Optional<PersonLink> person) {
        if (person.isEmpty()) {
            return Reason.UNKNOWN_PERSON;
        }
        Reason rejected = person.get().rejectedAs();
        if (rejected == null) {
            return null;
        }
        return rejected == Reason.ORPHAN_ENTERPRISE ? Reason.ORPHAN_ENTERPRISE : Reason.PERSON_REJECTED;
    }

    private static boolean isIdCard(String idType) {
        return ID_CARD_TYPES.contains(idType);
    }

    private static boolean malformed(CsvRow row, LegacyFile file) {
        return !row.complete() || !file.fits(row.size());
    }

    private static Rejected reject(LegacyFile file, CsvRow row, Reason reason) {
        return new Rejected(file, row.number(), reason, row.raw());
    }

    private static Rejected reject(LegacyFile file, CsvRow row, Reason reason, LegacyRow staged) {
        return new Rejected(file, row.number(), reason, row.raw(), staged);
    }

    private static String text(CsvRow row, int column) {
        return LegacyText.cleanOrNull(row.field(column));
    }

    private static String upper(CsvRow row, int column) {
        String t = text(row, column);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    private static String lower(CsvRow row, int column) {
        String t = text(row, column);
        return t == null ? null : t.toLowerCase(Locale.ROOT);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
