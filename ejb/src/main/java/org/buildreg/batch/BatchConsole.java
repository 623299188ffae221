package org.buildreg.batch;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.buildreg.account.Account;
import org.buildreg.account.Role;
import org.buildreg.auth.AuditAction;
import org.buildreg.auth.AuditLog;
import org.buildreg.auth.Callers;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.buildreg.platform.Refusal;

/**
 * 批处理控制台 (ADMIN, BATCH_OPERATOR): the jobs, their executions with step metrics, start / stop / restart /
 * abandon (each audited, carried out by {@link BatchOperations}), and the reject report. Bean-managed transactions,
 * like {@link BatchOperations}: nothing here needs one, and a job must not be started inside one.
 */
@Stateless
@RolesAllowed({"ADMIN", "BATCH_OPERATOR"})
@TransactionManagement(TransactionManagementType.BEAN)
public class BatchConsole {

    @EJB
    private Callers callers;
    @EJB
    private AuditLog audit;
    @EJB
    private BatchOperations operations;
    @Resource(lookup = "jdbc/buildreg")
    private DataSource dataSource;

    /** Every job the platform knows, whether its XML is deployed, and whether it is closed. */
    public List<JobView> jobs() {
        operator();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (Connection c = dataSource.getConnection()) {
            List<JobView> jobs = new java.util.ArrayList<>();
            for (BatchJob job : BatchJob.values()) {
                jobs.add(new JobView(job, job.isDeployed(loader), JobClosure.of(c, job.jobName())));
            }
            return jobs;
        } catch (SQLException e) {
            throw new IllegalStateException("job closures unreadable", e);
        }
    }

    /**
     * 关闭 (ADMIN): after cut-over, the job can no longer be started or restarted, and a run still going stops at its
     * next chunk. Refused while one of its executions runs (stop it first).
     */
    @RolesAllowed("ADMIN")
    public void close(BatchJob job) {
        Account me = callers.requireRole(Role.ADMIN);
        if (job == null || !job.closable()) {
            throw Refusal.of("该作业不能关闭");
        }
        try (Connection c = dataSource.getConnection()) {
            if (JobClosure.of(c, job.jobName()) != null) {
                throw Refusal.of(job.label() + "已关闭");
            }
            if (JobRepositoryQueries.exists(c) && JobRepositoryQueries.anyRunning(c, job.jobName())) {
                throw Refusal.of(job.label() + "正在运行，请先停止后再关闭");
            }
            JobClosure.close(c, job.jobName(), me.getUsername(), LocalDateTime.now());
        } catch (SQLException e) {
            throw new IllegalStateException("job closure not written", e);
        }
        audit.record(me.getUsername(), AuditAction.BATCH_JOB_CLOSED, job.label(), "旧系统已停用，不再迁移");
    }

    /** 重新开放 (ADMIN): a closing made by mistake, undone; audited like the closing. */
    @RolesAllowed("ADMIN")
    public void reopen(BatchJob job) {
        Account me = callers.requireRole(Role.ADMIN);
        try (Connection c = dataSource.getConnection()) {
            if (job == null || JobClosure.of(c, job.jobName()) == null) {
                throw Refusal.of("该作业未关闭");
            }
            JobClosure.reopen(c, job.jobName());
        } catch (SQLException e) {
            throw new IllegalStateException("job closure not removed", e);
        }
        audit.record(me.getUsername(), AuditAction.BATCH_JOB_REOPENED, job.label(), null);
    }

    /** 启动 with a server path (or nothing, for a job without parameters). */
    public long start(BatchJob job, String serverPath) {
        Account me = operator();
        deployed(job);
        open(job);
        String path = JobInput.serverPath(job.parameter(), serverPath, JobInput.importRoot());
        return start(me, job, path);
    }

    /** 启动 on an uploaded export ZIP: stored in the import folder's uploads, its path the job's parameter. */
    public long startWithUpload(BatchJob job, byte[] zip) {
        Account me = operator();
        deployed(job);
        open(job);
        if (!job.parameter().takesUpload()) {
            throw Refusal.onField(JobInput.UPLOAD_FIELD, "该作业不接受上传文件");
        }
        try {
            String path = JobInput.store(JobInput.uploadDirectory(), zip, LocalDateTime.now()).toString();
            return start(me, job, path);
        } catch (IOException e) {
            throw Refusal.onField(JobInput.UPLOAD_FIELD, "导出文件无法保存到服务器，请联系系统管理员");
        }
    }

