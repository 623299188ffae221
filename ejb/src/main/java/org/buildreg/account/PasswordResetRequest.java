package org.buildreg.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * 账号找回/密码重置申请: what the manual does through DingTalk. The administrator checks it and either issues
 * a one-time password to the matching account or rejects it with a reason.
 */
@Entity
@Table(name = "password_reset_request")
public class PasswordResetRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        PENDING("待处理"), DONE("已重置"), REJECTED("已驳回");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @SequenceGenerator(name = "seq_password_reset", sequenceName = "seq_password_reset", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_password_reset")
    private Long id;
    private String username;
    @Column(name = "enterprise_name")
    private String enterpriseName;
    private String uscc;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    private String reason;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "handled_by")
    private String handledBy;
    @Column(name = "handled_at")
    private LocalDateTime handledAt;
    private String remark;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;
    @Version
    private int version;

    protected PasswordResetRequest() {
    }

    public PasswordResetRequest(String username, String enterpriseName, String uscc, String contactName,
                                String contactPhone, String reason, LocalDateTime createdAt) {
        this.username = username;
        this.enterpriseName = enterpriseName;
        this.uscc = uscc;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.reason = reason;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
    }

    public void resolve(Account resetAccount, String admin, LocalDateTime now) {
        requirePending();
        this.account = resetAccount;
        this.status = Status.DONE;
        this.handledBy = admin;
        this.handledAt = now;
    }

    public void reject(String why, String admin, LocalDateTime now) {
        requirePending();
        this.status = Status.REJECTED;
        this.remark = why;
        this.handledBy = admin;
        this.handledAt = now;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("already handled");
        }
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getEnterpriseName() { return enterpriseName; }
    public String getUscc() { return uscc; }
    public String getContactName() { return contactName; }
    public String getContactPhone() { return contactPhone; }
    public String getReason() { return reason; }
    public Status getStatus() { return status; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getHandledBy() { return handledBy; }
    public LocalDateTime getHandledAt() { return handledAt; }
    public String getRemark() { return remark; }
    public Account getAccount() { return account; }
}
