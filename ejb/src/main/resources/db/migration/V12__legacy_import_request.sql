-- 旧数据导入申请: an enterprise asks for what the migration could not give it (a person by name + ID number, a
-- certificate or licence by its number); ADMIN approves (the staged rows move into the enterprise) or rejects
-- with a reason.
CREATE SEQUENCE seq_legacy_import_request START WITH 1000 INCREMENT BY 50;
CREATE TABLE legacy_import_request (
    id              NUMBER(19)    NOT NULL,
    enterprise_id   NUMBER(19)    NOT NULL,
    kind            VARCHAR2(12)  NOT NULL,
    person_name     VARCHAR2(60),
    id_number       VARCHAR2(30),
    certificate_no  VARCHAR2(60),
    note            VARCHAR2(300),
    status          VARCHAR2(12)  NOT NULL,
    decision        VARCHAR2(300),
    requested_by    VARCHAR2(40)  NOT NULL,
    requested_at    TIMESTAMP     NOT NULL,
    decided_by      VARCHAR2(40),
    decided_at      TIMESTAMP,
    version         NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_legacy_import_request PRIMARY KEY (id),
    CONSTRAINT fk_legacy_import_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT ck_legacy_import_kind CHECK (kind IN ('PERSON', 'CERTIFICATE')),
    CONSTRAINT ck_legacy_import_status CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED'))
);
CREATE INDEX ix_legacy_import_enterprise ON legacy_import_request (enterprise_id, requested_at);
CREATE INDEX ix_legacy_import_status ON legacy_import_request (status, requested_at);
