-- API tokens revoked one at a time (POST /auth/revoke-token, a logout), by keyed hash, kept
-- until they would have expired anyway.
CREATE TABLE revoked_tokens (
    token_hash TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX revoked_tokens_expiry ON revoked_tokens(expires_at);
