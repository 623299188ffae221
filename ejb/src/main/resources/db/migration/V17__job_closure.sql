-- Jobs the association has closed (关闭): 旧系统数据迁移 once the old system is retired (cut-over), so that no later run
-- creates accounts or certificates from an old export. A row while closed; reopening deletes it (both audited).
CREATE TABLE job_closure (
    job_name   VARCHAR2(40 CHAR)  NOT NULL,
    closed_at  TIMESTAMP     NOT NULL,
    closed_by  VARCHAR2(40 CHAR)  NOT NULL,
    CONSTRAINT pk_job_closure PRIMARY KEY (job_name)
);
