-- What enterprises hold: persons, 二级建造师 registrations, 安管人员 certificates, 安全生产许可证, 资质证书;
-- and the reference lists of specialties, safety staff categories and business types.

CREATE TABLE specialty (
    code VARCHAR2(20) NOT NULL,
    name VARCHAR2(40) NOT NULL,
    sort_order NUMBER(3) NOT NULL,
    CONSTRAINT pk_specialty PRIMARY KEY (code)
);
INSERT INTO specialty (code, name, sort_order) VALUES ('BUILDING', '建筑工程', 1);
INSERT INTO specialty (code, name, sort_order) VALUES ('HIGHWAY', '公路工程', 2);
INSERT INTO specialty (code, name, sort_order) VALUES ('WATER', '水利水电工程', 3);
INSERT INTO specialty (code, name, sort_order) VALUES ('MUNICIPAL', '市政公用工程', 4);
INSERT INTO specialty (code, name, sort_order) VALUES ('MINING', '矿业工程', 5);
INSERT INTO specialty (code, name, sort_order) VALUES ('MECHANICAL', '机电工程', 6);

CREATE TABLE safety_staff_category (
    code VARCHAR2(4)  NOT NULL,
    name VARCHAR2(40) NOT NULL,
    CONSTRAINT pk_safety_staff_category PRIMARY KEY (code)
);
INSERT INTO safety_staff_category (code, name) VALUES ('A', '企业主要负责人');
INSERT INTO safety_staff_category (code, name) VALUES ('B', '项目负责人');
INSERT INTO safety_staff_category (code, name) VALUES ('C1', '机械安全生产管理人员');
INSERT INTO safety_staff_category (code, name) VALUES ('C2', '土建安全生产管理人员');
INSERT INTO safety_staff_category (code, name) VALUES ('C3', '综合安全生产管理人员');

-- Every declaration kind of every module; form_no is the application form's number (申请表 1-1 …).
CREATE TABLE business_type (
    code       VARCHAR2(40) NOT NULL,
    module     VARCHAR2(20) NOT NULL,
    name       VARCHAR2(40) NOT NULL,
    form_no    VARCHAR2(8),
    sort_order NUMBER(3)    NOT NULL,
    CONSTRAINT pk_business_type PRIMARY KEY (code)
);
INSERT INTO business_type VALUES ('CONSTRUCTOR_SUPPLEMENT', 'CONSTRUCTOR', '信息补录', NULL, 1);
INSERT INTO business_type VALUES ('CONSTRUCTOR_INITIAL', 'CONSTRUCTOR', '初始注册', '1-1', 2);
INSERT INTO business_type VALUES ('CONSTRUCTOR_RENEWAL', 'CONSTRUCTOR', '延续注册', '2-1', 3);
INSERT INTO business_type VALUES ('CONSTRUCTOR_CHANGE', 'CONSTRUCTOR', '变更注册', '3-1', 4);
INSERT INTO business_type VALUES ('CONSTRUCTOR_ADD_SPECIALTY', 'CONSTRUCTOR', '增项注册', '4-1', 5);
INSERT INTO business_type VALUES ('CONSTRUCTOR_CANCELLATION', 'CONSTRUCTOR', '注销注册', '5-1', 6);
INSERT INTO business_type VALUES ('CONSTRUCTOR_REREGISTRATION', 'CONSTRUCTOR', '重新注册', '6-1', 7);
INSERT INTO business_type VALUES ('CONSTRUCTOR_REPLACEMENT', 'CONSTRUCTOR', '遗失补办', NULL, 8);
INSERT INTO business_type VALUES ('CONSTRUCTOR_TRANSFER_IN', 'CONSTRUCTOR', '人员调入', NULL, 9);
INSERT INTO business_type VALUES ('SAFETY_STAFF_SUPPLEMENT', 'SAFETY_STAFF', '信息补录', NULL, 1);
INSERT INTO business_type VALUES ('SAFETY_STAFF_NEW', 'SAFETY_STAFF', '新增申报', NULL, 2);
INSERT INTO business_type VALUES ('SAFETY_STAFF_EXTENSION', 'SAFETY_STAFF', '证书延期', NULL, 3);
INSERT INTO business_type VALUES ('SAFETY_STAFF_CHANGE', 'SAFETY_STAFF', '证书变更', NULL, 4);
INSERT INTO business_type VALUES ('SAFETY_STAFF_REPLACEMENT', 'SAFETY_STAFF', '遗失补办', NULL, 5);
INSERT INTO business_type VALUES ('SAFETY_STAFF_TRANSFER_IN', 'SAFETY_STAFF', '人员调入', NULL, 6);
INSERT INTO business_type VALUES ('SAFETY_STAFF_CANCELLATION', 'SAFETY_STAFF', '证书注销', NULL, 7);
INSERT INTO business_type VALUES ('SAFETY_LICENCE_NEW', 'SAFETY_LICENCE', '新增申报', NULL, 1);
INSERT INTO business_type VALUES ('SAFETY_LICENCE_EXTENSION_REVIEW', 'SAFETY_LICENCE', '重新审查延期', NULL, 2);
INSERT INTO business_type VALUES ('SAFETY_LICENCE_EXTENSION', 'SAFETY_LICENCE', '不再审查延期', NULL, 3);
INSERT INTO business_type VALUES ('SAFETY_LICENCE_CHANGE', 'SAFETY_LICENCE', '变更补办', NULL, 4);

