//! The last resort: a YAML map of names to secrets in a 0600 file beside the configuration,
//! rewritten atomically.

use std::path::PathBuf;

use serde_json::{Map, Value};

use super::{Announce, Backend, Failure, Place};
use crate::error::Error;
use crate::fsutil;
use vss_redacted::Secret;

pub(super) struct FileStore {
    path: PathBuf,
    /// Say once, when the file is first created, that no keyring is in use.
    announce: Option<Announce>,
}

impl FileStore {
    pub(super) fn new(path: PathBuf, announce: Option<Announce>) -> FileStore {
        FileStore { path, announce }
    }

    fn read(&self) -> Result<Map<String, Value>, Failure> {
        match std::fs::read_to_string(&self.path) {
            Ok(text) if text.trim().is_empty() => Ok(Map::new()),
            Ok(text) => crate::config::from_yaml(&text).map_err(|e| {
                Failure::Broken(Error::file(format!(
                    "{} is damaged: {e}",
                    self.path.display()
                )))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Map::new()),
            Err(e) => Err(Failure::Broken(Error::file(format!(
                "cannot read {}: {e}",
                self.path.display()
            )))),
        }
    }

    fn write(&self, map: &Map<String, Value>) -> Result<(), Failure> {
        let first = !self.path.exists();
        if let Some(dir) = self.path.parent() {
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|e| {
                    Failure::Broken(Error::file(format!("cannot create {}: {e}", dir.display())))
                })?;
        }
        let text = crate::config::to_yaml(map)
            .map_err(|e| Failure::Broken(Error::file(format!("cannot write secrets: {e}"))))?;
        fsutil::write_private(&self.path, text.as_bytes(), true)
            .map_err(|e| Failure::Broken(e.into()))?;
        if let (true, Some(announce)) = (first, &self.announce) {
            announce(&format!(
                "no OS keyring works here; passwords and tokens are kept in {} (mode 0600)",
                self.path.display()
            ));
        }
        Ok(())
    }
}

impl Backend for FileStore {
    fn place(&self) -> Place {
        Place::File
    }

    fn get(&self, account: &str) -> Result<Option<Secret>, Failure> {
        Ok(self
            .read()?
            .get(account)
            .and_then(Value::as_str)
            .map(Secret::from))
    }

    fn set(&self, account: &str, value: &Secret) -> Result<(), Failure> {
        let mut map = self.read()?;
        map.insert(account.to_owned(), Value::String(value.expose().to_owned()));
        self.write(&map)
    }

    fn delete(&self, account: &str) -> Result<bool, Failure> {
        let mut map = self.read()?;
        let had = map.shift_remove(account).is_some();
        if had {
            self.write(&map)?;
        }
        Ok(had)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("secrets.yaml");
        let store = FileStore::new(path.clone(), None);
        let k = "vss-cli_x_token";
        assert!(store.get(k).unwrap().is_none());
        store.set(k, &Secret::from("t0k")).unwrap();
        assert_eq!(store.get(k).unwrap().unwrap().expose(), "t0k");
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(store.delete(k).unwrap());
        assert!(!store.delete(k).unwrap());
    }
}
