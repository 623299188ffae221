-- 证书到期提醒 (SPEC §9): the expiry sweep writes one when a valid certificate or licence of an enterprise comes
-- within 90 days of its 有效期至, and another within 30 days. One row per certificate, enterprise, 有效期至 and
-- notice, so a second sweep writes nothing twice, and a certificate renewed (a new 有效期至) or transferred (a new
-- enterprise) is reminded of again. 个人中心 shows the enterprise's reminders whose certificate it still holds,
-- valid until that date.
CREATE SEQUENCE seq_expiry_reminder START WITH 1000 INCREMENT BY 50;
CREATE TABLE expiry_reminder (
    id             NUMBER(19)   NOT NULL,
    kind           VARCHAR2(20) NOT NULL,
    certificate_id NUMBER(19)   NOT NULL,
    enterprise_id  NUMBER(19)   NOT NULL,
    valid_until    DATE         NOT NULL,
    days_notice    NUMBER(3)    NOT NULL,
    reminded_on    DATE         NOT NULL,
    CONSTRAINT pk_expiry_reminder PRIMARY KEY (id),
    CONSTRAINT uq_expiry_reminder UNIQUE (kind, certificate_id, enterprise_id, valid_until, days_notice),
    CONSTRAINT ck_expiry_reminder_kind CHECK (kind IN ('CONSTRUCTOR', 'SAFETY_STAFF', 'SAFETY_LICENCE')),
    CONSTRAINT ck_expiry_reminder_days CHECK (days_notice IN (90, 30))
);
CREATE INDEX ix_expiry_reminder_enterprise ON expiry_reminder (enterprise_id, valid_until);
