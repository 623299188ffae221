-- 拒绝记录: the reject report of the import jobs (exam-results-import, legacy-migration). One line per row not
-- imported: file, row number (1 = first data row), reason code and the row as written. Written in the chunk's
-- transaction, so a rolled-back chunk leaves no line; the key keeps a re-processed row from being reported twice.
CREATE SEQUENCE seq_batch_reject START WITH 1000 INCREMENT BY 50;
CREATE TABLE batch_reject (
    id               NUMBER(19)     NOT NULL,
    job_execution_id NUMBER(19)     NOT NULL,
    file_name        VARCHAR2(100)  NOT NULL,
    row_no           NUMBER(10)     NOT NULL,
    reason           VARCHAR2(30)   NOT NULL,
    raw_row          VARCHAR2(4000),
    created_at       TIMESTAMP      NOT NULL,
    CONSTRAINT pk_batch_reject PRIMARY KEY (id),
    CONSTRAINT uq_batch_reject UNIQUE (job_execution_id, file_name, row_no)
);

-- 待认领数据: rows of the old export whose enterprise is not in it (ORPHAN_ENTERPRISE). 旧数据导入申请 draws on
-- them: ADMIN moves a person (found by name + ID number) or a certificate (by number) into the enterprise
-- that asked. Keyed by what identifies them, so running the migration again stages nothing twice.
CREATE SEQUENCE seq_legacy_staged_person START WITH 1000 INCREMENT BY 50;
CREATE TABLE legacy_staged_person (
    id               NUMBER(19)    NOT NULL,
    id_number        VARCHAR2(30)  NOT NULL,
    person_no        VARCHAR2(30),
    enterprise_code  VARCHAR2(30),
    name             VARCHAR2(60),
    gender           VARCHAR2(4),
    id_type          VARCHAR2(20),
    birth_date       DATE,
    ethnicity        VARCHAR2(30),
    education        VARCHAR2(30),
    school           VARCHAR2(100),
    major            VARCHAR2(100),
    mobile           VARCHAR2(30),
    raw_row          VARCHAR2(4000),
    staged_at        TIMESTAMP     NOT NULL,
    claimed_at       TIMESTAMP,
    CONSTRAINT pk_legacy_staged_person PRIMARY KEY (id),
    CONSTRAINT uq_legacy_staged_person UNIQUE (id_number)
);
CREATE INDEX ix_legacy_staged_person_no ON legacy_staged_person (person_no);

-- A certificate or licence of such a person or enterprise (kind: jzs, agry, aqxk), found by its number.
CREATE SEQUENCE seq_legacy_staged_certificate START WITH 1000 INCREMENT BY 50;
CREATE TABLE legacy_staged_certificate (
    id               NUMBER(19)    NOT NULL,
    kind             VARCHAR2(10)  NOT NULL,
    certificate_no   VARCHAR2(60)  NOT NULL,
    id_number        VARCHAR2(30),
    person_no        VARCHAR2(30),
    enterprise_code  VARCHAR2(30),
    raw_row          VARCHAR2(4000) NOT NULL,
    staged_at        TIMESTAMP     NOT NULL,
    claimed_at       TIMESTAMP,
    CONSTRAINT pk_legacy_staged_certificate PRIMARY KEY (id),
    CONSTRAINT uq_legacy_staged_certificate UNIQUE (kind, certificate_no)
);
CREATE INDEX ix_legacy_staged_cert_id ON legacy_staged_certificate (id_number);
