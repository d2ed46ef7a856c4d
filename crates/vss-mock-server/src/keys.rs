//! Server keys. One random master key lives in a file next to the database (`<db>.key`, mode
//! 0600, created on first start and reused after); every other key is derived from it with
//! HMAC-SHA256 and a label, so the JWT signing key survives restarts.
//!
//! TOTP keys are stored sealed with XChaCha20-Poly1305 (an AEAD) under a derived key, bound to
//! the account they belong to: a copy of the database without `<db>.key` yields no usable key,
//! and a sealed value moved to another account or altered does not open.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::Rng as _;
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Bytes in the master key.
const MASTER_BYTES: usize = 32;
/// Bytes of random nonce in front of a value sealed by earlier versions (no tag).
const LEGACY_NONCE_BYTES: usize = 16;
/// First bytes of a value sealed with the AEAD.
const AEAD_MAGIC: &[u8; 4] = b"vsA1";
/// Bytes of an XChaCha20-Poly1305 nonce.
const AEAD_NONCE_BYTES: usize = 24;

/// Keys derived from the master key.
#[derive(Clone)]
pub struct Keys {
    jwt: [u8; 32],
    pepper: [u8; 32],
    wrap: [u8; 32],
    aead: [u8; 32],
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(redacted)")
    }
}

fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = <HmacSha256 as Mac>::new_from_slice(key).expect("HMAC takes keys of any length");
    for part in parts {
        // Length-prefix each part so that ("ab", "c") and ("a", "bc") differ.
        mac.update(&(part.len() as u64).to_be_bytes());
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

/// Where the master key of the database at `db` lives.
pub(crate) fn key_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".key");
    PathBuf::from(name)
}

impl Keys {
    /// Reads the master key next to `db`, creating it on first use.
    pub(crate) fn load_or_create(db: &Path) -> anyhow::Result<Keys> {
        let path = key_path(db);
        if !path.exists() {
            let mut master = [0u8; MASTER_BYTES];
            rand::rand_core::UnwrapErr(rand::rngs::SysRng).fill_bytes(&mut master);
            match vss_fs::write_private(&path, &master, false, |_| ()) {
                Ok(()) => {}
                // Another process created it first; use theirs.
                Err(vss_fs::WriteError::Exists(_)) => {}
                Err(e) => return Err(e.into()),
            }
        }
        let master = std::fs::read(&path)
            .with_context(|| format!("cannot read the server key {}", path.display()))?;
        anyhow::ensure!(
            master.len() == MASTER_BYTES,
            "the server key {} is damaged (expected {MASTER_BYTES} bytes, found {}); \
             move it away to create a new one (this signs out every token)",
            path.display(),
            master.len()
        );
        Ok(Keys::from_master(&master))
    }

    pub fn from_master(master: &[u8]) -> Keys {
        Keys {
            jwt: hmac(master, &[b"vss-mock-server/jwt-hs256/v1"]),
            pepper: hmac(master, &[b"vss-mock-server/secret-pepper/v1"]),
            wrap: hmac(master, &[b"vss-mock-server/secret-wrap/v1"]),
            aead: hmac(
                master,
                &[b"vss-mock-server/secret-aead/xchacha20poly1305/v1"],
            ),
        }
    }

    /// The HS256 key of API tokens.
    pub(crate) fn jwt_key(&self) -> &[u8] {
        &self.jwt
    }

    /// Keyed hash (hex) of a high-entropy secret such as a recovery code, an e-mailed code or a
    /// confirmation token. `label` keeps the kinds apart. (Public for the tests that check
    /// what the database holds.)
    pub fn hash_secret(&self, label: &str, value: &str) -> String {
        hex(&hmac(&self.pepper, &[label.as_bytes(), value.as_bytes()]))
    }

