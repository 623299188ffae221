package org.buildreg.web.legacy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.legacy.LegacyImportForm;
import org.buildreg.legacy.LegacyImportRequest;
import org.buildreg.legacy.LegacyImports;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;
import org.buildreg.web.shell.PagedList;

/** 旧数据导入申请 (enterprise): ask for a missing person or certificate, and see the outcome of each request. */
@Named
@ViewScoped
public class LegacyImportRequestsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LegacyImports imports;
    private LegacyImportForm form = new LegacyImportForm();
    private final PagedList<LegacyImportRequest> requests =
            new PagedList<>(page -> imports.mine(page), LegacyImportRequest::getId);

    public void submit() {
        try {
            LegacyImportRequest request = imports.submit(form);
            form = new LegacyImportForm();
            FieldMessages.info("申请已提交：" + request.getSubject() + "，请等待协会信息中心审核");
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public LegacyImportRequest.Kind[] getKinds() {
        return LegacyImportRequest.Kind.values();
    }

    public LegacyImportForm getForm() { return form; }
    public PagedList<LegacyImportRequest> getRequests() { return requests; }
}
