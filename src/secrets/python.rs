//! The Python vss-cli's `~/.vss-cli/credentials.enc` (its 2026.x releases keep user names,
//! passwords and tokens there everywhere but macOS): read, never written.
//!
//! The file is one line of JSON, `{"hmac": HEX, "data": {"version": 1, "algorithm":
//! "AES-256-GCM", "salt": HEX, "nonce": HEX, "ciphertext": HEX}}`. Its keys come from facts of
//! the machine: `M = SHA-256(nodename "|" home "|" hostname)`, then PBKDF2-HMAC-SHA256 over `M`
//! with 600,000 rounds, once with the salt for the AES-256-GCM key and once with the salt
//! followed by `_hmac` for an HMAC-SHA256 over the `data` object as Python's `json.dumps` writes
//! it. The plain text is `{"version": 1, "credentials": {"vss-cli_<name>_<kind>": {"value":
//! ...}}}`. A file made on another machine, or for another home, cannot be opened.

use std::path::{Path, PathBuf};

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::{account, Kind};
use vss_redacted::Secret;

/// PBKDF2 rounds, as the Python tool uses.
const ROUNDS: u32 = 600_000;

/// Where the Python tool keeps it: `<home>/.vss-cli/credentials.enc`, whatever `--config` says.
pub(crate) fn default_path() -> Option<PathBuf> {
    home().map(|h| PathBuf::from(h).join(".vss-cli").join("credentials.enc"))
}

/// The home folder as Python's `Path.home()` spells it: `$HOME`, else the password database;
/// repeated and trailing slashes and `.` parts dropped.
fn home() -> Option<String> {
    let raw = crate::config::home()?;
    Some(normalize(&raw.to_string_lossy()))
}

fn normalize(path: &str) -> String {
    let parts: Vec<&str> = path
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    let joined = parts.join("/");
    // POSIX keeps a leading `//` (exactly two) as it is.
    if path.starts_with("//") && !path.starts_with("///") {
        format!("//{joined}")
    } else if path.starts_with('/') {
        format!("/{joined}")
    } else if joined.is_empty() {
        ".".into()
    } else {
        joined
    }
}

/// The secrets of one `credentials.enc`, opened.
pub(crate) struct PythonCredentials {
    credentials: Map<String, Value>,
}

impl PythonCredentials {
    /// Opens the file at `path` with this machine's facts; `None` when there is none.
    pub(crate) fn open(path: &Path) -> Result<Option<PythonCredentials>, String> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        };
        if text.trim().is_empty() {
            return Ok(None);
        }
        let home = home().ok_or("no home folder is known")?;
        let host = gethostname::gethostname().to_string_lossy().into_owned();
        // Python reads the node name from uname(2) and the host name from gethostname(3),
        // which give the same name on Linux and macOS.
        let material = machine_key(&host, &home, &host);
        let plain = decrypt(&text, material.as_ref())?;
        let mut doc: Value = serde_json::from_slice(&plain)
            .map_err(|e| format!("the decrypted credentials are not JSON: {e}"))?;
        let credentials = match doc.get_mut("credentials").map(Value::take) {
            Some(Value::Object(map)) => map,
            _ => Map::new(),
        };
        Ok(Some(PythonCredentials { credentials }))
    }

    /// The secret of `kind` kept for the endpoint called `endpoint_name`.
    pub(crate) fn get(&self, endpoint_name: &str, kind: Kind) -> Option<Secret> {
        self.credentials
            .get(&account(endpoint_name, kind))?
            .get("value")?
            .as_str()
            .filter(|v| !v.is_empty())
            .map(Secret::from)
    }
}

/// `SHA-256(nodename "|" home "|" hostname)`.
fn machine_key(nodename: &str, home: &str, hostname: &str) -> Zeroizing<[u8; 32]> {
    Zeroizing::new(Sha256::digest(format!("{nodename}|{home}|{hostname}")).into())
}

fn pbkdf2(material: &[u8], salt: &[u8]) -> Zeroizing<[u8; 32]> {
    pbkdf2_sha256(material, salt, ROUNDS)
}

/// `rounds` (at least 1) of PBKDF2-HMAC-SHA256 (RFC 8018) over `password` and `salt`, giving a
/// 32-byte key. ring's, which is compiled in ring, not here: the dev profile optimises ring
/// (see Cargo.toml), so that the Python tool's rounds take a fraction of a second in tests.
fn pbkdf2_sha256(password: &[u8], salt: &[u8], rounds: u32) -> Zeroizing<[u8; 32]> {
    let mut key = Zeroizing::new([0u8; 32]);
    let rounds = std::num::NonZeroU32::new(rounds).expect("at least one round");
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA256,
        rounds,
        salt,
        password,
        key.as_mut(),
    );
    key
}

