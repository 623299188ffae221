-- The shared declaration workflow (申报): batches, declarations, their attachments and review history.
-- One workflow serves every business type of every module; a business type adds its form (form_data).

CREATE SEQUENCE seq_declaration_batch START WITH 1000 INCREMENT BY 50;
CREATE TABLE declaration_batch (
    id            NUMBER(19)   NOT NULL,
    batch_no      VARCHAR2(30) NOT NULL,
    name          VARCHAR2(60) NOT NULL,
    module        VARCHAR2(20) NOT NULL,
    enterprise_id NUMBER(19)   NOT NULL,
    city_code     VARCHAR2(6)  NOT NULL,
    status        VARCHAR2(12) NOT NULL,
    created_by    VARCHAR2(40) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    submitted_at  TIMESTAMP,
    version       NUMBER(10)   DEFAULT 0 NOT NULL,
    CONSTRAINT pk_declaration_batch PRIMARY KEY (id),
    CONSTRAINT uq_declaration_batch_no UNIQUE (batch_no),
    CONSTRAINT fk_declaration_batch_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_declaration_batch_city FOREIGN KEY (city_code) REFERENCES division (code),
    CONSTRAINT ck_declaration_batch_status CHECK (status IN ('OPEN', 'SUBMITTED'))
);
CREATE INDEX ix_declaration_batch_owner ON declaration_batch (enterprise_id, module, status);

-- Sequence behind the declaration numbers (申报单号); see DeclarationNumber.
CREATE SEQUENCE seq_declaration_no START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE seq_declaration START WITH 1000 INCREMENT BY 50;
CREATE TABLE declaration (
    id             NUMBER(19)    NOT NULL,
    declaration_no VARCHAR2(30)  NOT NULL,
    module         VARCHAR2(20)  NOT NULL,
    business_type  VARCHAR2(40)  NOT NULL,
    enterprise_id  NUMBER(19)    NOT NULL,
    city_code      VARCHAR2(6)   NOT NULL,
    subject_key    VARCHAR2(60)  NOT NULL,
    subject_name   VARCHAR2(200) NOT NULL,
    batch_id       NUMBER(19),
    stage          VARCHAR2(20)  NOT NULL,
    form_data      CLOB,
    applicant      VARCHAR2(40)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    submitted_at   TIMESTAMP,
    finished_at    TIMESTAMP,
    version        NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_declaration PRIMARY KEY (id),
    CONSTRAINT uq_declaration_no UNIQUE (declaration_no),
    CONSTRAINT fk_declaration_business_type FOREIGN KEY (business_type) REFERENCES business_type (code),
    CONSTRAINT fk_declaration_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_declaration_city FOREIGN KEY (city_code) REFERENCES division (code),
    CONSTRAINT fk_declaration_batch FOREIGN KEY (batch_id) REFERENCES declaration_batch (id),
    CONSTRAINT ck_declaration_stage CHECK (stage IN ('DRAFT', 'CITY_REVIEW', 'PROVINCE_REVIEW', 'RETURNED',
                                                     'APPROVED', 'REJECTED'))
);
CREATE INDEX ix_declaration_owner ON declaration (enterprise_id, module, stage, created_at);
CREATE INDEX ix_declaration_queue ON declaration (stage, city_code, submitted_at);
CREATE INDEX ix_declaration_batch ON declaration (batch_id);

-- One declaration in flight per subject (person or certificate) per module, enforced by the database:
-- a row lives here from the draft until the declaration is approved, rejected or deleted.
CREATE TABLE declaration_in_flight (
    module         VARCHAR2(20) NOT NULL,
    subject_key    VARCHAR2(60) NOT NULL,
    declaration_id NUMBER(19)   NOT NULL,
    CONSTRAINT pk_declaration_in_flight PRIMARY KEY (module, subject_key),
    CONSTRAINT fk_declaration_in_flight FOREIGN KEY (declaration_id) REFERENCES declaration (id)
);

CREATE SEQUENCE seq_declaration_attachment START WITH 1000 INCREMENT BY 50;
CREATE TABLE declaration_attachment (
    id             NUMBER(19)    NOT NULL,
    declaration_id NUMBER(19)    NOT NULL,
    kind           VARCHAR2(40)  NOT NULL,
    file_name      VARCHAR2(200) NOT NULL,
    content_type   VARCHAR2(40)  NOT NULL,
    byte_size      NUMBER(10)    NOT NULL,
    sha256         VARCHAR2(64)  NOT NULL,
    content        BLOB          NOT NULL,
    uploaded_by    VARCHAR2(40)  NOT NULL,
    uploaded_at    TIMESTAMP     NOT NULL,
    CONSTRAINT pk_declaration_attachment PRIMARY KEY (id),
    CONSTRAINT fk_declaration_attachment FOREIGN KEY (declaration_id) REFERENCES declaration (id),
    CONSTRAINT ck_declaration_attachment_type CHECK (content_type IN ('image/jpeg', 'image/png'))
);
CREATE INDEX ix_declaration_attachment ON declaration_attachment (declaration_id, kind);

CREATE SEQUENCE seq_review_step START WITH 1000 INCREMENT BY 50;
CREATE TABLE review_step (
    id             NUMBER(19)    NOT NULL,
    declaration_id NUMBER(19)    NOT NULL,
    review_level   VARCHAR2(12)  NOT NULL,
    reviewer       VARCHAR2(40)  NOT NULL,
    decision       VARCHAR2(12)  NOT NULL,
    opinion        VARCHAR2(1000),
    reviewed_at    TIMESTAMP     NOT NULL,
    CONSTRAINT pk_review_step PRIMARY KEY (id),
    CONSTRAINT fk_review_step_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id),
    CONSTRAINT ck_review_step_level CHECK (review_level IN ('CITY', 'PROVINCE')),
    CONSTRAINT ck_review_step_decision CHECK (decision IN ('APPROVE', 'REJECT', 'RETURN'))
);
CREATE INDEX ix_review_step_declaration ON review_step (declaration_id, reviewed_at);
