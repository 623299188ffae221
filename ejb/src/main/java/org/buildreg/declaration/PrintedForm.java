package org.buildreg.declaration;

import java.io.Serializable;

/** A printed 申请表: the PDF and the file name it is offered under. */
public record PrintedForm(String fileName, byte[] pdf) implements Serializable {
}
