//! API tokens revoked one at a time (a logout), as keyed hashes, until they expire. Tokens of
//! an account are revoked all at once by its token generation instead (see `accounts`).

use super::*;

impl Store {
    /// Records that the token with this hash, valid until `expires_at` (Unix seconds), is
    /// revoked; forgets revocations of tokens that expired before `now`.
    pub(crate) fn revoke_token(&self, hash: &str, expires_at: i64, now: i64) -> anyhow::Result<()> {
        let conn = self.conn();
        conn.execute(
            "INSERT OR IGNORE INTO revoked_tokens (token_hash, expires_at) VALUES (?1, ?2)",
            params![hash, expires_at],
        )?;
        conn.execute(
            "DELETE FROM revoked_tokens WHERE expires_at <= ?1",
            params![now],
        )?;
        Ok(())
    }

    /// True when the token with this hash was revoked.
    pub(crate) fn token_revoked(&self, hash: &str) -> anyhow::Result<bool> {
        Ok(self
            .conn()
            .cached_row(
                "SELECT 1 FROM revoked_tokens WHERE token_hash = ?1",
                [hash],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }
}
