package org.buildreg.batch.legacy;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.buildreg.batch.JobInput;

/**
 * The migration's last step: it runs only when every file went in, so the export the operator uploaded through the
 * console (and only that: never a path on the server) is deleted, holding nobody's personal data any longer than
 * the migration needs it. A failed or stopped execution keeps it for its restart; 放弃 deletes it then.
 */
@Named
@Dependent
public class DiscardUploadBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String export;

    @Override
    public String process() {
        return JobInput.discardUpload(export) ? "已删除上传的导出文件" : "COMPLETED";
    }
}
