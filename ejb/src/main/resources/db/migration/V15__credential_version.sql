-- A session lives only as long as the credentials it logged in with: a password changed or reset raises the
-- account's credential version, and a session that logged in with an older one is ended at its next request.
ALTER TABLE account ADD credential_version NUMBER(10) DEFAULT 0 NOT NULL;
