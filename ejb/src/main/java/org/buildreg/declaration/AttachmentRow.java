package org.buildreg.declaration;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a declaration's checklist with what was uploaded for it (查看附件); id is null when missing. */
public record AttachmentRow(String kind, String label, boolean required, int maxBytes, Long id, String fileName,
                            int byteSize, LocalDateTime uploadedAt) implements Serializable {

    public boolean isPresent() {
        return id != null;
    }

    public String getSizeLabel() {
        return byteSize < 1024 ? byteSize + " B" : (byteSize + 1023) / 1024 + " KB";
    }

    public String getMaxLabel() {
        return maxBytes / (1024 * 1024) + "MB";
    }
}
