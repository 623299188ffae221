package org.buildreg.verification;

import org.buildreg.declaration.Declaration;
import org.buildreg.declaration.Stage;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import org.buildreg.account.Enterprise;
import org.buildreg.constructor.ConstructorRegistration;
import org.buildreg.person.IdNumbers;
import org.buildreg.person.Person;
import org.buildreg.qualification.QualificationCertificate;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.reference.IssuedCertificate;
import org.buildreg.safetylicence.SafetyLicence;
import org.buildreg.safetystaff.SafetyStaffCertificate;

/**
 * Finds a certificate by any number printed on it — 二级建造师 注册编号 or 证书编号, 安管人员 证书编号,
 * 安全生产许可证编号, 资质证书编号 — and says what it is now. Public: no login, read-only.
 */
@Stateless
@PermitAll
public class CertificateVerification {

    @PersistenceContext
    private EntityManager em;

    public Optional<Verification> verify(String number) {
        String no = number == null ? "" : number.trim();
        if (no.isEmpty() || no.length() > 40) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now();
        return constructor(no, today)
                .or(() -> first(em.createQuery("SELECT c FROM SafetyStaffCertificate c JOIN FETCH c.person"
                        + " WHERE c.certificateNo = :no", SafetyStaffCertificate.class).setParameter("no", no))
                        .map(c -> of("安管人员安全生产考核合格证书", c.getCertificateNo(), c, c.getPerson(), today)))
                .or(() -> first(em.createQuery("SELECT l FROM SafetyLicence l WHERE l.licenceNo = :no",
                        SafetyLicence.class).setParameter("no", no))
                        .map(l -> of("安全生产许可证", l.getLicenceNo(), l, null, today)))
                .or(() -> first(em.createQuery("SELECT q FROM QualificationCertificate q WHERE q.certificateNo = :no",
                        QualificationCertificate.class).setParameter("no", no)).map(q -> qualification(q, today)))
                // Only a decided declaration: a draft or one under review is its enterprise's business alone.
                .or(() -> first(em.createQuery("SELECT d FROM Declaration d JOIN FETCH d.enterprise"
                        + " WHERE d.declarationNo = :no AND d.stage IN :decided", Declaration.class)
                        .setParameter("no", no).setParameter("decided", java.util.List.of(Stage.APPROVED, Stage.REJECTED)))
                        .map(CertificateVerification::declaration));
    }

    /** A printed 申请表's QR code names its 申报单号: once decided, the page says what became of it. */
    private static Verification declaration(Declaration d) {
        return new Verification("申请表（申报单号）", d.getDeclarationNo(), d.getStage().reviewStatus(),
                d.getStage() == Stage.APPROVED, d.getSubjectName(), IdNumbers.mask(d.getSubjectKey()),
                d.getEnterprise().getName(), d.getSubmittedAt() == null ? null : d.getSubmittedAt().toLocalDate(), null);
    }

    private Optional<Verification> constructor(String no, LocalDate today) {
        return first(em.createQuery("SELECT r FROM ConstructorRegistration r JOIN FETCH r.person"
                        + " WHERE r.registrationNo = :no OR r.certificateNo = :no", ConstructorRegistration.class)
                .setParameter("no", no))
                .map(r -> of("二级建造师注册证书", r.getRegistrationNo(), r, r.getPerson(), today));
    }

    private static Verification of(String kind, String number, IssuedCertificate c, Person holder, LocalDate today) {
        Enterprise e = c.getEnterprise();
        return new Verification(kind, number, statusOn(c, today), c.isValidOn(today),
                holder == null ? (e == null ? null : e.getName()) : holder.getName(),
                holder == null ? null : IdNumbers.mask(holder.getIdNumber()), e == null ? null : e.getName(),
                c.getIssuedOn(), c.getValidUntil());
    }

    private static Verification qualification(QualificationCertificate q, LocalDate today) {
        boolean valid = q.isValidOn(today);
        return new Verification("建筑业企业资质证书", q.getCertificateNo(), valid ? "有效" : "已过期", valid,
                q.getEnterprise().getName(), null, q.getEnterprise().getName(), q.getIssuedOn(), q.getValidUntil());
    }

    /** A certificate still marked 有效 whose 有效期至 has passed reads 已过期 even before the nightly sweep. */
    static String statusOn(IssuedCertificate c, LocalDate today) {
        if (c.getStatus() == CertificateStatus.VALID && !c.isValidOn(today)) {
            return CertificateStatus.EXPIRED.label();
        }
        return c.getStatusLabel();
    }

    private static <T> Optional<T> first(jakarta.persistence.TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
