-- 人员编号 of the old export → the person it became (its normalized ID number), or why its row was not imported
-- (reason). The certificate steps of legacy-migration find a certificate's holder here: read once per step into
-- memory, so that no row costs a query. Two 人员编号 with one ID number are one person: both rows point at it.
CREATE TABLE legacy_person_code (
    person_no  VARCHAR2(40) NOT NULL,
    id_number  VARCHAR2(30),
    reason     VARCHAR2(30),
    CONSTRAINT pk_legacy_person_code PRIMARY KEY (person_no)
);

-- The migration finds an enterprise by its old code and a certificate's holder by the ID number alone (the old
-- export does not say which kind of document a certificate's holder used).
CREATE INDEX ix_enterprise_legacy_code ON enterprise (legacy_code);
CREATE INDEX ix_person_id_number ON person (id_number);
