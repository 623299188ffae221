package org.buildreg.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Properties;
import org.buildreg.platform.Refusal;

/**
 * Every JobOperator call of the platform, made from this one EJB component. Payara lets a component see and
 * operate only the executions that the same component started (the job instance's "apptag"), so the console, the
 * daily timer and the start-up load all start jobs here, and the console can stop, restart and abandon any of them.
 * No security of its own: it has no remote or web-facing caller; {@link BatchConsole} checks the caller's role,
 * the timers run as the container. Bean-managed: a job must not start inside a transaction of ours, since the
 * job's own thread reads what the start wrote to the repository.
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class BatchOperations {

    public long start(String jobName, Properties parameters) {
        return BatchRuntime.getJobOperator().start(jobName, parameters);
    }

    public BatchStatus status(long executionId) {
        return BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus();
    }

    public void stop(long executionId) {
        call(() -> {
            BatchRuntime.getJobOperator().stop(executionId);
            return null;
        }, "该执行未在运行，无法停止");
    }

    /** Restarts with the parameters the execution had; returns the new execution's id. */
    public long restart(long executionId) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        return call(() -> jobs.restart(executionId, jobs.getParameters(executionId)),
                "只有已停止或失败的最近一次执行可以重新启动");
    }

    public void abandon(long executionId) {
        call(() -> {
            BatchRuntime.getJobOperator().abandon(executionId);
            return null;
        }, "运行中的执行不能放弃，请先停止");
    }

    /** A parameter the execution was started with; null when it had none or the execution is unknown. */
    public String parameter(long executionId, String name) {
        try {
            java.util.Properties parameters = BatchRuntime.getJobOperator().getParameters(executionId);
            return parameters == null || name == null ? null : parameters.getProperty(name);
        } catch (BatchRuntimeException e) {
            return null;
        }
    }

    private interface Action<T> {
        T run();
    }

    /** A JobOperator refusal (wrong state, not the latest execution, another deployment's) as one Chinese message. */
    private static <T> T call(Action<T> action, String refusal) {
        try {
            return action.run();
        } catch (NoSuchJobExecutionException e) {
            throw Refusal.of("没有该执行");
        } catch (JobSecurityException e) {
            throw Refusal.of("该执行由此前部署的应用版本启动，不能在本版本中操作");
        } catch (BatchRuntimeException e) {
            throw Refusal.of(refusal);
        }
    }
}
