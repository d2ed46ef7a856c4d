//! Where passwords, API tokens and (opt-in) TOTP secrets are kept: the OS keyring (service
//! `vss-cli`), or a 0600 file beside the configuration where no keyring works.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::fsutil;
use vss_wire::Secret;

/// The keyring service name.
pub(crate) const SERVICE: &str = "vss-cli";

/// What a stored secret is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Item {
    Password,
    Token,
    TotpSecret,
}

impl Item {
    fn as_str(self) -> &'static str {
        match self {
            Item::Password => "password",
            Item::Token => "token",
            Item::TotpSecret => "totp-secret",
        }
    }
}

/// The key of `item` for `username` at `endpoint`.
pub(crate) fn key(endpoint: &str, username: &str, item: Item) -> String {
    format!(
        "{} {username} {}",
        endpoint.trim_end_matches('/'),
        item.as_str()
    )
}

/// Which store to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum StoreChoice {
    /// The OS keyring, falling back to the file where none works.
    Auto,
    Keyring,
    File,
}

/// A place for secrets.
pub(crate) trait SecretStore {
    fn get(&self, key: &str) -> Result<Option<Secret>>;
    fn set(&self, key: &str, value: &Secret) -> Result<()>;
    /// Deletes; true when there was something to delete.
    fn delete(&self, key: &str) -> Result<bool>;
    /// `keyring` or `file`, for `configure ls`.
    fn kind(&self) -> &'static str;
}

/// The OS keyring through the `keyring` crate.
pub(crate) struct KeyringStore;

impl KeyringStore {
    fn entry(key: &str) -> Result<keyring::Entry> {
        keyring::Entry::new(SERVICE, key).map_err(keyring_error)
    }

    /// True when the keyring can store and read back a value here.
    pub(crate) fn works() -> bool {
        // The kernel keyutils backend can fail the first entry a process creates with a
        // misleading "no entry"; a throwaway entry first gets past that.
        let probe = format!("probe {}", std::process::id());
        if let Ok(e) = keyring::Entry::new(SERVICE, &probe) {
            let _ = e.set_password("probe");
            let _ = e.delete_credential();
        }
        let Ok(e) = keyring::Entry::new(SERVICE, &probe) else {
            return false;
        };
        let ok = e.set_password("probe").is_ok()
            && e.get_password().map(|v| v == "probe").unwrap_or(false);
        let _ = e.delete_credential();
        ok
    }
}

fn keyring_error(e: keyring::Error) -> Error {
    Error::file(format!("the OS keyring failed: {e}"))
}

impl SecretStore for KeyringStore {
    fn get(&self, key: &str) -> Result<Option<Secret>> {
        match Self::entry(key)?.get_password() {
            Ok(v) => Ok(Some(Secret::from(v))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_error(e)),
        }
    }

    fn set(&self, key: &str, value: &Secret) -> Result<()> {
        Self::entry(key)?
            .set_password(value.expose())
            .map_err(keyring_error)
    }

    fn delete(&self, key: &str) -> Result<bool> {
        match Self::entry(key)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(keyring_error(e)),
        }
    }

    fn kind(&self) -> &'static str {
        "keyring"
    }
}

/// Says a note to the user (through the terminal).
pub(crate) type Announce = Box<dyn Fn(&str)>;

/// A YAML map of keys to secrets in a 0600 file, rewritten atomically.
pub(crate) struct FileStore {
    path: PathBuf,
    /// Say once, when the file is first created, that no keyring is in use.
    announce: Option<Announce>,
}

impl FileStore {
    pub(crate) fn new(path: PathBuf, announce: Option<Announce>) -> FileStore {
        FileStore { path, announce }
    }

