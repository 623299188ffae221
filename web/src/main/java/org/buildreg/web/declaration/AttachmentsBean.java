package org.buildreg.web.declaration;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.buildreg.declaration.AttachmentKind;
import org.buildreg.declaration.AttachmentRow;
import org.buildreg.declaration.DeclarationService;
import org.buildreg.declaration.DeclarationView;
import org.buildreg.declaration.DeclarationReading;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;

/** 上传附件: a declaration's checklist, what has been uploaded for each line, upload and remove. */
@Named
@ViewScoped
public class AttachmentsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Read at most this much of an upload: anything larger is refused without reading it all. */
    private static final int READ_LIMIT = AttachmentKind.MAX + 1;

    @EJB
    private DeclarationService declarations;
    @EJB
    private DeclarationReading reading;
    private Long id;
    private DeclarationView view;
    private List<AttachmentRow> rows;
    private String kind;
    private transient Part file;

    public void load() {
        view = reading.view(id);
        rows = view.attachments();
    }

    public void upload() {
        try {
            byte[] content = read(file);
            declarations.attach(id, kind, file == null ? null : file.getSubmittedFileName(), content);
            FieldMessages.info("附件已上传");
            load();
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    public void remove(Long attachmentId) {
        try {
            declarations.removeAttachment(id, attachmentId);
            FieldMessages.info("附件已删除");
            load();
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    private static byte[] read(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(READ_LIMIT);
        } catch (IOException e) {
            throw Refusal.onField("file", "文件读取失败，请重新上传");
        }
    }

    public boolean isComplete() {
        return rows != null && rows.stream().allMatch(r -> !r.required() || r.isPresent());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public DeclarationView getView() { return view; }
    public List<AttachmentRow> getRows() { return rows; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
