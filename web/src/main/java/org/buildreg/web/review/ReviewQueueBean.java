package org.buildreg.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.buildreg.account.Module;
import org.buildreg.declaration.BusinessType;
import org.buildreg.declaration.BusinessTypes;
import org.buildreg.declaration.DeclarationFilter;
import org.buildreg.declaration.DeclarationRow;
import org.buildreg.declaration.DeclarationStatuses;
import org.buildreg.declaration.ReviewCounts;
import org.buildreg.declaration.ReviewService;
import org.buildreg.reference.Division;
import org.buildreg.reference.DivisionCatalog;
import org.buildreg.web.shell.PagedList;

/** 审核: the reviewer's queue (待审核 or 全部) with the manual's filters, and the counts above it. */
@Named
@ViewScoped
public class ReviewQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewService reviews;
    @EJB
    private DivisionCatalog divisions;
    @Inject
    private BusinessTypes types;
    private ReviewService.Scope scope = ReviewService.Scope.WAITING;
    private ReviewCounts counts;
    private String cityCode;
    private String businessType;
    private String reviewStatus;
    private LocalDate from;
    private LocalDate to;
    private final PagedList<DeclarationRow> list = new PagedList<>(page -> reviews.queue(scope,
            new DeclarationFilter(cityCode, businessType, null, reviewStatus, from, to), page), DeclarationRow::id);

    /** Read once per view: the page shows them in several places, each would otherwise query again. */
    public ReviewCounts getCounts() {
        if (counts == null) {
            counts = reviews.counts();
        }
        return counts;
    }

    public List<BusinessType<?>> getBusinessTypes() {
        return Module.withDeclarations().stream().flatMap(m -> types.ofModule(m).stream()).toList();
    }

    public String getScopeName() { return scope.name(); }
    public void setScopeName(String name) {
        scope = "ALL".equals(name) ? ReviewService.Scope.ALL : ReviewService.Scope.WAITING;
    }
    public List<Division> getCities() { return divisions.cities(); }
    public List<String> getReviewStatuses() { return DeclarationStatuses.reviewStatuses(); }
    public PagedList<DeclarationRow> getList() { return list; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public String getBusinessType() { return businessType; }
    public void setBusinessType(String businessType) { this.businessType = businessType; }
    public String getReviewStatus() { return reviewStatus; }
    public void setReviewStatus(String reviewStatus) { this.reviewStatus = reviewStatus; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
