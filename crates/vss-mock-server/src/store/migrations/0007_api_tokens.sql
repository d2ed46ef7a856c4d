-- Every API token issued (POST /auth/request-token), listed, read, disabled and deleted through
-- /v2/user/token as on the real service. A token's JWT names its row in the `jti` claim; the
-- row holds a keyed hash of the whole token, never the token. A token works only while its
-- row is there, valid, unexpired, of the account the JWT names, and of the account's current
-- token generation (`token_gen`, bumped when an account's factor changes or is reset).
-- Ids are never reused (AUTOINCREMENT), so a remembered id never names another token.
CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash  TEXT NOT NULL,
    token_gen   INTEGER NOT NULL,
    type        TEXT NOT NULL DEFAULT 'api',
    created_on  TEXT NOT NULL,
    updated_on  TEXT NOT NULL,
    last_access TEXT,
    ip_address  TEXT,
    valid       INTEGER NOT NULL DEFAULT 1,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX api_tokens_account ON api_tokens(account_id, created_on);
CREATE INDEX api_tokens_expiry ON api_tokens(expires_at);
-- An account deleted outside the server (sqlite3, where foreign keys are off by default) takes
-- its tokens with it: a new account that gets the same row id or name never inherits them.
CREATE TRIGGER accounts_delete_api_tokens AFTER DELETE ON accounts
BEGIN
    DELETE FROM api_tokens WHERE account_id = OLD.id;
END;
-- Tokens revoked one at a time are now rows deleted from api_tokens. Tokens issued before
-- this migration have no row and stop working (they lasted an hour at most).
DROP TABLE revoked_tokens;