    fn read(&self) -> Result<BTreeMap<String, String>> {
        match std::fs::read_to_string(&self.path) {
            Ok(text) if text.trim().is_empty() => Ok(BTreeMap::new()),
            Ok(text) => serde_yaml::from_str(&text)
                .map_err(|e| Error::file(format!("{} is damaged: {e}", self.path.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
            Err(e) => Err(Error::file(format!(
                "cannot read {}: {e}",
                self.path.display()
            ))),
        }
    }

    fn write(&self, map: &BTreeMap<String, String>) -> Result<()> {
        let first = !self.path.exists();
        if let Some(dir) = self.path.parent() {
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|e| Error::file(format!("cannot create {}: {e}", dir.display())))?;
        }
        let text = serde_yaml::to_string(map)
            .map_err(|e| Error::file(format!("cannot write secrets: {e}")))?;
        fsutil::write_private(&self.path, text.as_bytes(), true)?;
        if let (true, Some(announce)) = (first, &self.announce) {
            announce(&format!(
                "no OS keyring works here; passwords and tokens are kept in {} (mode 0600)",
                self.path.display()
            ));
        }
        Ok(())
    }
}

impl SecretStore for FileStore {
    fn get(&self, key: &str) -> Result<Option<Secret>> {
        Ok(self.read()?.remove(key).map(Secret::from))
    }

    fn set(&self, key: &str, value: &Secret) -> Result<()> {
        let mut map = self.read()?;
        map.insert(key.to_owned(), value.expose().to_owned());
        self.write(&map)
    }

    fn delete(&self, key: &str) -> Result<bool> {
        let mut map = self.read()?;
        let had = map.remove(key).is_some();
        if had {
            self.write(&map)?;
        }
        Ok(had)
    }

    fn kind(&self) -> &'static str {
        "file"
    }
}

/// Opens the chosen store; `auto` tries the keyring and falls back to the file, which
/// `announce`s itself when it is first created.
pub(crate) fn open(choice: StoreChoice, file: PathBuf, announce: Announce) -> Box<dyn SecretStore> {
    match choice {
        StoreChoice::File => Box::new(FileStore::new(file, None)),
        StoreChoice::Keyring => Box::new(KeyringStore),
        StoreChoice::Auto if KeyringStore::works() => Box::new(KeyringStore),
        StoreChoice::Auto => Box::new(FileStore::new(file, Some(announce))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_stores_say() {
        use crate::terminal::{buffered, ScriptedPrompter};
        let (term, captured) = buffered(false, false, None, Box::new(ScriptedPrompter::default()));
        let term = std::rc::Rc::new(term);
        let dir = tempfile::tempdir().unwrap();
        // Created where no keyring works: said once.
        let told = std::rc::Rc::clone(&term);
        let store = FileStore::new(
            dir.path().join("secrets.yaml"),
            Some(Box::new(move |note: &str| told.note(note))),
        );
        store.set("k", &Secret::from("v")).unwrap();
        store.set("k2", &Secret::from("v")).unwrap();
        // A folder that cannot be made, and a keyring that fails.
        std::fs::write(dir.path().join("file"), "").unwrap();
        let store = FileStore::new(dir.path().join("file").join("secrets.yaml"), None);
        term.error(&store.set("k", &Secret::from("v")).unwrap_err());
        let store = FileStore::new("/proc/vss-cli-test/secrets.yaml".into(), None);
        term.error(&store.set("k", &Secret::from("v")).unwrap_err());
        term.error(&keyring_error(keyring::Error::NoStorageAccess(
            "the session's keyring is locked".into(),
        )));
        crate::commands::testing::snapshot("secret_stores", &captured.stderr());
    }

    #[test]
    fn file_store_round_trip_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("secrets.yaml");
        let store = FileStore::new(path.clone(), None);
        let k = key("http://x/", "jm", Item::Token);
        assert_eq!(k, "http://x jm token");
        assert!(store.get(&k).unwrap().is_none());
        store.set(&k, &Secret::from("t0k")).unwrap();
        assert_eq!(store.get(&k).unwrap().unwrap().expose(), "t0k");
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(store.delete(&k).unwrap());
        assert!(!store.delete(&k).unwrap());
    }
}
