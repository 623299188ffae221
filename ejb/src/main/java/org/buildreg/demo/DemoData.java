package org.buildreg.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.buildreg.account.Account;
import org.buildreg.account.Enterprise;
import org.buildreg.account.Module;
import org.buildreg.account.Role;
import org.buildreg.account.UsccFiling;
import org.buildreg.auth.PasswordHasher;
import org.buildreg.constructor.ConstructorRegistration;
import org.buildreg.constructor.ExamResult;
import org.buildreg.constructor.Specialty;
import org.buildreg.dongle.DemoDongles;
import org.buildreg.person.Person;
import org.buildreg.platform.PlatformStatus;
import org.buildreg.qualification.QualificationCertificate;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.reference.Division;
import org.buildreg.reference.DivisionCatalog;
import org.buildreg.reference.IdCardNumber;
import org.buildreg.safetylicence.SafetyLicence;
import org.buildreg.safetystaff.SafetyStaffCategory;
import org.buildreg.safetystaff.SafetyStaffCertificate;
import org.buildreg.safetystaff.SafetyStaffExam;

/**
 * The demo accounts of the embedded default (system property {@code buildreg.demo=true}): an administrator, a batch
 * operator, a province reviewer, a city reviewer per 盟市, two enterprises each with a main account and a sub-account,
 * the certificates those enterprises hold, and a few filed USCCs that are free to register. Loaded once, after the divisions; never in production.
 */
@Singleton
@Startup
public class DemoData {

    public static final String PASSWORD = "Demo2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** USCCs on the filing list that no enterprise has registered yet, to try 新企业注册 with. */
    public static final List<String[]> FREE_FILINGS = List.of(
            new String[] {"91150300MA0N3E4F0W", "乌海市示范市政工程有限公司"},
            new String[] {"91150600MA0N4G5H4N", "鄂尔多斯市示范路桥建设有限公司"},
            new String[] {"91152500MA0N5J6K9P", "锡林郭勒盟示范水利水电工程有限公司"});

    @PersistenceContext
    private EntityManager em;
    @EJB
    private DivisionCatalog divisions;
    @EJB
    private PlatformStatus status;
    @Resource
    private TimerService timers;
    @EJB
    private DemoDongles dongles;

    @PostConstruct
    void schedule() {
        if (Boolean.getBoolean("buildreg.demo")) {
            timers.createSingleActionTimer(2_000, new TimerConfig("demo-data", false));
        } else {
            status.demoDataSettled();
        }
    }

    @Timeout
    void loadOnceDivisionsArePresent() {
        if (divisions.cities().isEmpty()) {
            timers.createSingleActionTimer(1_000, new TimerConfig("demo-data", false));
            return;
        }
        if (em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", "admin")
                .getResultList().isEmpty()) {
            load();
            em.flush();
            LOG.info("Demo accounts loaded (password " + PASSWORD + ")");
        }
        // Every start: a database or a token made afresh gets its dongles again.
        int enrolled = dongles.enrolUnbound(em.createQuery("SELECT a FROM Account a WHERE a.username IN :names"
                + " ORDER BY a.id", Account.class).setParameter("names", demoUsernames()).getResultList(),
                DemoData::dongleHolder, idNumber("15010219800101001"), "13800000000");
        if (enrolled > 0) {
            LOG.info("Demo dongles enrolled and bound: " + enrolled);
        }
        status.demoDataSettled();
    }

    /** Who holds a demo account's dongle (使用者): the enterprise's contact, the sub-account's user, the office's clerk. */
    private static String dongleHolder(Account account) {
        return switch (account.getRole()) {
            case ENTERPRISE_MAIN -> account.getEnterprise().getContactName() != null
                    ? account.getEnterprise().getContactName() : account.getUsername();
            case ENTERPRISE_SUB -> account.getDisplayName();
            default -> account.getDisplayName() + "经办人";
        };
    }

    private List<String> demoUsernames() {
        List<String> names = new java.util.ArrayList<>(List.of("admin", "batch01", "province01", "demoqy01", "demoqy01sub",
                "demoqy02", "demoqy02sub", "dsjzaz2008"));
        divisions.cities().forEach(city -> names.add("city" + city.getCode()));
        return names;
    }

