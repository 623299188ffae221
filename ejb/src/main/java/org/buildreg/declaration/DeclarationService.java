package org.buildreg.declaration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.buildreg.account.Account;
import org.buildreg.account.Enterprise;
import org.buildreg.account.Module;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.platform.Refusal;
import org.buildreg.platform.Sequences;

/**
 * The enterprise's side of the declaration workflow (申报), the same for every business type of every module:
 * fill and save a form into a batch, upload its attachments, 上报 the batch, resubmit what was 退回修改, delete
 * what was never submitted. Each method checks that the declaration or batch is the caller's own.
 */
@Stateless
@RolesAllowed("ENTERPRISE")
public class DeclarationService {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private DeclarationAccess access;
    @EJB
    private AuditLog audit;
    @Inject
    private BusinessTypes types;

    /** A new form of {@code typeCode}, auto-filled from {@code from} (see {@link BusinessType#start}). */
    public Draft<?> start(String typeCode, String from) {
        BusinessType<?> type = types.of(typeCode);
        Account me = callers.enterpriseUser(type.module());
        Object form = type.start(filing(me), from);
        return new Draft<>(typeCode, form, null, null, null);
    }

    /** Fills in what the platform knows for what the user has typed so far (see {@link BusinessType#refresh}). */
    public Draft<?> refresh(Draft<?> draft) {
        BusinessType<?> type = types.of(draft.getBusinessType());
        Account me = callers.enterpriseUser(type.module());
        refreshAs(type, draft, me);
        return draft;
    }

    private <F> void refreshAs(BusinessType<F> type, Draft<?> draft, Account me) {
        type.refresh(type.formType().cast(draft.getForm()), filing(me));
    }

    /** The saved form of a declaration the enterprise may still change (未提交 or 退回修改). */
    public Draft<?> edit(Long declarationId) {
        Account me = callers.current();
        Declaration d = access.owned(me, declarationId);
        if (!d.getStage().isEditable()) {
            throw Refusal.of("申报已上报，不能修改");
        }
        BusinessType<?> type = types.of(d.getBusinessType());
        Draft<?> draft = new Draft<>(d.getBusinessType(), FormCodec.read(d.getFormData(), type.formType()), d.getId(),
                d.getDeclarationNo(), d.getBatch() == null ? null : d.getBatch().getId());
        draft.setBatchName(d.getBatch() == null ? null : d.getBatch().getName());
        return draft;
    }

    /**
     * 保存: checks the form by its business type's rules and stores it in the chosen batch; a new declaration also
     * claims its subject, so that a second declaration in flight for the same person (or licence) is refused with
     * the number of the first. Returns the declaration's id.
     */
    public Long save(Draft<?> draft) {
        BusinessType<?> type = types.of(draft.getBusinessType());
        Account me = callers.enterpriseUser(type.module());
        Enterprise enterprise = em.find(Enterprise.class, me.enterpriseId());
        return saveAs(type, draft, me, enterprise);
    }

    private <F> Long saveAs(BusinessType<F> type, Draft<?> draft, Account me, Enterprise enterprise) {
        F form = type.formType().cast(draft.getForm());
        Declaration existing = draft.getDeclarationId() == null ? null : access.owned(me, draft.getDeclarationId());
        // A declaration 退回修改 stays in the batch it was submitted with and goes back to the city from there.
        boolean keepsBatch = existing != null && existing.getStage() == Stage.RETURNED;
        Refusal.Collector errors = new Refusal.Collector();
        type.refresh(form, filing(me));
        type.check(form, filing(me), errors);
        if (!keepsBatch && draft.getBatchId() == null) {
            errors.reject("batch", "请选择批次或快捷创建批次");
        }
        errors.throwIfAny();
        DeclarationBatch batch = keepsBatch ? existing.getBatch() : access.ownedBatch(me, draft.getBatchId());
        if (!keepsBatch && (!batch.isOpen() || batch.getModule() != type.module())) {
            throw Refusal.onField("batch", "该批次已上报或不属于本模块，请重新选择批次");
        }
        String json = FormCodec.write(form);
        String subjectKey = type.subjectKey(form);
        Declaration d;
        LocalDateTime now = LocalDateTime.now();
        if (existing == null) {
            String inFlight = inFlightNote(em, type.module(), subjectKey, enterprise.getId());
            if (inFlight != null) {
                throw Refusal.of(type.subjectName(form) + " 已有在办申报（" + inFlight + "），办结或删除之前不能再申报");
            }
            long sequence = Sequences.next(em, "seq_declaration_no");
            d = new Declaration(DeclarationNumber.of(type.module(), enterprise.getCityCode(), now.toLocalDate(),
                    sequence), type.module(), type.code(), enterprise, subjectKey, type.subjectName(form), json,
                    me.getUsername(), now);
            em.persist(d);
            em.flush();
            claim(d);
        } else {
            d = existing;
            if (!d.getStage().isEditable()) {
                throw Refusal.of("申报已上报，不能修改");
            }
            if (!d.getBusinessType().equals(type.code()) || !d.getSubjectKey().equals(subjectKey)) {
                throw Refusal.of("申报人员不能更改；如需为其他人员申报，请删除本申报后重新填写");
            }
            d.changeForm(json, type.subjectName(form));
        }
        if (!keepsBatch && (d.getBatch() == null || !d.getBatch().equals(batch))) {
            d.putInto(batch);
        }
        return d.getId();
    }

