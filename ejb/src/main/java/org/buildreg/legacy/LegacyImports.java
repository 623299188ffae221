package org.buildreg.legacy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.buildreg.account.Account;
import org.buildreg.account.Role;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.legacy.LegacyImportRequest.Kind;
import org.buildreg.legacy.LegacyImportRequest.Status;
import org.buildreg.legacy.LegacyMigration.StagedRow;
import org.buildreg.platform.ListQuery;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.buildreg.platform.Refusal;

/**
 * 旧数据导入申请: the enterprise's main account asks for a person (name + ID number) or a certificate (number) the
 * migration could not give it — rows whose old enterprise was not in the export wait in the staging area; ADMIN sees
 * the staged rows that match, approves (they move into the enterprise, in this transaction) or rejects with a
 * reason, which the enterprise then reads.
 */
@Stateless
public class LegacyImports {

    /** The manual's answer when nothing matches, with its hint about changed enterprise names. */
    public static final String NOTHING_FOUND = "没有查询到相关信息；如企业名称发生过变更，请联系主管部门";

    @PersistenceContext
    private EntityManager em;
    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;
    @EJB
    private Callers callers;
    @EJB
    private AuditLog audit;

    @RolesAllowed("ENTERPRISE_MAIN")
    public LegacyImportRequest submit(LegacyImportForm form) {
        Account me = callers.enterpriseMain();
        Refusal.Collector errors = new Refusal.Collector();
        form.check(errors);
        errors.throwIfAny();
        boolean person = form.getKind() == Kind.PERSON;
        String key = person ? form.normalizedIdNumber() : LegacyText.clean(form.getCertificateNo());
        long open = em.createQuery("SELECT COUNT(r) FROM LegacyImportRequest r WHERE r.enterprise.id = :e"
                        + " AND r.status = :submitted AND r.kind = :kind AND "
                        + (person ? "r.idNumber" : "r.certificateNo") + " = :key", Long.class)
                .setParameter("e", me.enterpriseId()).setParameter("submitted", Status.SUBMITTED)
                .setParameter("kind", form.getKind()).setParameter("key", key).getSingleResult();
        if (open > 0) {
            throw Refusal.onField(person ? "idNumber" : "certificateNo", "该申请已提交，正在等待审核");
        }
        LegacyImportRequest request = new LegacyImportRequest(me.getEnterprise(), form.getKind(),
                person ? LegacyText.clean(form.getPersonName()) : null, person ? key : null, person ? null : key,
                LegacyText.cleanOrNull(form.getNote()), me.getUsername(), LocalDateTime.now());
        em.persist(request);
        audit.record(me.getUsername(), AuditAction.LEGACY_IMPORT_REQUESTED, request.getSubject(), null);
        return request;
    }

    /** The enterprise's own requests, newest first. */
    @RolesAllowed("ENTERPRISE_MAIN")
    public Page<LegacyImportRequest> mine(PageRequest page) {
        Account me = callers.enterpriseMain();
        return ListQuery.of(LegacyImportRequest.class, "r", "LegacyImportRequest r")
                .where("r.enterprise.id = :e", "e", me.enterpriseId())
                .orderBy("r.requestedAt DESC, r.id DESC").page(em, page);
    }

    /** ADMIN's list: of one status (null: all), oldest waiting first. */
    @RolesAllowed("ADMIN")
    public Page<LegacyImportRequest> list(Status status, PageRequest page) {
        callers.requireRole(Role.ADMIN);
        return ListQuery.of(LegacyImportRequest.class, "r", "LegacyImportRequest r")
                .where("r.status = :status", "status", status)
                .orderBy("r.requestedAt, r.id").page(em, page);
    }