    private void load() {
        LocalDateTime now = LocalDateTime.now();
        String hash = PasswordHasher.hash(PASSWORD);
        em.persist(Account.staff(Role.ADMIN, "admin", hash, "协会信息中心", null, now));
        em.persist(Account.staff(Role.BATCH_OPERATOR, "batch01", hash, "协会信息中心批处理", null, now));
        em.persist(Account.staff(Role.PROVINCE_REVIEWER, "province01", hash, "自治区住房和城乡建设厅", null, now));
        for (Division city : divisions.cities()) {
            em.persist(Account.staff(Role.CITY_REVIEWER, "city" + city.getCode(), hash,
                    city.getName() + "住房和城乡建设局", city.getCode(), now));
        }
        Enterprise first = enterprise("内蒙古示范建设集团有限公司", "91150100MA0N1A2B30", "150100", "150102",
                "呼和浩特市新城区示范路1号", now);
        first.describe("王建国", "有限责任公司", "李明", "0471-6600001");
        em.persist(Account.enterpriseMain(first, "demoqy01", hash, now));
        em.persist(Account.enterpriseSub(first, "demoqy01sub", hash, "张晓燕",
                EnumSet.of(Module.CONSTRUCTOR, Module.SAFETY_STAFF), now));
        Enterprise second = enterprise("包头市示范建筑工程有限公司", "91150200MA0N2C3D7F", "150200", "150203",
                "包头市昆都仑区钢铁大街88号", now);
        second.describe("刘振华", "股份有限公司", "赵蕾", "0472-5100002");
        em.persist(Account.enterpriseMain(second, "demoqy02", hash, now));
        em.persist(Account.enterpriseSub(second, "demoqy02sub", hash, "孙浩",
                EnumSet.of(Module.SAFETY_LICENCE, Module.ENTERPRISE), now));
        // An "old" enterprise of the previous system: only the MD5 of its password is known until it logs in.
        Enterprise old = enterprise("鄂尔多斯市东胜建筑安装有限责任公司", "91150600MA0N6P8Q2T", "150600", "150602",
                "鄂尔多斯市东胜区伊金霍洛西街16号", now);
        em.persist(Account.legacyMain(old, "dsjzaz2008", md5(PASSWORD), now));
        holdings(first, 0, "呼和浩特市");
        holdings(second, 1, "包头市");
        exams(now);
        for (String[] free : FREE_FILINGS) {
            em.persist(new UsccFiling(free[0], free[1], now, "admin"));
        }
    }

    /**
     * A few constructors, safety staff, a licence and a qualification certificate, so every tab shows data. The ID
     * numbers agree with the genders (17th digit odd for men, even for women), or no form of theirs could be saved.
     */
    private void holdings(Enterprise e, int n, String city) {
        LocalDate today = LocalDate.now();
        String[][] people = n == 0
                ? new String[][] {{"张建华", "男", "15010219800315123"}, {"李秀英", "女", "15010419850620234"},
                        {"王志强", "男", "15012119780909345"}}
                : new String[][] {{"赵国栋", "男", "15020319820101455"}, {"孙丽娟", "女", "15020419900712568"}};
        for (int i = 0; i < people.length; i++) {
            String id = people[i][2] + IdCardNumber.checkCharacter(people[i][2]);
            Person p = new Person(people[i][0], people[i][1], Person.ID_CARD, id,
                    IdCardNumber.birthDate(id).orElseThrow(), e, LocalDateTime.now());
            p.describe("汉族", "本科", "内蒙古工业大学", "土木工程", "138471" + n + i + "000");
            em.persist(p);
            int seq = n * 10 + i + 1;
            LocalDate issued = today.minusYears(1).minusMonths(i * 5L);
            CertificateStatus status = i == 2 ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
            // 李秀英 (n 0, i 1) has certificates expiring soon, so 个人中心 shows its 90/30-day reminders.
            boolean expiringSoon = n == 0 && i == 1;
            LocalDate until = i == 2 ? today.minusMonths(2) : expiringSoon ? today.plusDays(75) : issued.plusYears(3);
            em.persist(new ConstructorRegistration(p, e, String.format("蒙215%02d%07d", issued.getYear() % 100, seq),
                    String.format("NMG%07d", 100 + seq), String.format("%08d", 2024000 + seq),
                    i == 1 ? EnumSet.of(Specialty.BUILDING, Specialty.MUNICIPAL) : EnumSet.of(Specialty.BUILDING),
                    "内蒙古自治区住房和城乡建设厅", issued, until, status));
            SafetyStaffCategory category = SafetyStaffCategory.values()[(i + n) % SafetyStaffCategory.values().length];
            em.persist(new SafetyStaffCertificate(category.certificateNo(issued.getYear(), seq), p, e, category, issued, issued, expiringSoon ? today.plusDays(25) : issued.plusYears(3),
                    CertificateStatus.VALID));
        }
        if (n == 0) {
            // 刘海军 came from the old system with what it knew of him: 已办证书 offers him 信息补录.
            String id = idNumber("15010519790412331");
            Person p = new Person("刘海军", "男", Person.ID_CARD, id, IdCardNumber.birthDate(id).orElseThrow(), e,
                    LocalDateTime.now());
            p.describe("汉族", "大专", "内蒙古建筑职业技术学院", "工业与民用建筑", "13847109000");
            p.markImported("JZS-2009-0451");
            em.persist(p);
            LocalDate issued = today.minusMonths(20);
            em.persist(new ConstructorRegistration(p, e, String.format("蒙215%02d%07d", issued.getYear() % 100, 9),
                    "NMG0000109", "02024009", EnumSet.of(Specialty.BUILDING), "内蒙古自治区住房和城乡建设厅", issued,
                    issued.plusYears(3).minusDays(1), CertificateStatus.VALID));
            // … and his 综合 安管人员 certificate came with him: 信息补录 in that tab too.
            em.persist(new SafetyStaffCertificate(SafetyStaffCategory.C3.certificateNo(issued.getYear(), 9), p, e,
                    SafetyStaffCategory.C3, issued, issued, issued.plusYears(3).minusDays(1), CertificateStatus.VALID));
        }
        if (n == 1) {
            // 钱卫东 was registered with this enterprise and cancelled: 重新注册 finds him by name and ID number.
            String id = idNumber("15020519751120677");
            Person p = new Person("钱卫东", "男", Person.ID_CARD, id, IdCardNumber.birthDate(id).orElseThrow(), e,
                    LocalDateTime.now());
            p.describe("汉族", "大专", "包头职业技术学院", "工程管理", "13947200011");
            em.persist(p);
            em.persist(new ConstructorRegistration(p, e, String.format("蒙215%02d%07d", today.getYear() % 100 - 5, 31),
                    "NMG0000131", "02019031", EnumSet.of(Specialty.HIGHWAY), "内蒙古自治区住房和城乡建设厅",
                    today.minusYears(5), today.minusYears(2), CertificateStatus.CANCELLED));
        }
        LocalDate licensed = today.minusYears(2).withDayOfMonth(1);
        em.persist(new SafetyLicence(String.format("(蒙)JZ安许证字[%d]%06d", licensed.getYear(), 100 + n), e,
                n == 0 ? "王建国" : "刘振华", SafetyLicence.CONSTRUCTION, licensed, licensed.plusYears(3),
                CertificateStatus.VALID));
        em.persist(new QualificationCertificate(String.format("D2150%05d", 1234 + n), e,
                n == 0 ? "建筑工程施工总承包贰级；市政公用工程施工总承包叁级" : "电子与智能化工程专业承包贰级",
                city + "住房和城乡建设局", licensed.minusYears(1), licensed.plusYears(4)));
    }