    /** The open batches of the caller's enterprise in {@code module}, newest first, for 选择批次. */
    public List<BatchOption> openBatches(Module module) {
        Account me = callers.enterpriseUser(module);
        List<BatchOption> options = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT b.id, b.name, (SELECT COUNT(d) FROM Declaration d WHERE d.batch = b)"
                        + " FROM DeclarationBatch b WHERE b.enterprise.id = :e AND b.module = :m AND b.status = :open"
                        + " ORDER BY b.createdAt DESC", Object[].class)
                .setParameter("e", me.enterpriseId()).setParameter("m", module)
                .setParameter("open", DeclarationBatch.Status.OPEN).getResultList()) {
            options.add(new BatchOption((Long) row[0], (String) row[1], ((Number) row[2]).longValue()));
        }
        return options;
    }

    /** 快捷创建批次: a new open batch named after the month ("2026年11月第二批"). */
    public BatchOption createBatch(Module module) {
        Account me = callers.enterpriseUser(module);
        Enterprise enterprise = em.find(Enterprise.class, me.enterpriseId());
        LocalDateTime now = LocalDateTime.now();
        YearMonth month = YearMonth.from(now);
        long made = em.createQuery("SELECT COUNT(b) FROM DeclarationBatch b WHERE b.enterprise = :e AND b.module = :m"
                        + " AND b.createdAt >= :from AND b.createdAt < :to", Long.class)
                .setParameter("e", enterprise).setParameter("m", module)
                .setParameter("from", month.atDay(1).atStartOfDay())
                .setParameter("to", month.plusMonths(1).atDay(1).atStartOfDay()).getSingleResult();
        DeclarationBatch batch = new DeclarationBatch(DeclarationNumber.ofBatch(module, now.toLocalDate(),
                Sequences.next(em, "seq_declaration_no")), BatchNames.next(month, (int) made), module, enterprise,
                me.getUsername(), now);
        em.persist(batch);
        em.flush();
        return new BatchOption(batch.getId(), batch.getName(), 0);
    }

    /** 上传附件: checked by content (jpg/png, decodable, within the line's size); replaces an earlier upload. */
    public void attach(Long declarationId, String kindCode, String fileName, byte[] content) {
        Account me = callers.current();
        Declaration d = access.owned(me, declarationId);
        if (!d.getStage().isEditable()) {
            throw Refusal.onField("file", "申报已上报，不能再修改附件");
        }
        AttachmentKind kind = types.of(d.getBusinessType()).attachments().stream()
                .filter(k -> k.code().equals(kindCode)).findFirst()
                .orElseThrow(() -> Refusal.onField("kind", "请选择附件类型"));
        String contentType = AttachmentCheck.contentTypeOf(content, kind, "file");
        em.createQuery("DELETE FROM DeclarationAttachment a WHERE a.declaration = :d AND a.kind = :k")
                .setParameter("d", d).setParameter("k", kind.code()).executeUpdate();
        String name = fileName == null || fileName.isBlank() ? kind.label() : fileName.strip();
        em.persist(new DeclarationAttachment(d, kind.code(), name.length() > 200 ? name.substring(0, 200) : name,
                contentType, content, sha256(content), me.getUsername(), LocalDateTime.now()));
    }

    public void removeAttachment(Long declarationId, Long attachmentId) {
        Declaration d = access.owned(callers.current(), declarationId);
        if (!d.getStage().isEditable()) {
            throw Refusal.of("申报已上报，不能再修改附件");
        }
        em.createQuery("DELETE FROM DeclarationAttachment a WHERE a.declaration = :d AND a.id = :id")
                .setParameter("d", d).setParameter("id", attachmentId).executeUpdate();
    }

    /** 删除: only a declaration never submitted; it frees its subject for a new declaration. */
    public void delete(Long declarationId) {
        Account me = callers.current();
        Declaration d = access.owned(me, declarationId);
        if (!d.isDeletable()) {
            throw Refusal.of("申报已上报，不能删除");
        }
        remove(d);
        audit.record(me.getUsername(), AuditAction.DECLARATION_DELETED, d.getDeclarationNo(), d.getSubjectName());
    }

    /** 批次删除: an open batch with all its declarations (none of them was ever submitted). */
    public void deleteBatch(Long batchId) {
        Account me = callers.current();
        DeclarationBatch batch = access.ownedBatch(me, batchId);
        if (!batch.isOpen()) {
            throw Refusal.of("批次已上报，不能删除");
        }
        List<Declaration> members = em.createQuery("SELECT d FROM Declaration d WHERE d.batch = :b", Declaration.class)
                .setParameter("b", batch).getResultList();
        for (Declaration d : members) {
            if (!d.isDeletable()) {
                throw Refusal.of("批次中的申报 " + d.getDeclarationNo() + " 已上报，不能删除批次");
            }
            remove(d);
        }
        em.remove(batch);
        audit.record(me.getUsername(), AuditAction.DECLARATION_DELETED, batch.getBatchNo(), batch.getName());
    }

    /**
     * 上报 / 批次上报: every declaration of the batch goes to its 盟市's review. Refused, naming them, while any
     * declaration misses a required attachment or no longer passes its business type's rules.
     */
    public int submitBatch(Long batchId) {
        Account me = callers.current();
        DeclarationBatch batch = access.ownedBatch(me, batchId);
        callers.enterpriseUser(batch.getModule());
        if (!batch.isOpen()) {
            throw Refusal.of("该批次已上报");
        }
        List<Declaration> members = em.createQuery("SELECT d FROM Declaration d WHERE d.batch = :b"
                + " ORDER BY d.declarationNo", Declaration.class).setParameter("b", batch).getResultList();
        if (members.isEmpty()) {
            throw Refusal.of("批次中没有申报，不能上报");
        }
        requireComplete(members, me);
        LocalDateTime now = LocalDateTime.now();
        batch.markSubmitted(now);
        for (Declaration d : members) {
            d.submit(now);
        }
        audit.record(me.getUsername(), AuditAction.DECLARATION_SUBMITTED, batch.getBatchNo(),
                batch.getName() + "，" + members.size() + " 份申报");
        return members.size();
    }

    /** 上报 of a declaration that was 退回修改: back to the city, its history kept. */
    public void resubmit(Long declarationId) {
        Account me = callers.current();
        Declaration d = access.owned(me, declarationId);
        if (d.getStage() != Stage.RETURNED) {
            throw Refusal.of("只有退回修改的申报可以单独重新上报");
        }
        requireComplete(List.of(d), me);
        d.submit(LocalDateTime.now());
        audit.record(me.getUsername(), AuditAction.DECLARATION_SUBMITTED, d.getDeclarationNo(), "重新上报");
    }

    private void requireComplete(List<Declaration> members, Account me) {
        Map<Long, Set<String>> uploaded = uploadedKinds(members);
        List<String> problems = new ArrayList<>();
        for (Declaration d : members) {
            BusinessType<?> type = types.of(d.getBusinessType());
            Set<String> present = uploaded.getOrDefault(d.getId(), Set.of());
            String missing = type.attachments().stream().filter(k -> k.required() && !present.contains(k.code()))
                    .map(AttachmentKind::label).collect(Collectors.joining("、"));
            if (!missing.isEmpty()) {
                problems.add(d.getSubjectName() + "（" + type.label() + "，" + d.getDeclarationNo() + "）缺少附件："
                        + missing);
            }
            String broken = recheck(type, d, me);
            if (broken != null) {
                problems.add(d.getSubjectName() + "（" + type.label() + "）：" + broken);
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.of("不能上报。" + String.join("；", problems));
        }
    }

    private <F> String recheck(BusinessType<F> type, Declaration d, Account me) {
        Refusal.Collector errors = new Refusal.Collector();
        type.check(FormCodec.read(d.getFormData(), type.formType()), filing(me), errors);
        try {
            errors.throwIfAny();
            return null;
        } catch (Refusal r) {
            return String.join("；", new LinkedHashMap<>(r.messages()).values());
        }
    }

    private Map<Long, Set<String>> uploadedKinds(List<Declaration> members) {
        Map<Long, Set<String>> result = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.declaration.id, a.kind FROM DeclarationAttachment a"
                + " WHERE a.declaration IN :ds", Object[].class).setParameter("ds", members).getResultList()) {
            result.computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>()).add((String) row[1]);
        }
        return result;
    }

    static List<AttachmentRow> checklistOf(EntityManager em, BusinessType<?> type, Declaration d) {
        Map<String, DeclarationAttachment> uploaded = new HashMap<>();
        for (DeclarationAttachment a : em.createQuery("SELECT a FROM DeclarationAttachment a WHERE a.declaration = :d",
                DeclarationAttachment.class).setParameter("d", d).getResultList()) {
            uploaded.put(a.getKind(), a);
        }
        List<AttachmentRow> rows = new ArrayList<>();
        for (AttachmentKind k : type.attachments()) {
            DeclarationAttachment a = uploaded.get(k.code());
            rows.add(new AttachmentRow(k.code(), k.label(), k.required(), k.maxBytes(), a == null ? null : a.getId(),
                    a == null ? null : a.getFileName(), a == null ? 0 : a.getByteSize(),
                    a == null ? null : a.getUploadedAt()));
        }
        return rows;
    }

    private void remove(Declaration d) {
        em.createQuery("DELETE FROM DeclarationAttachment a WHERE a.declaration = :d").setParameter("d", d)
                .executeUpdate();
        release(em, d);
        em.remove(d);
    }

    private void claim(Declaration d) {
        try {
            em.createNativeQuery("INSERT INTO declaration_in_flight (module, subject_key, declaration_id)"
                            + " VALUES (?, ?, ?)").setParameter(1, d.getModule().name())
                    .setParameter(2, d.getSubjectKey()).setParameter(3, d.getId()).executeUpdate();
        } catch (PersistenceException e) {
            // Two saves for the same person at once: the primary key lets exactly one of them through.
            throw Refusal.of(d.getSubjectName() + " 已有在办申报，办结或删除之前不能再申报");
        }
    }

    /** Frees the declaration's subject (on delete, approval or refusal). */
    static void release(EntityManager em, Declaration d) {
        em.createNativeQuery("DELETE FROM declaration_in_flight WHERE declaration_id = ?").setParameter(1, d.getId())
                .executeUpdate();
    }

    /**
     * Which declaration is in flight for {@code subjectKey} in {@code module}, as the filing enterprise may be told:
     * "申报单号 …" when it is its own, "在其他企业" when another enterprise's (whose numbers it must not learn), or null.
     */
    public static String inFlightNote(EntityManager em, Module module, String subjectKey, Long enterpriseId) {
        List<?> found = em.createNativeQuery("SELECT d.declaration_no, d.enterprise_id FROM declaration_in_flight f"
                        + " JOIN declaration d ON d.id = f.declaration_id WHERE f.module = ? AND f.subject_key = ?")
                .setParameter(1, module.name()).setParameter(2, subjectKey).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) found.get(0);
        return ((Number) row[1]).longValue() == enterpriseId ? "申报单号 " + row[0] : "在其他企业";
    }

    private Filing filing(Account me) {
        return new Filing(em.find(Enterprise.class, me.enterpriseId()), me.getUsername(),
                java.time.LocalDate.now());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