CREATE SEQUENCE seq_person START WITH 1000 INCREMENT BY 50;
CREATE TABLE person (
    id              NUMBER(19)    NOT NULL,
    name            VARCHAR2(60)  NOT NULL,
    gender          VARCHAR2(2),
    id_type         VARCHAR2(8)   NOT NULL,
    id_number       VARCHAR2(30)  NOT NULL,
    birth_date      DATE,
    ethnicity       VARCHAR2(20),
    education       VARCHAR2(20),
    school          VARCHAR2(100),
    major           VARCHAR2(100),
    graduated_on    DATE,
    degree          VARCHAR2(20),
    mobile          VARCHAR2(20),
    phone           VARCHAR2(40),
    email           VARCHAR2(100),
    enterprise_id   NUMBER(19),
    legacy_code     VARCHAR2(40),
    created_at      TIMESTAMP     NOT NULL,
    version         NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT uq_person_id_number UNIQUE (id_type, id_number),
    CONSTRAINT fk_person_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_person_enterprise ON person (enterprise_id);
CREATE INDEX ix_person_name ON person (name);

CREATE SEQUENCE seq_constructor_registration START WITH 1000 INCREMENT BY 50;
CREATE TABLE constructor_registration (
    id                 NUMBER(19)   NOT NULL,
    person_id          NUMBER(19)   NOT NULL,
    enterprise_id      NUMBER(19),
    registration_no    VARCHAR2(30) NOT NULL,
    qualification_no   VARCHAR2(20) NOT NULL,
    certificate_no     VARCHAR2(30),
    issuing_authority  VARCHAR2(100),
    issued_on          DATE,
    valid_until        DATE,
    status             VARCHAR2(12) NOT NULL,
    required_hours     NUMBER(5)    DEFAULT 0 NOT NULL,
    elective_hours     NUMBER(5)    DEFAULT 0 NOT NULL,
    version            NUMBER(10)   DEFAULT 0 NOT NULL,
    CONSTRAINT pk_constructor_registration PRIMARY KEY (id),
    CONSTRAINT uq_constructor_person UNIQUE (person_id),
    CONSTRAINT uq_constructor_registration_no UNIQUE (registration_no),
    CONSTRAINT uq_constructor_certificate_no UNIQUE (certificate_no),
    CONSTRAINT fk_constructor_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_constructor_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT ck_constructor_status CHECK (status IN ('VALID', 'EXPIRED', 'IN_TRANSFER', 'CANCELLED'))
);
CREATE INDEX ix_constructor_enterprise ON constructor_registration (enterprise_id, status);
CREATE INDEX ix_constructor_valid_until ON constructor_registration (valid_until);

CREATE TABLE constructor_specialty (
    registration_id NUMBER(19)   NOT NULL,
    specialty       VARCHAR2(20) NOT NULL,
    CONSTRAINT pk_constructor_specialty PRIMARY KEY (registration_id, specialty),
    CONSTRAINT fk_constructor_specialty_reg FOREIGN KEY (registration_id) REFERENCES constructor_registration (id),
    CONSTRAINT fk_constructor_specialty_code FOREIGN KEY (specialty) REFERENCES specialty (code)
);

CREATE SEQUENCE seq_safety_staff_certificate START WITH 1000 INCREMENT BY 50;
CREATE TABLE safety_staff_certificate (
    id             NUMBER(19)   NOT NULL,
    certificate_no VARCHAR2(40) NOT NULL,
    person_id      NUMBER(19)   NOT NULL,
    enterprise_id  NUMBER(19),
    category       VARCHAR2(4)  NOT NULL,
    issued_on      DATE,
    valid_from     DATE,
    valid_until    DATE,
    status         VARCHAR2(12) NOT NULL,
    version        NUMBER(10)   DEFAULT 0 NOT NULL,
    CONSTRAINT pk_safety_staff_certificate PRIMARY KEY (id),
    CONSTRAINT uq_safety_staff_certificate_no UNIQUE (certificate_no),
    CONSTRAINT fk_safety_staff_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_safety_staff_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_safety_staff_category FOREIGN KEY (category) REFERENCES safety_staff_category (code),
    CONSTRAINT ck_safety_staff_status CHECK (status IN ('VALID', 'EXPIRED', 'IN_TRANSFER', 'CANCELLED'))
);
CREATE INDEX ix_safety_staff_enterprise ON safety_staff_certificate (enterprise_id, status);
CREATE INDEX ix_safety_staff_valid_until ON safety_staff_certificate (valid_until);

CREATE SEQUENCE seq_safety_licence START WITH 1000 INCREMENT BY 50;
CREATE TABLE safety_licence (
    id            NUMBER(19)    NOT NULL,
    licence_no    VARCHAR2(40)  NOT NULL,
    enterprise_id NUMBER(19)    NOT NULL,
    principal     VARCHAR2(60),
    scope         VARCHAR2(100) NOT NULL,
    issued_on     DATE,
    valid_until   DATE,
    status        VARCHAR2(12)  NOT NULL,
    version       NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_safety_licence PRIMARY KEY (id),
    CONSTRAINT uq_safety_licence_no UNIQUE (licence_no),
    CONSTRAINT fk_safety_licence_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT ck_safety_licence_status CHECK (status IN ('VALID', 'EXPIRED', 'IN_TRANSFER', 'CANCELLED'))
);
CREATE INDEX ix_safety_licence_enterprise ON safety_licence (enterprise_id);

CREATE SEQUENCE seq_qualification_certificate START WITH 1000 INCREMENT BY 50;
CREATE TABLE qualification_certificate (
    id                NUMBER(19)    NOT NULL,
    certificate_no    VARCHAR2(40)  NOT NULL,
    enterprise_id     NUMBER(19)    NOT NULL,
    categories        VARCHAR2(500) NOT NULL,
    issuing_authority VARCHAR2(100),
    issued_on         DATE,
    valid_until       DATE,
    version           NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_qualification_certificate PRIMARY KEY (id),
    CONSTRAINT uq_qualification_certificate_no UNIQUE (certificate_no),
    CONSTRAINT fk_qualification_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_qualification_enterprise ON qualification_certificate (enterprise_id);