    /** 人社厅考试合格数据 to try 初始注册 (a new person) and 增项注册 (张建华, 市政公用工程) with. */
    private void exams(LocalDateTime now) {
        em.persist(new ExamResult(idNumber(NEW_CONSTRUCTOR_ID), NEW_CONSTRUCTOR_NAME, Specialty.BUILDING, "NMG2600001",
                now.toLocalDate().minusMonths(3)));
        em.persist(new ExamResult(idNumber("15010219800315123"), "张建华", Specialty.MUNICIPAL, "NMG2600002",
                now.toLocalDate().minusMonths(3)));
        // 安全生产考核: 吴海涛 passed as 项目负责人 (新增申报 of the demo); 郑丽 failed 土建 (refused with her score).
        em.persist(new SafetyStaffExam(idNumber(NEW_SAFETY_STAFF_ID), NEW_SAFETY_STAFF_NAME, SafetyStaffCategory.B,
                now.toLocalDate().minusMonths(2), "86"));
        em.persist(new SafetyStaffExam(idNumber(FAILED_SAFETY_STAFF_ID), "郑丽", SafetyStaffCategory.C2,
                now.toLocalDate().minusMonths(2), "52"));
    }

    /** A person who passed the 安全生产考核 as 项目负责人 and holds no certificate: 新增申报 of the demo. */
    public static final String NEW_SAFETY_STAFF_NAME = "吴海涛";
    public static final String NEW_SAFETY_STAFF_ID = "15010319880523471";
    /** 郑丽 sat the 土建 考核 and failed (52分). */
    public static final String FAILED_SAFETY_STAFF_ID = "15010419910814582";

    /** A person who passed the exam and is not registered yet: 初始注册 of the demo. */
    public static final String NEW_CONSTRUCTOR_NAME = "周文博";
    public static final String NEW_CONSTRUCTOR_ID = "15010219920608451";

    public static String idNumber(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private static String md5(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Enterprise enterprise(String name, String uscc, String city, String county, String address,
                                  LocalDateTime now) {
        Enterprise e = new Enterprise(name, uscc, uscc.substring(8, 17), uscc, city, county, address, address, now);
        em.persist(e);
        em.persist(new UsccFiling(uscc, name, now, "admin"));
        return e;
    }
}
