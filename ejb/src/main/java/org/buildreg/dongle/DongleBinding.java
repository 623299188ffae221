package org.buildreg.dongle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.buildreg.account.Account;

/**
 * 加密锁绑定: a dongle certificate, named by issuer + serial number, bound to one account, with its holder (使用者).
 * Unbinding (staff change: 工作人员变动必须收回加密锁或撤销权限) keeps the row, so the record shows who held it.
 */
@Entity
@Table(name = "dongle_binding")
@NamedQuery(name = "DongleBinding.activeOfCertificate", query = "SELECT b FROM DongleBinding b"
        + " WHERE b.serialHex = :serial AND b.issuer = :issuer AND b.unboundAt IS NULL")
@NamedQuery(name = "DongleBinding.activeOfAccount", query = "SELECT b FROM DongleBinding b"
        + " WHERE b.account.id = :account AND b.unboundAt IS NULL")
public class DongleBinding implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_dongle_binding", sequenceName = "seq_dongle_binding", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_dongle_binding")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    private String issuer;
    @Column(name = "serial_hex")
    private String serialHex;
    private String subject;
    @Column(name = "not_after")
    private LocalDateTime notAfter;
    @Column(name = "holder_name")
    private String holderName;
    @Column(name = "holder_id_number")
    private String holderIdNumber;
    @Column(name = "holder_phone")
    private String holderPhone;
    @Column(name = "bound_at")
    private LocalDateTime boundAt;
    @Column(name = "unbound_at")
    private LocalDateTime unboundAt;
    @Column(name = "unbound_by")
    private String unboundBy;
    @Version
    private int version;

    protected DongleBinding() {
    }

    public DongleBinding(Account account, VerifiedCertificate certificate, String holderName, String holderIdNumber,
            String holderPhone, LocalDateTime now) {
        this.account = account;
        this.issuer = certificate.issuer();
        this.serialHex = certificate.serialHex();
        this.subject = certificate.subject();
        this.notAfter = LocalDateTime.ofInstant(certificate.certificate().getNotAfter().toInstant(),
                java.time.ZoneId.systemDefault());
        this.holderName = holderName;
        this.holderIdNumber = holderIdNumber;
        this.holderPhone = holderPhone;
        this.boundAt = now;
    }

    public void unbind(String by, LocalDateTime now) {
        this.unboundAt = now;
        this.unboundBy = by;
    }

    public boolean isActive() {
        return unboundAt == null;
    }

    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public String getIssuer() { return issuer; }
    public String getSerialHex() { return serialHex; }
    public String getSubject() { return subject; }
    public LocalDateTime getNotAfter() { return notAfter; }
    public String getHolderName() { return holderName; }
    public String getHolderIdNumber() { return holderIdNumber; }
    public String getHolderPhone() { return holderPhone; }
    public LocalDateTime getBoundAt() { return boundAt; }
    public LocalDateTime getUnboundAt() { return unboundAt; }
    public String getUnboundBy() { return unboundBy; }
}
