package org.buildreg.web.declaration;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.buildreg.account.Module;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.BatchOption;
import org.buildreg.declaration.BusinessType;
import org.buildreg.declaration.BusinessTypes;
import org.buildreg.declaration.DeclarationReading;
import org.buildreg.declaration.DeclarationService;
import org.buildreg.declaration.Draft;
import org.buildreg.declaration.HistoryRow;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;
import org.omnifaces.util.Faces;

/**
 * The application form of every business type of every module: a new one (?type=…&amp;from=…, auto-filled) or a
 * saved one (?id=…). 选择批次 / 快捷创建批次, then 保存 goes to the module's 待上报申请(单个), where 上传附件 follows.
 * The module's page brings the form's own fields (see {@code WEB-INF/declaration/form.xhtml}).
 */
@Named
@ViewScoped
public class DeclarationFormBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The flash key under which a search page hands over the form's {@code from} without putting it in the address. */
    public static final String FROM = "declarationForm.from";

    @EJB
    private DeclarationService declarations;
    @EJB
    private DeclarationReading reading;
    @Inject
    private BusinessTypes types;
    private String type;
    private String from;
    private Long id;
    private Draft<?> draft;
    private List<BatchOption> batches;
    private List<HistoryRow> history = List.of();

    public void load() {
        try {
            if (id == null && from == null) {
                from = (String) Faces.getFlash().get(FROM);
            }
            draft = id != null ? declarations.edit(id) : declarations.start(type, from);
            history = id != null ? reading.history(id) : List.of();
            type = draft.getBusinessType();
            batches = new ArrayList<>(declarations.openBatches(module()));
            if (draft.getBatchId() != null && batches.stream().noneMatch(o -> o.id().equals(draft.getBatchId()))) {
                // 退回修改: the declaration stays in its submitted batch.
                batches.add(0, new BatchOption(draft.getBatchId(), draft.getBatchName() + "（已上报，修改后重新上报）", 1));
            }
            if (draft.getBatchId() == null && !batches.isEmpty()) {
                draft.setBatchId(batches.get(0).id());
            }
        } catch (Refusal r) {
            draft = null;
            FieldMessages.show(r);
        }
    }

    /** 快捷创建批次: creates the batch and selects it. */
    public void createBatch() {
        BatchOption made = declarations.createBatch(module());
        batches = new ArrayList<>(declarations.openBatches(module()));
        draft.setBatchId(made.id());
        FieldMessages.info("已创建批次：" + made.name());
    }

    /** What the platform knows for what has been typed so far (新增申报: the 考核 result), filled into the form. */
    public void refresh() {
        draft = declarations.refresh(draft);
    }

    /** 保存: on success to the module's 待上报申请(单个), where the new declaration waits for its attachments. */
    public void save() {
        try {
            declarations.save(draft);
            Faces.getFlash().setKeepMessages(true);
            FieldMessages.info("申报已保存，请在操作栏中点击“上传附件”上传材料");
            String view = Faces.getViewId();
            Faces.redirect(view.substring(1, view.lastIndexOf('/') + 1) + "declarations.xhtml?tab=PENDING_SINGLES");
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    public boolean is(String code) {
        return code.equals(type);
    }

    /** The business type's form, whatever its class; the module's page knows it. */
    public Object getForm() {
        return draft == null ? null : draft.getForm();
    }

    public BusinessType<?> getBusinessType() {
        return types.of(type);
    }

    /** The page's title: the business type, as the left menu names it. */
    public String getTitle() {
        return draft == null ? "申报" : getBusinessType().label();
    }

    /** The form's own heading, with its number as on paper: 二级建造师延续注册申请表（2-1）. */
    public String getHeading() {
        return getBusinessType().printLayout().heading();
    }

    public List<AttachmentKind> getChecklist() {
        return getBusinessType().attachments();
    }

    private Module module() {
        return getBusinessType().module();
    }

    /** 审核信息: the review history of a saved declaration (退回修改 shows why it came back). */
    public List<HistoryRow> getHistory() { return history; }
    public Draft<?> getDraft() { return draft; }
    public List<BatchOption> getBatches() { return batches; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
