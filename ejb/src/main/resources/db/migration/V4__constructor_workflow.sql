-- What the 二级建造师 business types need beyond V2/V3: the exam results they are checked against, the
-- transfer between enterprises (人员调出 → 人员调入), the number sequences of registrations and certificates,
-- and the history of 信息补录.

-- 人社厅考试合格数据: one line per person and specialty passed; filled by the exam-results-import job.
CREATE SEQUENCE seq_exam_result START WITH 1000 INCREMENT BY 50;
CREATE TABLE exam_result (
    id               NUMBER(19)   NOT NULL,
    id_number        VARCHAR2(30) NOT NULL,
    name             VARCHAR2(60) NOT NULL,
    specialty        VARCHAR2(20) NOT NULL,
    qualification_no VARCHAR2(20) NOT NULL,
    issued_on        DATE,
    CONSTRAINT pk_exam_result PRIMARY KEY (id),
    CONSTRAINT uq_exam_result UNIQUE (id_number, specialty),
    CONSTRAINT fk_exam_result_specialty FOREIGN KEY (specialty) REFERENCES specialty (code)
);

-- 人员调出: while a registration is 调转中 it names the enterprise it is moving to.
ALTER TABLE constructor_registration ADD transfer_to_id NUMBER(19);
ALTER TABLE constructor_registration ADD CONSTRAINT fk_constructor_transfer_to
    FOREIGN KEY (transfer_to_id) REFERENCES enterprise (id);
CREATE INDEX ix_constructor_transfer_to ON constructor_registration (transfer_to_id);

-- The 7-digit sequence of 注册编号 (蒙2 15 yy nnnnnnn) and the 证书编号 of issued certificates.
CREATE SEQUENCE seq_constructor_registration_no START WITH 100000 INCREMENT BY 1;
CREATE SEQUENCE seq_constructor_certificate_no START WITH 30000000 INCREMENT BY 1;

-- 信息补录 and its 查看历史补录: what a person's record was before and after each change.
CREATE SEQUENCE seq_person_supplement START WITH 1000 INCREMENT BY 50;
CREATE TABLE person_supplement (
    id          NUMBER(19)   NOT NULL,
    person_id   NUMBER(19)   NOT NULL,
    module      VARCHAR2(20) NOT NULL,
    changed_by  VARCHAR2(40) NOT NULL,
    changed_at  TIMESTAMP    NOT NULL,
    before_data CLOB         NOT NULL,
    after_data  CLOB         NOT NULL,
    CONSTRAINT pk_person_supplement PRIMARY KEY (id),
    CONSTRAINT fk_person_supplement_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_person_supplement_person ON person_supplement (person_id, changed_at);
