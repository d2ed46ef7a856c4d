-- Accounts, recovery codes, e-mailed/texted codes, disable confirmations.
CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    email         TEXT NOT NULL,
    phone         TEXT,
    domain        TEXT NOT NULL DEFAULT 'default',
    role          TEXT NOT NULL DEFAULT 'user',
    password_hash TEXT NOT NULL,
    mfa_state     TEXT NOT NULL DEFAULT 'disabled',
    mfa_method    TEXT,
    mfa_phone     TEXT,
    totp_secret   BLOB,
    enabled_on    TEXT,
    disabled_on   TEXT,
    require_mfa   INTEGER NOT NULL DEFAULT 0,
    token_gen     INTEGER NOT NULL DEFAULT 0,
    created_on    TEXT NOT NULL
);
CREATE TABLE recovery_codes (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    code_hash  TEXT NOT NULL,
    used_on    TEXT
);
CREATE INDEX recovery_codes_account ON recovery_codes(account_id);
CREATE TABLE sent_codes (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    code_hash  TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    failures   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE confirmations (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