    /** The staged rows that answer a request: the person and the certificates naming it, or the certificate. */
    @RolesAllowed("ADMIN")
    public List<StagedRow> matches(Long requestId) {
        callers.requireRole(Role.ADMIN);
        LegacyImportRequest request = find(requestId, false);
        try (Connection c = dataSource.getConnection()) {
            return request.getKind() == Kind.PERSON ? LegacyMigration.stagedForPerson(c, request.getIdNumber())
                    : LegacyMigration.stagedCertificates(c, "certificate_no", request.getCertificateNo());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 同意导入: the staged rows move into the requesting enterprise. */
    @RolesAllowed("ADMIN")
    public void approve(Long requestId) {
        Account admin = callers.requireRole(Role.ADMIN);
        LegacyImportRequest request = find(requestId, true);
        LocalDateTime now = LocalDateTime.now();
        long enterpriseId = request.getEnterprise().getId();
        try (Connection c = dataSource.getConnection()) {
            if (request.getKind() == Kind.PERSON) {
                StagedRow staged = LegacyMigration.stagedForPerson(c, request.getIdNumber()).stream()
                        .filter(r -> "ry".equals(r.kind()) && !r.claimed()).findFirst()
                        .orElseThrow(() -> Refusal.of("旧数据中没有该人员（或已导入），请拒绝并说明原因"));
                if (!staged.name().equals(request.getPersonName())) {
                    throw Refusal.of("旧数据中该身份证号的姓名为“" + staged.name() + "”，与申请不符");
                }
                if (LegacyMigration.claimPerson(c, staged.id(), enterpriseId, now) == 0) {
                    throw Refusal.of("平台中已有该身份证号的人员，不能重复导入");
                }
            } else {
                StagedRow staged = LegacyMigration.stagedCertificates(c, "certificate_no", request.getCertificateNo())
                        .stream().filter(r -> !r.claimed()).findFirst()
                        .orElseThrow(() -> Refusal.of("旧数据中没有该证书（或已导入），请拒绝并说明原因"));
                moveCertificate(c, staged, enterpriseId);
                LegacyMigration.claimCertificate(c, staged.id(), now);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        request.decide(Status.APPROVED, "已导入", admin.getUsername(), now);
        audit.record(admin.getUsername(), AuditAction.LEGACY_IMPORT_APPROVED, request.getSubject(),
                request.getEnterprise().getName());
    }

    /** 不同意: with the reason the enterprise will read. */
    @RolesAllowed("ADMIN")
    public void reject(Long requestId, String reason) {
        Account admin = callers.requireRole(Role.ADMIN);
        if (reason == null || reason.isBlank()) {
            throw Refusal.onField("reason", "请填写拒绝原因");
        }
        if (reason.strip().length() > 200) {
            throw Refusal.onField("reason", "拒绝原因不能超过200个字");
        }
        LegacyImportRequest request = find(requestId, true);
        request.decide(Status.REJECTED, reason.strip(), admin.getUsername(), LocalDateTime.now());
        audit.record(admin.getUsername(), AuditAction.LEGACY_IMPORT_REJECTED, request.getSubject(), reason.strip());
    }

    /**
     * A staged certificate into the enterprise: re-read from its raw row with the export's rules; a person's
     * certificate needs its holder in this enterprise first, a licence goes to the enterprise itself.
     */
    private void moveCertificate(Connection c, StagedRow staged, long enterpriseId) throws SQLException, IOException {
        LegacyNormalizer normalizer = new LegacyNormalizer(new LegacyCities(LegacyMigration.cities(c)),
                LegacyMigration.specialtyCodes(c));
        if ("aqxk".equals(staged.kind())) {
            LegacyRow licence = normalizer.safetyLicence(LegacyMigration.reread(LegacyFile.SAFETY_LICENCES,
                    staged.raw()), code -> true);
            LegacyMigration.writeSafetyLicence(c, (LegacySafetyLicence) readable(licence), enterpriseId);
            return;
        }
        Long holderEnterprise = em.createQuery("SELECT p.enterprise.id FROM Person p WHERE p.idNumber = :id", Long.class)
                .setParameter("id", staged.idNumber()).getResultStream().findFirst().orElse(null);
        if (holderEnterprise == null || holderEnterprise != enterpriseId) {
            throw Refusal.of("持证人（身份证号 " + staged.idNumber() + "）尚未导入本企业：请先同意导入该人员");
        }
        PersonLookup holder = personNo -> Optional.of(new PersonLink(personNo, staged.idNumber(), null));
        if ("jzs".equals(staged.kind())) {
            LegacyRow row = normalizer.constructorRegistration(
                    LegacyMigration.reread(LegacyFile.CONSTRUCTOR_REGISTRATIONS, staged.raw()), holder);
            LegacyMigration.writeConstructorRegistrations(c, List.of((LegacyConstructorRegistration) readable(row)));
        } else {
            LegacyRow row = normalizer.safetyStaffCertificate(
                    LegacyMigration.reread(LegacyFile.SAFETY_STAFF_CERTIFICATES, staged.raw()), holder);
            LegacyMigration.writeSafetyStaffCertificates(c, List.of((LegacySafetyStaffCertificate) readable(row)));
        }
    }

    private static LegacyRow readable(LegacyRow row) {
        if (row instanceof Rejected rejected) {
            throw Refusal.of("旧数据中的该行无法导入：" + rejected.reason().label());
        }
        return row;
    }

    private LegacyImportRequest find(Long id, boolean forUpdate) {
        LegacyImportRequest request = id == null ? null : em.find(LegacyImportRequest.class, id,
                forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (request == null) {
            throw Refusal.of("申请不存在");
        }
        if (forUpdate && request.getStatus() != Status.SUBMITTED) {
            throw Refusal.of("该申请已处理（" + request.getStatus().label() + "）");
        }
        return request;
    }
}
