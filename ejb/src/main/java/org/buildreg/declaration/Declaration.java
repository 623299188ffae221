package org.buildreg.declaration;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import org.buildreg.account.Enterprise;
import org.buildreg.account.Module;

/**
 * 申报: one declaration of one business type for one subject (a person, or the enterprise's licence). The
 * stage changes only through the methods below, each of which checks that the change is allowed; the
 * version makes two reviewers acting at once collide instead of both succeeding.
 */
@Entity
@Table(name = "declaration")
public class Declaration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_declaration", sequenceName = "seq_declaration", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_declaration")
    private Long id;
    @Column(name = "declaration_no")
    private String declarationNo;
    @Enumerated(EnumType.STRING)
    private Module module;
    @Column(name = "business_type")
    private String businessType;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;
    @Column(name = "city_code")
    private String cityCode;
    @Column(name = "subject_key")
    private String subjectKey;
    @Column(name = "subject_name")
    private String subjectName;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "batch_id")
    private DeclarationBatch batch;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "form_data")
    private String formData;
    private String applicant;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;
    @Column(name = "finished_at")
    private LocalDateTime finishedAt;
    @Column(name = "stage_entered_at")
    private LocalDateTime stageEnteredAt;
    @Version
    private int version;

    protected Declaration() {
    }

    /** A new draft (未提交 / 未审核) filed by {@code applicant} for its enterprise. */
    public Declaration(String declarationNo, Module module, String businessType, Enterprise enterprise,
                       String subjectKey, String subjectName, String formData, String applicant, LocalDateTime now) {
        this.declarationNo = declarationNo;
        this.module = module;
        this.businessType = businessType;
        this.enterprise = enterprise;
        this.cityCode = enterprise.getCityCode();
        this.subjectKey = subjectKey;
        this.subjectName = subjectName;
        this.formData = formData;
        this.applicant = applicant;
        this.stage = Stage.DRAFT;
        this.createdAt = now;
    }

    /** Saves a changed form; only while the enterprise holds the declaration (未提交 or 退回修改). */
    public void changeForm(String newFormData, String newSubjectName) {
        requireEditable();
        this.formData = newFormData;
        this.subjectName = newSubjectName;
    }

    /** 选择批次: the batch must be open and of the same enterprise, module and 盟市. */
    public void putInto(DeclarationBatch target) {
        requireEditable();
        if (!target.isOpen()) {
            throw new IllegalStateException("批次已上报，不能再加入申报");
        }
        if (target.getModule() != module || !target.getEnterprise().equals(enterprise)
                || !target.getCityCode().equals(cityCode)) {
            throw new IllegalArgumentException("批次与申报不属于同一企业、模块和盟市");
        }
        this.batch = target;
    }

    /** 上报: to the city bureau; a returned declaration goes back to the city with its history kept. */
    void submit(LocalDateTime now) {
        requireEditable();
        if (batch == null) {
            throw new IllegalStateException("请先选择批次");
        }
        stage = Stage.CITY_REVIEW;
        submittedAt = now;
        stageEnteredAt = now;
    }

    /**
     * One reviewer's decision at the level the declaration is at; returns the line for 审核历史. Deciding at a
     * level the declaration is not at (already handled by someone else) is refused.
     */
    ReviewStep review(ReviewLevel level, ReviewDecision decision, String reviewer, String opinion,
                      LocalDateTime now) {
        if (stage.reviewLevel() != level) {
            throw new IllegalStateException("该申报已被处理");
        }
        LocalDateTime entered = stageEnteredAt != null ? stageEnteredAt : submittedAt;
        long waited = entered == null ? 0 : Math.max(0, java.time.Duration.between(entered, now).toMinutes());
        stage = stage.after(decision);
        stageEnteredAt = now;
        if (!stage.isInFlight()) {
            finishedAt = now;
        }
        return new ReviewStep(this, level, reviewer, decision, opinion, now, waited);
    }

    /** 删除 is allowed before the first submission only; afterwards the history must stay. */
    public boolean isDeletable() {
        return stage == Stage.DRAFT;
    }

    private void requireEditable() {
        if (!stage.isEditable()) {
            throw new IllegalStateException("申报已上报，不能修改");
        }
    }

    public Long getId() { return id; }
    public String getDeclarationNo() { return declarationNo; }
    public Module getModule() { return module; }
    public String getBusinessType() { return businessType; }
    public Enterprise getEnterprise() { return enterprise; }
    public String getCityCode() { return cityCode; }
    public String getSubjectKey() { return subjectKey; }
    public String getSubjectName() { return subjectName; }
    public DeclarationBatch getBatch() { return batch; }
    public Stage getStage() { return stage; }
    public String getFormData() { return formData; }
    public String getApplicant() { return applicant; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public LocalDateTime getFinishedAt() { return finishedAt; }
    public int getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Declaration other && Objects.equals(declarationNo, other.declarationNo);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(declarationNo);
    }
}
