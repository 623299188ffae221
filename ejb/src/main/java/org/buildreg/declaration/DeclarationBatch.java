package org.buildreg.declaration;

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
import java.util.Objects;
import org.buildreg.account.Enterprise;
import org.buildreg.account.Module;

/** 申报批次: what an enterprise submits at once, per module and 盟市 ("2026年11月第一批"). */
@Entity
@Table(name = "declaration_batch")
public class DeclarationBatch implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status { OPEN, SUBMITTED }

    @Id
    @SequenceGenerator(name = "seq_declaration_batch", sequenceName = "seq_declaration_batch", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_declaration_batch")
    private Long id;
    @Column(name = "batch_no")
    private String batchNo;
    private String name;
    @Enumerated(EnumType.STRING)
    private Module module;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;
    @Column(name = "city_code")
    private String cityCode;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;
    @Version
    private int version;

    protected DeclarationBatch() {
    }

    public DeclarationBatch(String batchNo, String name, Module module, Enterprise enterprise, String createdBy,
                            LocalDateTime createdAt) {
        this.batchNo = batchNo;
        this.name = name;
        this.module = module;
        this.enterprise = enterprise;
        this.cityCode = enterprise.getCityCode();
        this.status = Status.OPEN;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Marks the batch submitted; its declarations are submitted with it by the workflow. */
    void markSubmitted(LocalDateTime now) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("批次已上报");
        }
        status = Status.SUBMITTED;
        submittedAt = now;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Long getId() { return id; }
    public String getBatchNo() { return batchNo; }
    public String getName() { return name; }
    public Module getModule() { return module; }
    public Enterprise getEnterprise() { return enterprise; }
    public String getCityCode() { return cityCode; }
    public Status getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof DeclarationBatch other && Objects.equals(batchNo, other.batchNo);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(batchNo);
    }
}
