package org.buildreg.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.buildreg.declaration.DeclarationReading;
import org.buildreg.declaration.DeclarationView;
import org.buildreg.declaration.ReviewDecision;
import org.buildreg.declaration.ReviewService;
import org.buildreg.declaration.Stage;
import org.buildreg.platform.Refusal;
import org.buildreg.web.declaration.DeclarationViewBean;
import org.buildreg.web.shell.FieldMessages;

/**
 * One declaration in the reviewer's console: the form read-only, the attachment previews, the history, and
 * the decision with its 审核意见 — for this declaration or for all that wait in its batch.
 */
@Named
@ViewScoped
public class ReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeclarationReading reading;
    @EJB
    private ReviewService reviews;
    private Long id;
    private DeclarationView view;
    private ReviewDecision decision = ReviewDecision.APPROVE;
    private String opinion;
    private boolean actionable;

    /**
     * Whether the decision form shows is fixed here, not asked again on the postback: else a reviewer whose
     * declaration another reviewer decided meanwhile would submit into a form no longer rendered, and be told nothing.
     */
    public void load() {
        view = reading.view(id);
        actionable = view.stage().reviewLevel() != null && reviews.mayDecide(id);
    }

    public void decide() {
        try {
            Stage now = reviews.decide(id, view.version(), decision, opinion);
            FieldMessages.info("已" + decision.label() + "，申报现为：" + now.reviewStatus());
            opinion = null;
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
        load();
    }

    public void decideBatch() {
        try {
            int n = reviews.decideBatch(batchIdOf(), decision, opinion);
            FieldMessages.info("批次中 " + n + " 份待审申报已" + decision.label());
            opinion = null;
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
        load();
    }

    private Long batchIdOf() {
        return reviews.batchOf(id);
    }

    public boolean isActionable() {
        return actionable;
    }

    public List<DeclarationViewBean.Section> getSections() {
        return DeclarationViewBean.sectionsOf(view.form());
    }

    public ReviewDecision[] getDecisions() { return ReviewDecision.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public DeclarationView getView() { return view; }
    public ReviewDecision getDecision() { return decision; }
    public void setDecision(ReviewDecision decision) { this.decision = decision; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
}
