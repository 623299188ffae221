package org.buildreg.platform;

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
import org.buildreg.reference.Division;
import org.buildreg.reference.DivisionCatalog;

/**
 * The demo accounts of the embedded default (system property {@code buildreg.demo=true}): an administrator,
 * a province reviewer, a city reviewer per 盟市, two enterprises each with a main account and a sub-account,
 * and a few filed USCCs that are free to register. Loaded once, after the divisions; never in production.
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
            LOG.info("Demo accounts loaded (password " + PASSWORD + ")");
        }
        status.demoDataSettled();
    }

    private void load() {
        LocalDateTime now = LocalDateTime.now();
        String hash = PasswordHasher.hash(PASSWORD);
        em.persist(Account.staff(Role.ADMIN, "admin", hash, "协会信息中心", null, now));
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
        for (String[] free : FREE_FILINGS) {
            em.persist(new UsccFiling(free[0], free[1], now, "admin"));
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