/// Checks the HMAC and decrypts the file's `text` with keys made from `material`.
fn decrypt(text: &str, material: &[u8]) -> Result<Zeroizing<Vec<u8>>, String> {
    let damaged = |why: &str| format!("credentials.enc is damaged: {why}");
    let file: Value = serde_json::from_str(text).map_err(|e| damaged(&e.to_string()))?;
    let data = file.get("data").ok_or_else(|| damaged("no data"))?;
    let hex_field = |key: &str| {
        data.get(key)
            .and_then(Value::as_str)
            .and_then(|s| hex::decode(s).ok())
            .ok_or_else(|| damaged(&format!("no {key}")))
    };
    let mac = file
        .get("hmac")
        .and_then(Value::as_str)
        .and_then(|s| hex::decode(s).ok())
        .ok_or_else(|| damaged("no hmac"))?;
    if data.get("algorithm").and_then(Value::as_str) != Some("AES-256-GCM") {
        return Err(damaged("an algorithm other than AES-256-GCM"));
    }
    let salt = hex_field("salt")?;
    let nonce = hex_field("nonce")?;
    let ciphertext = hex_field("ciphertext")?;
    if nonce.len() != 12 {
        return Err(damaged("a nonce that is not 12 bytes"));
    }

    let mut hmac_salt = salt.clone();
    hmac_salt.extend_from_slice(b"_hmac");
    let hmac_key = pbkdf2(material, &hmac_salt);
    let mut check = <Hmac<Sha256> as Mac>::new_from_slice(hmac_key.as_ref())
        .expect("HMAC takes any key length");
    check.update(python_json(data).as_bytes());
    check.verify_slice(&mac).map_err(|_| {
        "credentials.enc does not open here: it was made on another machine or for another \
         home folder, or it was changed"
            .to_owned()
    })?;

    let key = pbkdf2(material, &salt);
    let cipher = Aes256Gcm::new_from_slice(key.as_ref()).expect("a 32-byte key");
    cipher
        .decrypt(Nonce::from_slice(&nonce), ciphertext.as_slice())
        .map(Zeroizing::new)
        .map_err(|_| damaged("it does not decrypt"))
}

/// `value` as Python's `json.dumps` writes it by default: `", "` and `": "` between items,
/// keys in their order, non-ASCII escaped as `\uXXXX`.
fn python_json(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let items: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", python_string(k), python_json(v)))
                .collect();
            format!("{{{}}}", items.join(", "))
        }
        Value::Array(list) => {
            let items: Vec<String> = list.iter().map(python_json).collect();
            format!("[{}]", items.join(", "))
        }
        Value::String(s) => python_string(s),
        other => other.to_string(),
    }
}

fn python_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_ascii() && c >= ' ' => out.push(c),
            c => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_spellings() {
        assert_eq!(normalize("/tmp//x/"), "/tmp/x");
        assert_eq!(normalize("/home/./jm"), "/home/jm");
        assert_eq!(normalize("//net/h"), "//net/h");
        assert_eq!(normalize("/"), "/");
        let v: Value =
            serde_json::from_str(r#"{"version": 1, "a": "é\n\"", "b": [1, 2.5, null, true]}"#)
                .unwrap();
        assert_eq!(
            python_json(&v),
            r#"{"version": 1, "a": "\u00e9\n\"", "b": [1, 2.5, null, true]}"#
        );
    }

    #[test]
    fn rfc7914_vector() {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1, first 32 bytes.
        let key = pbkdf2_sha256(b"passwd", b"salt", 1);
        assert_eq!(key[..8], [0x55, 0xac, 0x04, 0x6e, 0x56, 0xe3, 0x08, 0x9f]);
    }

    #[test]
    fn a_changed_file_is_refused() {
        // Made up, not from the Python tool: only the checks before any key is derived.
        let material = machine_key("h", "/home/x", "h");
        assert!(decrypt("{}", material.as_ref())
            .unwrap_err()
            .contains("damaged"));
        let text = r#"{"hmac": "00", "data": {"version": 1, "algorithm": "AES-128-CBC", "salt": "00", "nonce": "00", "ciphertext": "00"}}"#;
        assert!(decrypt(text, material.as_ref())
            .unwrap_err()
            .contains("AES-256-GCM"));
    }
}
