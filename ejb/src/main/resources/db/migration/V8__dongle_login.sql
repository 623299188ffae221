-- 绑定加密锁: a dongle certificate bound to an account by issuer + serial number (never by CN), with the holder
-- (使用者) the manual asks for; unbinding keeps the row for the record.
CREATE SEQUENCE seq_dongle_binding START WITH 1000 INCREMENT BY 50;
CREATE TABLE dongle_binding (
    id               NUMBER(19)    NOT NULL,
    account_id       NUMBER(19)    NOT NULL,
    issuer           VARCHAR2(300) NOT NULL,
    serial_hex       VARCHAR2(80)  NOT NULL,
    subject          VARCHAR2(300) NOT NULL,
    not_after        TIMESTAMP     NOT NULL,
    holder_name      VARCHAR2(50)  NOT NULL,
    holder_id_number VARCHAR2(18)  NOT NULL,
    holder_phone     VARCHAR2(20)  NOT NULL,
    bound_at         TIMESTAMP     NOT NULL,
    unbound_at       TIMESTAMP,
    unbound_by       VARCHAR2(40),
    version          NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_dongle_binding PRIMARY KEY (id),
    CONSTRAINT fk_dongle_binding_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_dongle_binding_certificate ON dongle_binding (serial_hex, issuer);
CREATE INDEX ix_dongle_binding_account ON dongle_binding (account_id);

-- Login nonces: single use (the row is deleted when used), valid for two minutes from issued_at.
CREATE TABLE login_nonce (
    nonce      VARCHAR2(64) NOT NULL,
    issued_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_login_nonce PRIMARY KEY (nonce)
);
CREATE INDEX ix_login_nonce_issued ON login_nonce (issued_at);
