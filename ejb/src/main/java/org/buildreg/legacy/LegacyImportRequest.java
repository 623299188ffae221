package org.buildreg.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.buildreg.account.Enterprise;

/** 旧数据导入申请: one thing an enterprise misses from the old system, and ADMIN's decision on it. */
@Entity
@Table(name = "legacy_import_request")
public class LegacyImportRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What is asked for: a person (name + ID number) or a certificate or licence (its number). */
    public enum Kind {
        PERSON("人员"), CERTIFICATE("证书");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 待审核, 已导入, 已拒绝. */
    public enum Status {
        SUBMITTED("待审核"), APPROVED("已导入"), REJECTED("已拒绝");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @SequenceGenerator(name = "seq_legacy_import_request", sequenceName = "seq_legacy_import_request",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_legacy_import_request")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "person_name")
    private String personName;
    @Column(name = "id_number")
    private String idNumber;
    @Column(name = "certificate_no")
    private String certificateNo;
    private String note;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String decision;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private LocalDateTime requestedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;
    @Version
    private int version;

    protected LegacyImportRequest() {
    }

    LegacyImportRequest(Enterprise enterprise, Kind kind, String personName, String idNumber, String certificateNo,
            String note, String requestedBy, LocalDateTime now) {
        this.enterprise = enterprise;
        this.kind = kind;
        this.personName = personName;
        this.idNumber = idNumber;
        this.certificateNo = certificateNo;
        this.note = note;
        this.status = Status.SUBMITTED;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void decide(Status outcome, String decision, String by, LocalDateTime now) {
        this.status = outcome;
        this.decision = decision;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** What was asked for, as the lists show it. */
    public String getSubject() {
        return kind == Kind.PERSON ? personName + "（" + idNumber + "）" : certificateNo;
    }

    public Long getId() { return id; }
    public Enterprise getEnterprise() { return enterprise; }
    public Kind getKind() { return kind; }
    public String getPersonName() { return personName; }
    public String getIdNumber() { return idNumber; }
    public String getCertificateNo() { return certificateNo; }
    public String getNote() { return note; }
    public Status getStatus() { return status; }
    public String getDecision() { return decision; }
    public String getRequestedBy() { return requestedBy; }
    public LocalDateTime getRequestedAt() { return requestedAt; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
}
