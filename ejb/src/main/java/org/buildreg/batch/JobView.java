package org.buildreg.batch;

import java.io.Serializable;

/** One line of the console's job list: the job, and whether its XML is deployed so it may be started. */
public record JobView(BatchJob job, boolean deployed) implements Serializable {
}
