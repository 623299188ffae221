package org.buildreg.declaration;

import java.io.Serializable;

/** The bytes of one attachment, for its preview. */
public record AttachmentContent(String fileName, String contentType, byte[] bytes) implements Serializable {
}
