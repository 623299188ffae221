package org.buildreg.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.platform.ListQuery;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.TextLimit;
import org.buildreg.reference.Uscc;

/** 统一社会信用代码备案: the list of USCCs allowed to register, kept by the association (single entry or CSV). */
@Stateless
@RolesAllowed("ADMIN")
public class UsccFilings {

    /** Largest CSV accepted: about 50,000 lines. */
    public static final int MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private AuditLog audit;

    public Page<UsccFiling> search(String uscc, String name, PageRequest page) {
        callers.requireRole(Role.ADMIN);
        return ListQuery.of(UsccFiling.class, "f", "UsccFiling f")
                .whereContains("f.uscc", "uscc", uscc)
                .whereContains("f.enterpriseName", "name", name)
                .sortable("uscc", "f.uscc")
                .sortable("enterpriseName", "f.enterpriseName")
                .sortable("filedAt", "f.filedAt")
                .orderBy("f.filedAt DESC, f.id DESC")
                .page(em, page);
    }

    public UsccFiling file(String uscc, String enterpriseName) {
        Account admin = callers.requireRole(Role.ADMIN);
        String code = uscc == null ? "" : uscc.trim().toUpperCase();
        Refusal.Collector errors = new Refusal.Collector();
        if (!Uscc.isValid(code)) {
            errors.reject("uscc", code.isEmpty() ? "请填写统一社会信用代码" : "统一社会信用代码校验不通过，请核对");
        }
        AccountRules.required("enterpriseName", enterpriseName, "企业名称", errors);
        TextLimit.ENTERPRISE_NAME.check(errors, "enterpriseName", enterpriseName, "企业名称");
        errors.throwIfAny();
        if (!filed(Set.of(code)).isEmpty()) {
            throw Refusal.onField("uscc", "该统一社会信用代码已备案");
        }
        UsccFiling filing = new UsccFiling(code, enterpriseName.trim(), LocalDateTime.now(), admin.getUsername());
        em.persist(filing);
        audit.record(admin.getUsername(), AuditAction.USCC_FILED, code, enterpriseName.trim());
        return filing;
    }

    /**
     * Files every valid line of a CSV ("统一社会信用代码,企业名称", optional header, UTF-8 or GB18030).
     * Valid lines are filed even when others are refused; the result names each refused line.
     */
    public UsccFilingResult upload(byte[] csv) {
        Account admin = callers.requireRole(Role.ADMIN);
        if (csv == null || csv.length == 0) {
            throw Refusal.onField("file", "请选择要上传的CSV文件");
        }
        if (csv.length > MAX_UPLOAD_BYTES) {
            throw Refusal.onField("file", "文件过大（不能超过4MB）");
        }
        List<String[]> rows = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(csv),
                charsetOf(csv)))) {
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                String clean = line.replace("\uFEFF", "").trim();
                if (clean.isEmpty() || lineNo == 1 && clean.startsWith("统一社会信用代码")) {
                    continue;
                }
                String[] f = clean.split("[,，]", 2);
                String code = f[0].trim().toUpperCase();
                if (f.length < 2 || f[1].isBlank()) {
                    refused.add("第" + lineNo + "行：缺少企业名称");
                } else if (!Uscc.isValid(code)) {
                    refused.add("第" + lineNo + "行：统一社会信用代码校验不通过（" + code + "）");
                } else {
                    rows.add(new String[] {code, f[1].trim()});
                }
            }
        } catch (IOException e) {
            throw Refusal.onField("file", "文件无法读取");
        }
        Set<String> already = filed(rows.stream().map(r -> r[0]).collect(java.util.stream.Collectors.toSet()));
        Set<String> seen = new HashSet<>(already);
        LocalDateTime now = LocalDateTime.now();
        int added = 0;
        for (String[] row : rows) {
            if (seen.add(row[0])) {
                em.persist(new UsccFiling(row[0], row[1], now, admin.getUsername()));
                added++;
            }
        }
        audit.record(admin.getUsername(), AuditAction.USCC_FILED, "CSV 批量备案",
                "新增 " + added + "，已备案 " + (rows.size() - added) + "，拒绝 " + refused.size());
        return new UsccFilingResult(added, rows.size() - added, refused);
    }

    /** Which of the codes are already filed: one query per 500 codes, not one per code. */
    private Set<String> filed(Set<String> codes) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(codes);
        for (int i = 0; i < all.size(); i += 500) {
            found.addAll(em.createQuery("SELECT f.uscc FROM UsccFiling f WHERE f.uscc IN :codes", String.class)
                    .setParameter("codes", all.subList(i, Math.min(all.size(), i + 500))).getResultList());
        }
        return found;
    }

    /** UTF-8 if the bytes decode as UTF-8, otherwise GB18030 (what Excel on a Chinese Windows saves). */
    static Charset charsetOf(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (java.nio.charset.CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }
}
