-- A pending move of an enabled account to a new factor, and sent codes kept per factor
-- (the active one for logins, the replacement one for its verification).
CREATE TABLE replacements (
    account_id  INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    method      TEXT NOT NULL,
    mfa_phone   TEXT,
    totp_secret BLOB,
    started_on  TEXT NOT NULL
);
CREATE TABLE sent_codes_by_factor (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    factor     TEXT NOT NULL,
    code_hash  TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    failures   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, factor)
);
INSERT INTO sent_codes_by_factor (account_id, factor, code_hash, expires_at, failures)
    SELECT account_id, 'active', code_hash, expires_at, failures FROM sent_codes;
DROP TABLE sent_codes;
ALTER TABLE sent_codes_by_factor RENAME TO sent_codes;
