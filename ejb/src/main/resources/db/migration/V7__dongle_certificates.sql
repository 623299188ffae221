-- Certificates the platform's dongle CA issued (加密锁证书), and their revocation, which the CRL publishes.
CREATE SEQUENCE seq_dongle_serial START WITH 1001 INCREMENT BY 1;
CREATE TABLE dongle_certificate (
    serial_no   NUMBER(19)    NOT NULL,
    subject     VARCHAR2(300) NOT NULL,
    not_before  TIMESTAMP     NOT NULL,
    not_after   TIMESTAMP     NOT NULL,
    issued_by   VARCHAR2(40)  NOT NULL,
    issued_at   TIMESTAMP     NOT NULL,
    revoked_at  TIMESTAMP,
    revoked_by  VARCHAR2(40),
    pem         CLOB          NOT NULL,
    version     NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_dongle_certificate PRIMARY KEY (serial_no)
);
CREATE INDEX ix_dongle_certificate_revoked ON dongle_certificate (revoked_at);