    /// Encrypts a secret (e.g. a TOTP key) for storage with XChaCha20-Poly1305 and a fresh
    /// random nonce; `context` (such as the account id) is authenticated with it, so the value
    /// opens only under the same context.
    pub(crate) fn seal(&self, plain: &[u8], context: &str) -> Vec<u8> {
        let mut nonce = [0u8; AEAD_NONCE_BYTES];
        rand::rand_core::UnwrapErr(rand::rngs::SysRng).fill_bytes(&mut nonce);
        let cipher = XChaCha20Poly1305::new((&self.aead).into());
        let payload = Payload {
            msg: plain,
            aad: context.as_bytes(),
        };
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), payload)
            .expect("XChaCha20-Poly1305 encrypts any short message");
        let mut out = Vec::with_capacity(AEAD_MAGIC.len() + AEAD_NONCE_BYTES + sealed.len());
        out.extend_from_slice(AEAD_MAGIC);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    /// Reverses [`Keys::seal`]; `None` when the value was altered, belongs to another context
    /// or was sealed under another key. Values sealed by earlier versions (a nonce and the value
    /// XORed with an HMAC pad, no tag) still open.
    pub fn open(&self, sealed: &[u8], context: &str) -> Option<Vec<u8>> {
        if let Some(rest) = sealed.strip_prefix(AEAD_MAGIC) {
            if rest.len() >= AEAD_NONCE_BYTES {
                let (nonce, body) = rest.split_at(AEAD_NONCE_BYTES);
                let cipher = XChaCha20Poly1305::new((&self.aead).into());
                let payload = Payload {
                    msg: body,
                    aad: context.as_bytes(),
                };
                if let Ok(plain) = cipher.decrypt(XNonce::from_slice(nonce), payload) {
                    return Some(plain);
                }
            }
        }
        self.open_legacy(sealed)
    }

    fn open_legacy(&self, sealed: &[u8]) -> Option<Vec<u8>> {
        if sealed.len() <= LEGACY_NONCE_BYTES || sealed.len() > LEGACY_NONCE_BYTES + 32 {
            return None;
        }
        let (nonce, body) = sealed.split_at(LEGACY_NONCE_BYTES);
        let pad = hmac(&self.wrap, &[nonce]);
        Some(body.iter().zip(pad.iter()).map(|(a, b)| a ^ b).collect())
    }

    /// Whether `sealed` was sealed with the AEAD (not by an earlier version).
    pub fn is_aead(sealed: &[u8]) -> bool {
        sealed.starts_with(AEAD_MAGIC)
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
#[allow(
    clippy::disallowed_methods,
    reason = "tests write their fixtures directly"
)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn key_file_is_private_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("vss.db");
        let a = Keys::load_or_create(&db).unwrap();
        let path = key_path(&db);
        assert_eq!(path, dir.path().join("vss.db.key"));
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let b = Keys::load_or_create(&db).unwrap();
        assert_eq!(a.jwt_key(), b.jwt_key());
        assert_ne!(a.jwt_key(), &a.pepper[..]);
        assert_eq!(a.hash_secret("x", "1"), b.hash_secret("x", "1"));
        assert_ne!(a.hash_secret("x", "1"), a.hash_secret("y", "1"));
    }

    #[test]
    fn seal_round_trips_and_hides_the_value() {
        let keys = Keys::from_master(&[7u8; 32]);
        let secret = [42u8; 20];
        let sealed = keys.seal(&secret, "account:1");
        assert!(Keys::is_aead(&sealed));
        assert!(!sealed.windows(secret.len()).any(|w| w == secret));
        assert_ne!(
            sealed,
            keys.seal(&secret, "account:1"),
            "a fresh nonce each time"
        );
        assert_eq!(keys.open(&sealed, "account:1").unwrap(), secret);
    }

    #[test]
    fn sealed_values_are_authenticated() {
        let keys = Keys::from_master(&[7u8; 32]);
        let sealed = keys.seal(&[42u8; 20], "account:1");
        assert_eq!(
            keys.open(&sealed, "account:2"),
            None,
            "bound to its account"
        );
        let other = Keys::from_master(&[8u8; 32]);
        assert_eq!(other.open(&sealed, "account:1"), None, "bound to its key");
        for i in AEAD_MAGIC.len()..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 1;
            assert_eq!(keys.open(&bad, "account:1"), None, "byte {i} altered");
        }
    }

    #[test]
    fn values_sealed_by_earlier_versions_still_open() {
        let keys = Keys::from_master(&[7u8; 32]);
        let secret = [42u8; 20];
        let nonce = [9u8; LEGACY_NONCE_BYTES];
        let pad = hmac(&keys.wrap, &[&nonce]);
        let mut legacy = nonce.to_vec();
        legacy.extend(secret.iter().zip(pad.iter()).map(|(a, b)| a ^ b));
        assert_eq!(keys.open(&legacy, "account:1").unwrap(), secret);
    }

    #[test]
    fn damaged_key_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("vss.db");
        std::fs::write(key_path(&db), b"short").unwrap();
        let err = Keys::load_or_create(&db).unwrap_err().to_string();
        assert!(err.contains("damaged"), "{err}");
    }
}
