-- Foundation: divisions, enterprises, accounts, USCC filings, password-reset requests, audit log.
-- Portable SQL: runs on Oracle and on H2 in MODE=Oracle. Identifiers from sequences (allocation 50).

CREATE TABLE division (
    code        VARCHAR2(6)   NOT NULL,
    name        VARCHAR2(40)  NOT NULL,
    div_level   VARCHAR2(16)  NOT NULL,
    parent_code VARCHAR2(6),
    CONSTRAINT pk_division PRIMARY KEY (code)
);

CREATE SEQUENCE seq_enterprise START WITH 1000 INCREMENT BY 50;
CREATE TABLE enterprise (
    id                  NUMBER(19)    NOT NULL,
    name                VARCHAR2(200) NOT NULL,
    uscc                VARCHAR2(18),
    org_code            VARCHAR2(10),
    business_reg_no     VARCHAR2(18),
    city_code           VARCHAR2(6)   NOT NULL,
    county_code         VARCHAR2(6),
    registered_address  VARCHAR2(300),
    current_address     VARCHAR2(300),
    legal_representative VARCHAR2(60),
    economic_type       VARCHAR2(60),
    contact_name        VARCHAR2(60),
    contact_phone       VARCHAR2(40),
    needs_uscc_filing   NUMBER(1)     DEFAULT 0 NOT NULL,
    legacy_code         VARCHAR2(40),
    created_at          TIMESTAMP     NOT NULL,
    version             NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_enterprise PRIMARY KEY (id),
    CONSTRAINT uq_enterprise_uscc UNIQUE (uscc),
    CONSTRAINT uq_enterprise_org_code UNIQUE (org_code),
    CONSTRAINT fk_enterprise_city FOREIGN KEY (city_code) REFERENCES division (code),
    CONSTRAINT fk_enterprise_county FOREIGN KEY (county_code) REFERENCES division (code)
);
CREATE INDEX ix_enterprise_name ON enterprise (name);
CREATE INDEX ix_enterprise_city ON enterprise (city_code);

CREATE SEQUENCE seq_account START WITH 1000 INCREMENT BY 50;
CREATE TABLE account (
    id                   NUMBER(19)    NOT NULL,
    username             VARCHAR2(40)  NOT NULL,
    password_hash        VARCHAR2(200),
    legacy_md5           VARCHAR2(32),
    role                 VARCHAR2(24)  NOT NULL,
    enterprise_id        NUMBER(19),
    city_code            VARCHAR2(6),
    display_name         VARCHAR2(60)  NOT NULL,
    phone                VARCHAR2(40),
    modules              VARCHAR2(200),
    enabled              NUMBER(1)     DEFAULT 1 NOT NULL,
    admin_locked         NUMBER(1)     DEFAULT 0 NOT NULL,
    failed_logins        NUMBER(5)     DEFAULT 0 NOT NULL,
    locked_until         TIMESTAMP,
    must_change_password NUMBER(1)     DEFAULT 0 NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    last_login_at        TIMESTAMP,
    version              NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_account_city FOREIGN KEY (city_code) REFERENCES division (code),
    CONSTRAINT ck_account_role CHECK (role IN ('ENTERPRISE_MAIN', 'ENTERPRISE_SUB', 'CITY_REVIEWER',
                                               'PROVINCE_REVIEWER', 'ADMIN', 'BATCH_OPERATOR'))
);
CREATE INDEX ix_account_enterprise ON account (enterprise_id);

CREATE SEQUENCE seq_uscc_filing START WITH 1000 INCREMENT BY 50;
CREATE TABLE uscc_filing (
    id              NUMBER(19)    NOT NULL,
    uscc            VARCHAR2(18)  NOT NULL,
    enterprise_name VARCHAR2(200) NOT NULL,
    filed_at        TIMESTAMP     NOT NULL,
    filed_by        VARCHAR2(40)  NOT NULL,
    CONSTRAINT pk_uscc_filing PRIMARY KEY (id),
    CONSTRAINT uq_uscc_filing UNIQUE (uscc)
);

CREATE SEQUENCE seq_password_reset START WITH 1000 INCREMENT BY 50;
CREATE TABLE password_reset_request (
    id              NUMBER(19)    NOT NULL,
    username        VARCHAR2(40),
    enterprise_name VARCHAR2(200) NOT NULL,
    uscc            VARCHAR2(18)  NOT NULL,
    contact_name    VARCHAR2(60)  NOT NULL,
    contact_phone   VARCHAR2(40)  NOT NULL,
    reason          VARCHAR2(500) NOT NULL,
    status          VARCHAR2(16)  NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    handled_by      VARCHAR2(40),
    handled_at      TIMESTAMP,
    remark          VARCHAR2(500),
    account_id      NUMBER(19),
    version         NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_password_reset PRIMARY KEY (id),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_password_reset_status CHECK (status IN ('PENDING', 'DONE', 'REJECTED'))
);
CREATE INDEX ix_password_reset_status ON password_reset_request (status, created_at);

CREATE SEQUENCE seq_audit START WITH 1000 INCREMENT BY 50;
CREATE TABLE audit_record (
    id          NUMBER(19)    NOT NULL,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR2(40),
    action      VARCHAR2(40)  NOT NULL,
    target      VARCHAR2(200),
    detail      VARCHAR2(1000),
    address     VARCHAR2(64),
    CONSTRAINT pk_audit PRIMARY KEY (id)
);
CREATE INDEX ix_audit_time ON audit_record (occurred_at);
CREATE INDEX ix_audit_actor ON audit_record (actor, occurred_at);
