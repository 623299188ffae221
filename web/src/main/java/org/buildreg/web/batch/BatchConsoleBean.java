package org.buildreg.web.batch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.buildreg.batch.BatchConsole;
import org.buildreg.batch.BatchJob;
import org.buildreg.batch.ExecutionRow;
import org.buildreg.batch.JobView;
import org.buildreg.batch.RejectRow;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.Downloads;
import org.buildreg.web.shell.FieldMessages;
import org.buildreg.web.shell.PagedList;
import org.buildreg.web.shell.Spreadsheet.Column;
import org.primefaces.model.file.UploadedFile;

/** 批处理控制台 (ADMIN, BATCH_OPERATOR): jobs, the start form, executions with their steps, the reject report. */
@Named
@ViewScoped
public class BatchConsoleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BatchConsole console;

    private List<JobView> jobs;
    private BatchJob job;
    private String path;
    private transient UploadedFile upload;
    private boolean running;
    private Long rejectsOf;
    private final PagedList<ExecutionRow> executions = new PagedList<>(page -> console.executions(page),
            ExecutionRow::id);
    private final PagedList<RejectRow> rejects = new PagedList<>(page -> console.rejects(rejectsOf, page),
            RejectRow::key);

    @PostConstruct
    void load() {
        jobs = console.jobs();
        job = jobs.stream().filter(JobView::startable).map(JobView::job).findFirst().orElse(null);
        refresh();
    }

    /** The poll: whether an execution is still running (it stops polling when none is). */
    public void refresh() {
        running = console.anyRunning();
    }

    /** 启动: with the uploaded export when there is one, else with the server path. */
    public void start() {
        try {
            long id = upload != null && upload.getSize() > 0 ? console.startWithUpload(job, upload.getContent())
                    : console.start(job, path);
            FieldMessages.info("已启动 " + job.label() + "（执行 " + id + "）");
            path = null;
            running = true;
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public void stop(long executionId) {
        act(() -> console.stop(executionId), "已请求停止执行 " + executionId);
    }

    public void restart(long executionId) {
        try {
            FieldMessages.info("执行 " + executionId + " 已重新启动（新执行 " + console.restart(executionId) + "）");
            running = true;
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    /** 关闭 (ADMIN, after cut-over): the job is offered no more. */
    public void close(BatchJob closing) {
        act(() -> console.close(closing), closing.label() + "已关闭：不能再启动或重新启动");
        reloadJobs();
    }

    /** 重新开放 (ADMIN): a closing made by mistake, undone. */
    public void reopen(BatchJob reopening) {
        act(() -> console.reopen(reopening), reopening.label() + "已重新开放");
        reloadJobs();
    }

    private void reloadJobs() {
        jobs = console.jobs();
        if (job == null || !getStartable().contains(job)) {
            job = getStartable().stream().findFirst().orElse(null);
        }
    }

    public void abandon(long executionId) {
        act(() -> console.abandon(executionId), "执行 " + executionId + " 已放弃");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FieldMessages.info(done);
            refresh();
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    /** 拒绝记录: shows the reject report of that execution below the list. */
    public void showRejects(long executionId) {
        rejectsOf = executionId;
    }

    /** 导出Excel: the whole reject report of the execution shown. */
    public void exportRejects() throws IOException {
        Long id = rejectsOf;
        Downloads.excel("拒绝记录-执行" + id, List.of(
                new Column<RejectRow>("文件", RejectRow::fileName),
                new Column<RejectRow>("行号", RejectRow::rowNo),
                new Column<RejectRow>("原因", RejectRow::reason),
                new Column<RejectRow>("原始数据", RejectRow::rawRow)),
                page -> console.rejects(id, page));
    }

    public List<JobView> getJobs() { return jobs; }
    public List<BatchJob> getStartable() {
        return jobs.stream().filter(JobView::startable).map(JobView::job).toList();
    }
    public BatchJob getJob() { return job; }
    public void setJob(BatchJob job) { this.job = job; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
    public boolean isRunning() { return running; }
    public Long getRejectsOf() { return rejectsOf; }
    public PagedList<ExecutionRow> getExecutions() { return executions; }
    public PagedList<RejectRow> getRejects() { return rejects; }
}
