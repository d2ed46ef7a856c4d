//! Server keys. One random master key lives in a file next to the database (`<db>.key`, mode
//! 0600, created on first start and reused after); every other key is derived from it with
//! HMAC-SHA256 and a label, so the JWT signing key survives restarts.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::fsutil;

type HmacSha256 = Hmac<Sha256>;

/// Bytes in the master key.
const MASTER_BYTES: usize = 32;
/// Bytes of random nonce in front of a sealed value.
const NONCE_BYTES: usize = 16;

/// Keys derived from the master key.
#[derive(Clone)]
pub struct Keys {
    jwt: [u8; 32],
    pepper: [u8; 32],
    wrap: [u8; 32],
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(redacted)")
    }
}

fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes keys of any length");
    for part in parts {
        // Length-prefix each part so that ("ab", "c") and ("a", "bc") differ.
        mac.update(&(part.len() as u64).to_be_bytes());
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

/// Where the master key of the database at `db` lives.
pub fn key_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".key");
    PathBuf::from(name)
}

impl Keys {
    /// Reads the master key next to `db`, creating it on first use.
    pub fn load_or_create(db: &Path) -> anyhow::Result<Keys> {
        let path = key_path(db);
        if !path.exists() {
            let mut master = [0u8; MASTER_BYTES];
            rand::rngs::OsRng.fill_bytes(&mut master);
            match fsutil::write_private(&path, &master, false) {
                Ok(()) => {}
                // Another process created it first; use theirs.
                Err(fsutil::WriteError::Exists(_)) => {}
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
        }
    }

    /// The HS256 key of API tokens.
    pub fn jwt_key(&self) -> &[u8] {
        &self.jwt
    }

    /// Keyed hash (hex) of a high-entropy secret such as a recovery code, an e-mailed code or a
    /// confirmation token. `label` keeps the kinds apart.
    pub fn hash_secret(&self, label: &str, value: &str) -> String {
        hex(&hmac(&self.pepper, &[label.as_bytes(), value.as_bytes()]))
    }

    /// Encrypts a short secret (at most 32 bytes, e.g. a TOTP key) for storage: a random nonce,
    /// then the value XORed with HMAC(wrap key, nonce).
    pub fn seal(&self, plain: &[u8]) -> Vec<u8> {
        assert!(plain.len() <= 32, "seal takes at most 32 bytes");
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let pad = hmac(&self.wrap, &[&nonce]);
        let mut out = nonce.to_vec();
        out.extend(plain.iter().zip(pad.iter()).map(|(a, b)| a ^ b));
        out
    }

    /// Reverses [`Keys::seal`].
    pub fn open(&self, sealed: &[u8]) -> Option<Vec<u8>> {
        if sealed.len() < NONCE_BYTES || sealed.len() > NONCE_BYTES + 32 {
            return None;
        }
        let (nonce, body) = sealed.split_at(NONCE_BYTES);
        let pad = hmac(&self.wrap, &[nonce]);
        Some(body.iter().zip(pad.iter()).map(|(a, b)| a ^ b).collect())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
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
        let sealed = keys.seal(&secret);
        assert_ne!(&sealed[NONCE_BYTES..], &secret[..]);
        assert_ne!(sealed, keys.seal(&secret), "a fresh nonce each time");
        assert_eq!(keys.open(&sealed).unwrap(), secret);
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
