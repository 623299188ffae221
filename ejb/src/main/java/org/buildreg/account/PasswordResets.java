package org.buildreg.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.auth.PasswordHasher;
import org.buildreg.auth.RequestOrigin;
import org.buildreg.platform.ListQuery;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.TextLimit;
import org.buildreg.platform.Throttles;
import org.buildreg.reference.Uscc;

/**
 * 找回账号/重置密码: anyone may file a request from the login page; the administrator finds the account it
 * means and issues a one-time password (shown once, changed at the next login), or rejects it with a reason.
 */
@Stateless
public class PasswordResets {

    /** Requests of one enterprise (USCC) waiting at once: a typo corrected twice, not a flood. */
    public static final int PENDING_PER_ENTERPRISE = 3;

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private AuditLog audit;
    @EJB
    private Throttles throttles;
    @Inject
    private RequestOrigin origin;

    @PermitAll
    public PasswordResetRequest submit(PasswordResetForm form) {
        Refusal.Collector errors = new Refusal.Collector();
        AccountRules.required("enterpriseName", form.getEnterpriseName(), "企业名称", errors);
        String uscc = form.getUscc() == null ? "" : form.getUscc().trim().toUpperCase();
        if (uscc.isEmpty()) {
            errors.reject("uscc", "请填写统一社会信用代码");
        } else if (!Uscc.isValid(uscc)) {
            errors.reject("uscc", "统一社会信用代码校验不通过，请核对");
        }
        AccountRules.required("contactName", form.getContactName(), "联系人", errors);
        if (form.getContactPhone() == null || !form.getContactPhone().trim().matches("[0-9-]{7,20}")) {
            errors.reject("contactPhone", "请填写正确的联系电话");
        }
        AccountRules.required("reason", form.getReason(), "申请说明", errors);
        TextLimit.ENTERPRISE_NAME.check(errors, "enterpriseName", form.getEnterpriseName(), "企业名称");
        TextLimit.PERSON_NAME.check(errors, "contactName", form.getContactName(), "联系人");
        TextLimit.REASON.check(errors, "reason", form.getReason(), "申请说明");
        if (form.getUsername() != null && form.getUsername().strip().length() > 40) {
            errors.reject("username", "用户名不能超过40个字符"); // the column's width; real ones have 6 to 18
        }
        errors.throwIfAny();
        if (!throttles.resetRequestFromAddress(String.valueOf(origin.address()))) {
            throw Refusal.of(Throttles.TOO_OFTEN);
        }
        // Per enterprise too, counted in the database (whatever the addresses): requests beyond these would only
        // bury the association's queue, or the real one among them.
        long pending = em.createQuery("SELECT COUNT(r) FROM PasswordResetRequest r WHERE r.uscc = :uscc"
                + " AND r.status = :pending", Long.class).setParameter("uscc", uscc)
                .setParameter("pending", PasswordResetRequest.Status.PENDING).getSingleResult();
        if (pending >= PENDING_PER_ENTERPRISE) {
            throw Refusal.of("该企业已有" + pending + "份待处理的找回申请，请等待协会处理后再提交");
        }
        PasswordResetRequest request = new PasswordResetRequest(blankToNull(form.getUsername()),
                form.getEnterpriseName().trim(), uscc, form.getContactName().trim(), form.getContactPhone().trim(),
                form.getReason().trim(), LocalDateTime.now());
        em.persist(request);
        audit.record(request.getUsername(), AuditAction.PASSWORD_RESET_REQUESTED, request.getEnterpriseName(), uscc);
        return request;
    }

    @RolesAllowed("ADMIN")
    public Page<PasswordResetRequest> search(PasswordResetRequest.Status status, PageRequest page) {
        return ListQuery.of(PasswordResetRequest.class, "r", "PasswordResetRequest r")
                .where("r.status = :status", "status", status)
                .orderBy("r.createdAt DESC, r.id DESC")
                .page(em, page);
    }

    /** The accounts a request may mean: its named account if it belongs to that USCC, else the main account. */
    @RolesAllowed("ADMIN")
    public List<Account> candidates(Long requestId) {
        callers.requireRole(Role.ADMIN);
        PasswordResetRequest request = find(requestId);
        List<Account> ofEnterprise = em.createQuery("SELECT a FROM Account a WHERE a.enterprise.uscc = :uscc"
                        + " ORDER BY a.role, a.username", Account.class)
                .setParameter("uscc", request.getUscc()).getResultList();
        if (request.getUsername() != null) {
            List<Account> named = ofEnterprise.stream()
                    .filter(a -> a.getUsername().equals(request.getUsername())).toList();
            if (!named.isEmpty()) {
                return named;
            }
        }
        return ofEnterprise;
    }

    /** Issues a one-time password to {@code accountId} and returns it, to be shown once. */
    @RolesAllowed("ADMIN")
    public String resolve(Long requestId, Long accountId) {
        Account admin = callers.requireRole(Role.ADMIN);
        PasswordResetRequest request = find(requestId);
        if (request.getStatus() != PasswordResetRequest.Status.PENDING) {
            throw Refusal.of("该申请已处理");
        }
        Account account = candidates(requestId).stream().filter(a -> a.getId().equals(accountId)).findFirst()
                .orElseThrow(() -> Refusal.of("所选账号不属于该申请的企业"));
        String password = OneTimePassword.generate();
        account.resetPassword(PasswordHasher.hash(password));
        request.resolve(account, admin.getUsername(), LocalDateTime.now());
        audit.record(admin.getUsername(), AuditAction.PASSWORD_RESET, account.getUsername(),
                "找回申请 " + requestId);
        return password;
    }

    @RolesAllowed("ADMIN")
    public void reject(Long requestId, String why) {
        Account admin = callers.requireRole(Role.ADMIN);
        if (why == null || why.isBlank()) {
            throw Refusal.onField("rejectReason", "请填写驳回原因");
        }
        PasswordResetRequest request = find(requestId);
        if (request.getStatus() != PasswordResetRequest.Status.PENDING) {
            throw Refusal.of("该申请已处理");
        }
        request.reject(why.trim(), admin.getUsername(), LocalDateTime.now());
        audit.record(admin.getUsername(), AuditAction.PASSWORD_RESET_REJECTED, request.getEnterpriseName(), why);
    }

    private PasswordResetRequest find(Long id) {
        PasswordResetRequest request = id == null ? null : em.find(PasswordResetRequest.class, id);
        if (request == null) {
            throw Refusal.of("申请不存在");
        }
        return request;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
