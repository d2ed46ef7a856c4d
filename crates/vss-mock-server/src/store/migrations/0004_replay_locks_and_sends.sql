-- The last TOTP time step accepted per account (a code is never accepted twice),
-- failed attempts and locks (second factor per account, password per username), and when
-- codes were sent by e-mail or SMS (to limit how often).
ALTER TABLE accounts ADD COLUMN totp_last_step INTEGER;
CREATE TABLE throttles (
    kind         TEXT NOT NULL,
    subject      TEXT NOT NULL,
    failures     INTEGER NOT NULL DEFAULT 0,
    locks        INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    PRIMARY KEY (kind, subject)
);
CREATE TABLE code_sends (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    sent_at    INTEGER NOT NULL
);
CREATE INDEX code_sends_account ON code_sends(account_id, sent_at);
