-- 安管人员 新增申报: the 安全生产考核 results it is checked against (filled by exam-results-import from the rows of
-- kshg.csv whose 考试类别 is a 安管人员 人员类别), and the sequence of the seven-digit part of a new certificate's
-- number. One line per person and 人员类别: a later 考核 of the same category replaces the earlier result.
CREATE SEQUENCE seq_safety_staff_exam START WITH 1000 INCREMENT BY 50;
CREATE TABLE safety_staff_exam (
    id          NUMBER(19)          NOT NULL,
    id_number   VARCHAR2(30 CHAR)   NOT NULL,
    name        VARCHAR2(60 CHAR)   NOT NULL,
    category    VARCHAR2(4 CHAR)    NOT NULL,
    exam_date   DATE                NOT NULL,
    score       VARCHAR2(10 CHAR)   NOT NULL,
    CONSTRAINT pk_safety_staff_exam PRIMARY KEY (id),
    CONSTRAINT uq_safety_staff_exam UNIQUE (id_number, category),
    CONSTRAINT fk_safety_staff_exam_category FOREIGN KEY (category) REFERENCES safety_staff_category (code)
);
-- Numbers the old system issued run low in each year; new ones start well above them.
CREATE SEQUENCE seq_safety_staff_certificate_no START WITH 3000001 INCREMENT BY 1;
-- 遗失补办: the day a lost or damaged certificate was issued again (same number); the printed certificate shows it.
ALTER TABLE safety_staff_certificate ADD reissued_on DATE;
