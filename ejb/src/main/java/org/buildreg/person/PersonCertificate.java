package org.buildreg.person;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.buildreg.account.Enterprise;
import org.buildreg.reference.CertificateStatus;
import org.buildreg.reference.IssuedCertificate;

/**
 * 人员证书: a certificate a person holds through the enterprise that employs him (二级建造师注册, 安管人员证书). What
 * every such certificate shares is its holder and the 调转 between enterprises: 人员调出 makes it 调转中 towards
 * another enterprise, which either takes it in (人员调入, approved) or sends it back (退回).
 */
@MappedSuperclass
public abstract class PersonCertificate extends IssuedCertificate {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transfer_to_id")
    private Enterprise transferTo;

    protected PersonCertificate() {
    }

    protected PersonCertificate(Person person, Enterprise enterprise, LocalDate issuedOn, LocalDate validUntil,
                                CertificateStatus status) {
        super(enterprise, issuedOn, validUntil, status);
        this.person = person;
    }

    public abstract Long getId();

    /** The number audits and messages name it by (注册编号, 证书编号). */
    public abstract String number();

    /** 证书编号: the number printed on the certificate, its 编号 and what its QR code asks /verify for. */
    public abstract String getCertificateNo();

    /** Whether {@code e} holds it now (while 调转中, still the old enterprise). */
    public boolean isHeldBy(Enterprise e) {
        return getEnterprise() != null && getEnterprise().equals(e);
    }

    /** Whether it is 调转中 towards {@code e}. */
    public boolean isTransferringTo(Enterprise e) {
        return transferTo != null && transferTo.equals(e);
    }

    /** 人员调出: 调转中 until {@code target} takes it in or sends it back. */
    public void startTransfer(Enterprise target) {
        requireStatus(CertificateStatus.VALID, CertificateStatus.EXPIRED);
        if (target.equals(getEnterprise())) {
            throw new IllegalArgumentException("不能调出到本企业");
        }
        this.transferTo = target;
        changeStatus(CertificateStatus.IN_TRANSFER);
    }

    /** 人员调入 → 退回: back to the old employer, as it was. */
    public void returnTransfer(LocalDate today) {
        requireStatus(CertificateStatus.IN_TRANSFER);
        this.transferTo = null;
        changeStatus(statusOn(today));
    }

    /** 人员调入 approved: the new employer holds it, and employs the person; the validity does not change. */
    public void completeTransfer(LocalDate today) {
        requireStatus(CertificateStatus.IN_TRANSFER);
        moveTo(transferTo);
        person.employBy(transferTo);
        this.transferTo = null;
        changeStatus(statusOn(today));
    }

    /** 注销 approved. */
    public void cancel() {
        requireStatus(CertificateStatus.VALID, CertificateStatus.EXPIRED);
        changeStatus(CertificateStatus.CANCELLED);
    }

    private CertificateStatus statusOn(LocalDate today) {
        return getValidUntil() != null && today.isAfter(getValidUntil()) ? CertificateStatus.EXPIRED
                : CertificateStatus.VALID;
    }

    public Person getPerson() { return person; }
    public Enterprise getTransferTo() { return transferTo; }
}
