package org.buildreg.constructor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.buildreg.account.Account;
import org.buildreg.account.Module;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.declaration.FormCodec;
import org.buildreg.declaration.Stage;
import org.buildreg.person.Person;
import org.buildreg.person.PersonDetails;
import org.buildreg.person.PersonRules;
import org.buildreg.person.PersonSupplement;
import org.buildreg.platform.Refusal;
import org.buildreg.reference.IdCardNumber;

/**
 * 信息补录 (manual: 仅旧系统导入的人员需要补录信息; 当前人员无申报时可修改补录的信息，提交申报后只能“变更”): the
 * enterprise completes what the old system did not hold about its imported constructors, every change kept for
 * 查看历史补录. Name and ID number are not supplemented: they change through 变更注册.
 */
@Stateless
@RolesAllowed("MODULE_CONSTRUCTOR")
public class ConstructorSupplements {


    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private AuditLog audit;

    /** The person's details to complete; refused unless 信息补录 applies now. */
    public PersonDetails start(Long registrationId) {
        Person p = supplementable(callers.enterpriseUser(Module.CONSTRUCTOR), registrationId);
        PersonDetails d = new PersonDetails();
        PersonRules.fill(d, p);
        return d;
    }

    /** 保存 of 信息补录: checks the fields, applies them and records before and after. */
    public void supplement(Long registrationId, PersonDetails details) {
        Account me = callers.enterpriseUser(Module.CONSTRUCTOR);
        Person p = supplementable(me, registrationId);
        Refusal.Collector errors = new Refusal.Collector();
        if (!"男".equals(details.getGender()) && !"女".equals(details.getGender())) {
            errors.reject("gender", "请选择性别");
        }
        if (details.getBirthDate() == null) {
            errors.reject("birthDate", "请填写出生日期");
        } else if (Person.ID_CARD.equals(p.getIdType())
                && !IdCardNumber.agreesWith(p.getIdNumber(), details.getBirthDate(), details.getGender())) {
            errors.reject("birthDate", "出生日期或性别与身份证号码不一致");
        }
        if (!PersonRules.isMobile(details.getMobile())) {
            errors.reject("mobile", "手机号码应为11位数字");
        }
        if (!PersonRules.isEmailOrBlank(details.getEmail())) {
            errors.reject("email", "电子邮箱格式不正确");
        }
        if (details.getGraduatedOn() != null && details.getGraduatedOn().isAfter(LocalDate.now())) {
            errors.reject("graduatedOn", "毕业时间不能晚于今天");
        }
        errors.throwIfAny();
        PersonDetails before = new PersonDetails();
        PersonRules.fill(before, p);
        p.complete(details.getGender(), details.getBirthDate(), strip(details.getEthnicity()),
                strip(details.getSchool()), strip(details.getMajor()), strip(details.getEducation()),
                details.getGraduatedOn(), strip(details.getDegree()), details.getMobile().strip(),
                strip(details.getPhone()), strip(details.getEmail()));
        PersonDetails after = new PersonDetails();
        PersonRules.fill(after, p);
        if (changes(before, after).isEmpty()) {
            throw Refusal.of("没有修改任何信息");
        }
        em.persist(new PersonSupplement(p, Module.CONSTRUCTOR, me.getUsername(), LocalDateTime.now(),
                FormCodec.write(before), FormCodec.write(after)));
        audit.record(me.getUsername(), AuditAction.PERSON_SUPPLEMENTED, p.getName(), String.join("；",
                changes(before, after)));
    }

    /** 查看历史补录: newest first. */
    public List<SupplementChange> history(Long registrationId) {
        Account me = callers.enterpriseUser(Module.CONSTRUCTOR);
        Person p = ownRegistration(me, registrationId).getPerson();
        List<SupplementChange> result = new ArrayList<>();
        for (PersonSupplement s : em.createQuery("SELECT s FROM PersonSupplement s WHERE s.person = :p"
                + " AND s.module = :m ORDER BY s.changedAt DESC, s.id DESC", PersonSupplement.class)
                .setParameter("p", p).setParameter("m", Module.CONSTRUCTOR).getResultList()) {
            result.add(new SupplementChange(s.getChangedAt(), s.getChangedBy(), changes(
                    FormCodec.read(s.getBefore(), PersonDetails.class), FormCodec.read(s.getAfter(), PersonDetails.class))));
        }
        return result;
    }

    /** The fields that differ, as "字段：原值 → 新值". */
    static List<String> changes(PersonDetails before, PersonDetails after) {
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("性别", new Object[] {before.getGender(), after.getGender()});
        fields.put("出生日期", new Object[] {before.getBirthDate(), after.getBirthDate()});
        fields.put("民族", new Object[] {before.getEthnicity(), after.getEthnicity()});
        fields.put("毕业院校", new Object[] {before.getSchool(), after.getSchool()});
        fields.put("所学专业", new Object[] {before.getMajor(), after.getMajor()});
        fields.put("学历", new Object[] {before.getEducation(), after.getEducation()});
        fields.put("毕业时间", new Object[] {before.getGraduatedOn(), after.getGraduatedOn()});
        fields.put("学位", new Object[] {before.getDegree(), after.getDegree()});
        fields.put("手机号码", new Object[] {before.getMobile(), after.getMobile()});
        fields.put("联系电话", new Object[] {before.getPhone(), after.getPhone()});
        fields.put("电子邮箱", new Object[] {before.getEmail(), after.getEmail()});
        List<String> changes = new ArrayList<>();
        fields.forEach((label, v) -> {
            if (!Objects.equals(blankToNull(v[0]), blankToNull(v[1]))) {
                changes.add(label + "：" + (v[0] == null ? "（空）" : v[0]) + " → " + (v[1] == null ? "（空）" : v[1]));
            }
        });
        return changes;
    }

    private Person supplementable(Account me, Long registrationId) {
        ConstructorRegistration r = ownRegistration(me, registrationId);
        Person p = r.getPerson();
        if (p.getLegacyCode() == null) {
            throw Refusal.of("仅旧系统导入的人员需要补录信息");
        }
        List<Stage> stages = em.createQuery("SELECT d.stage FROM Declaration d WHERE d.module = :m"
                + " AND d.subjectKey = :key", Stage.class).setParameter("m", Module.CONSTRUCTOR)
                .setParameter("key", p.getIdNumber()).getResultList();
        if (stages.stream().anyMatch(s -> s != Stage.DRAFT)) {
            throw Refusal.of(p.getName() + " 已提交过申报，信息只能通过“变更注册”修改");
        }
        if (!stages.isEmpty()) {
            throw Refusal.of(p.getName() + " 有未提交的申报，请先删除该申报再补录信息");
        }
        return p;
    }

    private ConstructorRegistration ownRegistration(Account me, Long registrationId) {
        ConstructorRegistration r = registrationId == null ? null
                : em.find(ConstructorRegistration.class, registrationId);
        if (r == null || r.getEnterprise() == null || !r.getEnterprise().getId().equals(me.enterpriseId())) {
            throw callers.denied(me, "二级建造师注册 " + registrationId);
        }
        return r;
    }

    private static Object blankToNull(Object o) {
        return o instanceof String s && s.isBlank() ? null : o;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
