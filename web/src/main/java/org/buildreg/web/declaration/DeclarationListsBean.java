package org.buildreg.web.declaration;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.buildreg.account.Module;
import org.buildreg.declaration.BatchRow;
import org.buildreg.declaration.BusinessType;
import org.buildreg.declaration.BusinessTypes;
import org.buildreg.declaration.DeclarationFilter;
import org.buildreg.declaration.DeclarationLists;
import org.buildreg.declaration.DeclarationRow;
import org.buildreg.declaration.DeclarationService;
import org.buildreg.declaration.DeclarationStatuses;
import org.buildreg.platform.Refusal;
import org.buildreg.reference.Division;
import org.buildreg.reference.DivisionCatalog;
import org.buildreg.web.shell.FieldMessages;
import org.buildreg.web.shell.PagedList;

/**
 * 申报列表 of a module: 待上报申请(批次), 已上报申请(批次), 待上报申请(单个), 已上报申请(单个), their filters and
 * actions. The module comes from the page (each module's 申报列表 includes the same list page).
 */
@Named
@ViewScoped
public class DeclarationListsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The four lists, in the manual's order. */
    public enum Tab {
        PENDING_BATCHES("待上报申请(批次)"), SUBMITTED_BATCHES("已上报申请(批次)"),
        PENDING_SINGLES("待上报申请(单个)"), SUBMITTED_SINGLES("已上报申请(单个)");

        private final String label;

        Tab(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }

        public String getName() {
            return name();
        }

        public boolean isBatches() {
            return this == PENDING_BATCHES || this == SUBMITTED_BATCHES;
        }

        public boolean isSubmitted() {
            return this == SUBMITTED_BATCHES || this == SUBMITTED_SINGLES;
        }
    }

    @EJB
    private DeclarationLists lists;
    @EJB
    private DeclarationService declarations;
    @EJB
    private DivisionCatalog divisions;
    @Inject
    private BusinessTypes types;

    private Module module;
    private Tab tab = Tab.PENDING_SINGLES;
    private String cityCode;
    private String businessType;
    private String declarationStatus;
    private String reviewStatus;
    private LocalDate from;
    private LocalDate to;

    private final PagedList<DeclarationRow> singles = new PagedList<>(
            page -> lists.singles(module, tab.isSubmitted(), filter(), page), DeclarationRow::id);
    private final PagedList<BatchRow> batches = new PagedList<>(
            page -> lists.batches(module, tab.isSubmitted(), filter(), page), BatchRow::id);

    /** Called by the page with its module's name. */
    public void setModuleName(String name) {
        this.module = Module.valueOf(name);
    }

    public String getModuleName() {
        return module == null ? null : module.name();
    }

    public void setTabName(String name) {
        try {
            this.tab = name == null || name.isBlank() ? Tab.PENDING_SINGLES : Tab.valueOf(name);
        } catch (IllegalArgumentException e) {
            this.tab = Tab.PENDING_SINGLES;
        }
    }

    public String getTabName() {
        return tab.name();
    }

    private DeclarationFilter filter() {
        return new DeclarationFilter(cityCode, businessType, declarationStatus, reviewStatus, from, to);
    }

    /** 查询: the filters are applied by the table's next load; only a reversed time range is refused. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            to = null;
            FieldMessages.show(Refusal.onField("to", "结束时间不能早于开始时间"));
        }
    }

    public void submitBatch(Long batchId) {
        try {
            int n = declarations.submitBatch(batchId);
            FieldMessages.info("批次已上报，共 " + n + " 份申报，请在“已上报申请”中跟踪");
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    public void deleteBatch(Long batchId) {
        try {
            declarations.deleteBatch(batchId);
            FieldMessages.info("批次已删除");
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    public void delete(Long declarationId) {
        try {
            declarations.delete(declarationId);
            FieldMessages.info("申报已删除");
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    public void resubmit(Long declarationId) {
        try {
            declarations.resubmit(declarationId);
            FieldMessages.info("申报已重新上报");
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    public Tab[] getTabs() {
        return Tab.values();
    }

    public Tab getTab() { return tab; }
    public List<Division> getCities() { return divisions.cities(); }
    public List<BusinessType<?>> getBusinessTypes() { return types.ofModule(module); }
    public List<String> getDeclarationStatuses() { return DeclarationStatuses.declarationStatuses(); }
    public List<String> getReviewStatuses() { return DeclarationStatuses.reviewStatuses(); }
    public PagedList<DeclarationRow> getSingles() { return singles; }
    public PagedList<BatchRow> getBatches() { return batches; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public String getBusinessType() { return businessType; }
    public void setBusinessType(String businessType) { this.businessType = businessType; }
    public String getDeclarationStatus() { return declarationStatus; }
    public void setDeclarationStatus(String declarationStatus) { this.declarationStatus = declarationStatus; }
    public String getReviewStatus() { return reviewStatus; }
    public void setReviewStatus(String reviewStatus) { this.reviewStatus = reviewStatus; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
