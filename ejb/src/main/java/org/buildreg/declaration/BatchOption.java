package org.buildreg.declaration;

import java.io.Serializable;

/** An open batch offered by 选择批次. */
public record BatchOption(Long id, String name, long declarations) implements Serializable {
}
