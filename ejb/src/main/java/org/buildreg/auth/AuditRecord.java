package org.buildreg.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the audit log: who did what to which object, when, and from which address. */
@Entity
@Table(name = "audit_record")
public class AuditRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_audit", sequenceName = "seq_audit", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_audit")
    private Long id;
    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;
    private String actor;
    private String action;
    private String target;
    private String detail;
    private String address;

    protected AuditRecord() {
    }

    public AuditRecord(LocalDateTime occurredAt, String actor, AuditAction action, String target, String detail,
                       String address) {
        this.occurredAt = occurredAt;
        this.actor = fit(actor, 40);
        this.action = action.name();
        this.target = fit(target, 200);
        this.detail = fit(detail, 1000);
        this.address = fit(address, 64);
    }

    /**
     * {@code text} cut to the column's length (a user-typed login name or a long reason must never fail the
     * transaction it records); a cut text ends with "…".
     */
    static String fit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public Long getId() { return id; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getTarget() { return target; }
    public String getDetail() { return detail; }
    public String getAddress() { return address; }

    public String getActionLabel() {
        return AuditAction.labelOf(action);
    }
}
