package org.buildreg.batch;

import java.io.Serializable;

/**
 * One line of the console's job list: the job, whether its XML is deployed so it may be started, and its closure
 * (null while open).
 */
public record JobView(BatchJob job, boolean deployed, JobClosure closure) implements Serializable {

    /** Whether the console offers it under 启动作业. */
    public boolean startable() {
        return deployed && closure == null;
    }
}
