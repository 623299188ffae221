package org.buildreg.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.PasswordHasher;
import org.buildreg.auth.RequestOrigin;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.TextLimit;
import org.buildreg.platform.Throttles;
import org.buildreg.reference.Division;
import org.buildreg.reference.DivisionCatalog;

/**
 * 新企业注册: creates the enterprise and its main account. The USCC must be on the filing list; an enterprise
 * already on the platform (same USCC or organization code) is told to use its existing account instead.
 */
@Stateless
@PermitAll
public class EnterpriseRegistration {

    static final String ALREADY_REGISTERED = "该企业已在平台注册，请勿重复注册。“老”企业请使用原有账号登录；"
            + "忘记用户名或密码请通过“找回账号/重置密码”申请";

    @PersistenceContext
    private EntityManager em;
    @EJB
    private DivisionCatalog divisions;
    @EJB
    private AuditLog audit;
    @EJB
    private Throttles throttles;
    @Inject
    private RequestOrigin origin;

    public Enterprise register(RegistrationForm form) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.checkUsername("username", form.getUsername(), errors);
        AccountRules.checkPassword("password", form.getPassword(), errors);
        EnterpriseCodes codes = EnterpriseCodes.read(form.getOrgCodeOrUscc(), form.getBusinessRegNoOrUscc(), errors);
        AccountRules.required("enterpriseName", form.getEnterpriseName(), "企业名称", errors);
        checkDivisions(form, errors);
        AccountRules.required("registeredAddress", form.getRegisteredAddress(), "工商注册地址", errors);
        AccountRules.required("currentAddress", form.getCurrentAddress(), "公司现地址", errors);
        TextLimit.ENTERPRISE_NAME.check(errors, "enterpriseName", form.getEnterpriseName(), "企业名称");
        TextLimit.ADDRESS.check(errors, "registeredAddress", form.getRegisteredAddress(), "工商注册地址");
        TextLimit.ADDRESS.check(errors, "currentAddress", form.getCurrentAddress(), "公司现地址");
        errors.throwIfAny();
        if (!throttles.registrationFromAddress(String.valueOf(origin.address()))) {
            throw Refusal.of(Throttles.TOO_OFTEN);
        }

        String username = form.getUsername().trim();
        if (codes.uscc() != null && isRegistered("Enterprise.byUscc", "uscc", codes.uscc())
                || codes.orgCode() != null && isRegistered("Enterprise.byOrgCode", "orgCode", codes.orgCode())) {
            throw Refusal.onField(EnterpriseCodes.ORG_FIELD, ALREADY_REGISTERED);
        }
        if (!isFiled(codes.uscc())) {
            throw Refusal.onField(EnterpriseCodes.ORG_FIELD,
                    "该统一社会信用代码尚未备案，请先向协会信息中心办理统一社会信用代码备案后再注册");
        }
        if (!em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .getResultList().isEmpty()) {
            throw Refusal.onField("username", "用户名已被使用，请换一个");
        }

        LocalDateTime now = LocalDateTime.now();
        Enterprise enterprise = new Enterprise(form.getEnterpriseName().trim(), codes.uscc(), codes.orgCode(),
                codes.businessRegNo(), form.getCityCode(), form.getCountyCode(), form.getRegisteredAddress().trim(),
                form.getCurrentAddress().trim(), now);
        em.persist(enterprise);
        em.persist(Account.enterpriseMain(enterprise, username, PasswordHasher.hash(form.getPassword()), now));
        audit.record(username, AuditAction.ENTERPRISE_REGISTERED, enterprise.getName(), codes.uscc());
        return enterprise;
    }

    private void checkDivisions(RegistrationForm form, Refusal.Collector errors) {
        Division city = divisions.find(form.getCityCode()).filter(Division::isCity).orElse(null);
        if (city == null) {
            errors.reject("cityCode", "请选择所属盟市");
            return;
        }
        boolean countyOfCity = divisions.find(form.getCountyCode())
                .map(d -> city.getCode().equals(d.getParentCode())).orElse(false);
        if (!countyOfCity) {
            errors.reject("countyCode", "请选择所属区县");
        }
    }

    private boolean isRegistered(String query, String parameter, String value) {
        return !em.createNamedQuery(query, Enterprise.class).setParameter(parameter, value).getResultList().isEmpty();
    }

    private boolean isFiled(String uscc) {
        return !em.createQuery("SELECT f.id FROM UsccFiling f WHERE f.uscc = :uscc", Long.class)
                .setParameter("uscc", uscc).getResultList().isEmpty();
    }
}