    public void stop(long executionId) {
        Account me = operator();
        String job = jobName(executionId);
        operations.stop(executionId);
        audit.record(me.getUsername(), AuditAction.BATCH_JOB_STOPPED, BatchJob.labelOf(job), "执行 " + executionId);
    }

    /** 重新启动 a STOPPED or FAILED execution with its parameters; returns the new execution's id. */
    public long restart(long executionId) {
        Account me = operator();
        String job = jobName(executionId);
        BatchJob known = BatchJob.byName(job);
        if (known != null) {
            open(known);
        }
        long next = operations.restart(executionId);
        audit.record(me.getUsername(), AuditAction.BATCH_JOB_RESTARTED, BatchJob.labelOf(job),
                "执行 " + executionId + " → " + next);
        return next;
    }

    /** 放弃 a STOPPED or FAILED execution: it can no longer be restarted. */
    public void abandon(long executionId) {
        Account me = operator();
        String job = jobName(executionId);
        operations.abandon(executionId);
        // An abandoned execution is never restarted: an export uploaded for it is of no more use.
        String export = operations.parameter(executionId, BatchJob.Parameter.EXPORT.parameterName());
        boolean discarded = JobInput.discardUpload(export);
        audit.record(me.getUsername(), AuditAction.BATCH_JOB_ABANDONED, BatchJob.labelOf(job), "执行 " + executionId
                + (discarded ? "，已删除上传的导出文件" : ""));
    }

    /** Executions of every job, newest first, with their steps' metrics, paged in the job repository. */
    public Page<ExecutionRow> executions(PageRequest request) {
        operator();
        try (Connection c = dataSource.getConnection()) {
            if (!JobRepositoryQueries.exists(c)) {
                return new Page<>(List.of(), 0);
            }
            long total = request.wantsTotal() ? JobRepositoryQueries.count(c) : -1;
            List<ExecutionRow> rows = request.wantsRows()
                    ? JobRepositoryQueries.page(c, request.first(), request.size()) : List.of();
            return new Page<>(rows, total);
        } catch (SQLException e) {
            throw new IllegalStateException("batch job repository unreadable", e);
        }
    }

    /** Whether an execution is STARTING, STARTED or STOPPING: the console refreshes itself while one is. */
    public boolean anyRunning() {
        operator();
        try (Connection c = dataSource.getConnection()) {
            return JobRepositoryQueries.exists(c) && JobRepositoryQueries.anyRunning(c);
        } catch (SQLException e) {
            throw new IllegalStateException("batch job repository unreadable", e);
        }
    }

    /** The rows an execution's import rejected, paged. */
    public Page<RejectRow> rejects(long executionId, PageRequest request) {
        operator();
        try (Connection c = dataSource.getConnection()) {
            return BatchRejects.page(c, executionId, request);
        } catch (SQLException e) {
            throw new IllegalStateException("reject report unreadable", e);
        }
    }

    private Account operator() {
        return callers.requireRole(Role.ADMIN, Role.BATCH_OPERATOR);
    }

    private static void deployed(BatchJob job) {
        if (job == null || !job.isDeployed(Thread.currentThread().getContextClassLoader())) {
            throw Refusal.of("该作业尚未部署，不能启动");
        }
    }

    /** Refuses a closed job, saying when and by whom it was closed. */
    private void open(BatchJob job) {
        try (Connection c = dataSource.getConnection()) {
            JobClosure closure = JobClosure.of(c, job.jobName());
            if (closure != null) {
                throw Refusal.of(job.label() + closure.describe() + "（旧系统已停用），不能再启动");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job closures unreadable", e);
        }
    }

    private long start(Account me, BatchJob job, String path) {
        Properties parameters = new Properties();
        if (path != null) {
            parameters.setProperty(job.parameter().parameterName(), path);
        }
        long id = operations.start(job.jobName(), parameters);
        audit.record(me.getUsername(), AuditAction.BATCH_JOB_STARTED, job.label(),
                "执行 " + id + (path == null ? "" : "，" + job.parameter().parameterName() + "=" + path));
        return id;
    }

    private String jobName(long executionId) {
        try (Connection c = dataSource.getConnection()) {
            String name = JobRepositoryQueries.exists(c) ? JobRepositoryQueries.jobName(c, executionId) : null;
            if (name == null) {
                throw Refusal.of("没有该执行：" + executionId);
            }
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("batch job repository unreadable", e);
        }
    }
}
