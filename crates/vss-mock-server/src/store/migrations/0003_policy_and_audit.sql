-- MFA policy (global, per domain, per account) and the record of administrative changes.
CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE domains (
    name               TEXT PRIMARY KEY,
    totp               TEXT NOT NULL DEFAULT 'optional',
    grace_period_hours INTEGER,
    mandatory_since    TEXT
);
ALTER TABLE accounts ADD COLUMN can_toggle_mfa INTEGER NOT NULL DEFAULT 1;
CREATE INDEX accounts_domain ON accounts(domain, username);
CREATE TABLE audit (
    id     INTEGER PRIMARY KEY,
    time   TEXT NOT NULL,
    actor  TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    domain TEXT,
    detail TEXT NOT NULL
);
CREATE INDEX audit_domain ON audit(domain, id);
