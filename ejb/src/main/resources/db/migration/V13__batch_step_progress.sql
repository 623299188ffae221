-- 步骤进度: what a running chunk step has committed so far. Jakarta Batch (Payara's JBatch) writes a step's
-- read/write/skip/commit counts into its repository only when the step ends; this row is written inside each
-- chunk's own transaction, so the batch console shows the counts while the step runs, and a step cut off by a
-- crash (kill -9) still shows exactly what it committed.
CREATE TABLE batch_step_progress (
    job_execution_id NUMBER(19)    NOT NULL,
    step_name        VARCHAR2(128) NOT NULL,
    read_count       NUMBER(19)    NOT NULL,
    write_count      NUMBER(19)    NOT NULL,
    skip_count       NUMBER(19)    NOT NULL,
    filter_count     NUMBER(19)    NOT NULL,
    commit_count     NUMBER(19)    NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    CONSTRAINT pk_batch_step_progress PRIMARY KEY (job_execution_id, step_name)
);
