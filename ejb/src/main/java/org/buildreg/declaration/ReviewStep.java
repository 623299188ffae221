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
import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of 审核历史: 环节名称, 审核人, 审核结果, 处理方式, 审核意见, 审核时间. */
@Entity
@Table(name = "review_step")
public class ReviewStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_review_step", sequenceName = "seq_review_step", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_review_step")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "declaration_id")
    private Declaration declaration;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_level")
    private ReviewLevel level;
    private String reviewer;
    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;
    private String opinion;
    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;
    /** How long the declaration waited at this level before this decision (统计: time in each stage). */
    @Column(name = "waited_minutes")
    private Long waitedMinutes;

    protected ReviewStep() {
    }

    ReviewStep(Declaration declaration, ReviewLevel level, String reviewer, ReviewDecision decision, String opinion,
               LocalDateTime reviewedAt, long waitedMinutes) {
        this.waitedMinutes = waitedMinutes;
        this.declaration = declaration;
        this.level = level;
        this.reviewer = reviewer;
        this.decision = decision;
        this.opinion = opinion;
        this.reviewedAt = reviewedAt;
    }

    public Long getId() { return id; }
    public Long getWaitedMinutes() { return waitedMinutes; }
    public Declaration getDeclaration() { return declaration; }
    public ReviewLevel getLevel() { return level; }
    public String getReviewer() { return reviewer; }
    public ReviewDecision getDecision() { return decision; }
    public String getOpinion() { return opinion; }
    public LocalDateTime getReviewedAt() { return reviewedAt; }

    /** 处理方式 */
    public String getHandling() {
        return decision.handling(level);
    }
}
