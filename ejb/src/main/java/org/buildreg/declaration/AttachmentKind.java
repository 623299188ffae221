package org.buildreg.declaration;

import java.io.Serializable;

/**
 * One line of a business type's attachment checklist (附件): its code, the name the form shows, whether it is
 * required before 上报, and the largest file accepted (the ID photo is held to 1 MB, the rest to 2 MB).
 */
public record AttachmentKind(String code, String label, boolean required, int maxBytes) implements Serializable {

    public static final int PHOTO_MAX = 1024 * 1024;
    public static final int MAX = 2 * 1024 * 1024;

    /** The size limit as the checklist shows it: "1MB", "2MB". */
    public String maxLabel() {
        return maxBytes / (1024 * 1024) + "MB";
    }

    public static AttachmentKind photo() {
        return new AttachmentKind("PHOTO", "证件照片", true, PHOTO_MAX);
    }

    public static AttachmentKind required(String code, String label) {
        return new AttachmentKind(code, label, true, MAX);
    }

    public static AttachmentKind optional(String code, String label) {
        return new AttachmentKind(code, label, false, MAX);
    }
}
