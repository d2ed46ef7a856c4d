//! Where user names, passwords, API tokens and (opt-in) TOTP secrets are kept.
//!
//! In the OS keyring when one works: on Linux the desktop's Secret Service (GNOME Keyring,
//! KWallet) when a session bus offers one, else the kernel keyring (keyutils), which lasts until
//! reboot; the Keychain on macOS; the Credential Manager on Windows. Else, or with
//! `--secret-store file`, in a 0600 YAML file beside the configuration.
//!
//! Entries are named as the Python vss-cli names them (service `vss-cli`, account
//! `vss-cli_<endpoint name>_<kind>`), so that wherever both tools use the OS store — the macOS
//! Keychain always — each finds what the other kept. Entries of earlier releases of this tool
//! (`<endpoint url> <user> <item>`) are still read, and replaced by the new name when the
//! secret is written again.
//!
//! The Python tool's own `~/.vss-cli/credentials.enc` is read, never written, by [`python`].

mod file;
mod os;
pub(crate) mod python;

use std::path::PathBuf;

use crate::error::{Error, Result};
use vss_redacted::Secret;

/// The keyring service name, the Python tool's too.
pub(crate) const SERVICE: &str = "vss-cli";

/// What a stored secret is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Username,
    Password,
    Token,
    /// Ours: the TOTP secret kept by `mk AUTHENTICATOR --remember-secret`.
    TotpSecret,
}

impl Kind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Kind::Username => "username",
            Kind::Password => "password",
            Kind::Token => "token",
            Kind::TotpSecret => "totp-secret",
        }
    }
}

/// The account name of `kind` for the endpoint called `endpoint_name`, as the Python tool
/// spells it: `vss-cli_<name, characters outside [A-Za-z0-9_-] as _>_<kind>`, an empty name
/// being `default`.
pub(crate) fn account(endpoint_name: &str, kind: Kind) -> String {
    let name = if endpoint_name.is_empty() {
        "default"
    } else {
        endpoint_name
    };
    let sanitized: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{SERVICE}_{sanitized}_{}", kind.as_str())
}

/// What a secret is kept under: its name, and the names earlier releases of this tool gave it
/// (looked in when the name holds nothing, and removed when the secret is written again).
#[derive(Debug, Clone)]
pub(crate) struct Name {
    account: String,
    older: Vec<String>,
}

impl Name {
    /// `kind` for the endpoint called `endpoint_name`, as the Python tool names it; `earlier`
    /// is the endpoint's URL and the user name, under which the first releases of this tool
    /// kept the same secret.
    pub(crate) fn new(endpoint_name: &str, kind: Kind, earlier: Option<(&str, &str)>) -> Name {
        let older = match (kind, earlier) {
            (Kind::Username, _) | (_, None) => Vec::new(),
            (_, Some((url, user))) => vec![first_release_name(url, user, kind)],
        };
        Name {
            account: account(endpoint_name, kind),
            older,
        }
    }

    /// A name of its own, with older names to look in and clear.
    pub(crate) fn with_older(account: String, older: Vec<String>) -> Name {
        Name { account, older }
    }

    /// The names it was kept under before.
    #[cfg(test)]
    pub(crate) fn older(&self) -> &[String] {
        &self.older
    }
}

/// `<url> <user> <kind>`: how the first releases of this tool named a secret.
pub(crate) fn first_release_name(url: &str, user: &str, kind: Kind) -> String {
    format!("{} {user} {}", url.trim_end_matches('/'), kind.as_str())
}

/// Says a note to the user (through the terminal).
pub(crate) type Announce = Box<dyn Fn(&str)>;

/// Which store to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum StoreChoice {
    /// The OS keyring, falling back to the file where none works.
    Auto,
    Keyring,
    File,
}

/// A place a secret can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    SecretService,
    KernelKeyring,
    #[cfg_attr(not(target_os = "macos"), allow(dead_code))]
    Keychain,
    #[cfg_attr(not(target_os = "windows"), allow(dead_code))]
    CredentialManager,
    File,
    /// The Python tool's `~/.vss-cli/credentials.enc` (read only).
    PythonCredentials,
    /// The Python tool's base64 `auth` in the configuration file (read only).
    LegacyConfig,
}

impl Place {
    /// A short name, for tables and JSON.
    pub(crate) fn short(self) -> &'static str {
        match self {
            Place::SecretService => "secret-service",
            Place::KernelKeyring => "keyutils",
            Place::Keychain => "keychain",
            Place::CredentialManager => "credential-manager",
            Place::File => "file",
            Place::PythonCredentials => "credentials.enc",
            Place::LegacyConfig => "legacy config",
        }
    }

    /// What it is, for sentences ("kept in the ...").
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Place::SecretService => "desktop keyring (Secret Service)",
            Place::KernelKeyring => "kernel keyring (until the machine restarts)",
            Place::Keychain => "macOS Keychain",
            Place::CredentialManager => "Windows Credential Manager",
            Place::File => "secrets file",
            Place::PythonCredentials => "Python vss-cli's credentials.enc",
            Place::LegacyConfig => "configuration file's auth field",
        }
    }
}

/// Why a backend did not answer.
#[derive(Debug)]
enum Failure {
    /// It cannot be used here (no access, locked, absent): the next one is tried.
    Unavailable(String),
    /// It is there but failed: the command fails.
    Broken(Error),
}

/// One place secrets can be kept.
trait Backend {
    fn place(&self) -> Place;
    fn get(&self, account: &str) -> std::result::Result<Option<Secret>, Failure>;
    fn set(&self, account: &str, value: &Secret) -> std::result::Result<(), Failure>;
    /// Deletes; true when there was something to delete.
    fn delete(&self, account: &str) -> std::result::Result<bool, Failure>;
}

/// The secret store: the backends that work here, best first. Reads look in each; writes go
/// to the first that takes them, and the same secret is then removed from the others.
pub(crate) struct Store {
    backends: Vec<Box<dyn Backend>>,
    /// Where earlier releases wrote that is not among `backends` (the kernel keyring under its
    /// old description); searched for old names only.
    earlier: Vec<Box<dyn Backend>>,
    file: PathBuf,
    /// Why no OS keyring is in the list, for `--secret-store keyring`.
    no_keyring: Option<String>,
}

impl Store {
    /// Opens the chosen store; `auto` uses the OS keyring and falls back to `file`, which
    /// `announce`s itself when it is first created.
    pub(crate) fn open(choice: StoreChoice, file: PathBuf, announce: Announce) -> Store {
        let mut backends: Vec<Box<dyn Backend>> = Vec::new();
        let mut earlier: Vec<Box<dyn Backend>> = Vec::new();
        let mut no_keyring = None;
        if choice != StoreChoice::File {
            let found = os::open();
            if found.usable.is_empty() {
                no_keyring = Some(found.why_none);
            }
            backends.extend(found.usable);
            earlier.extend(found.earlier);
        }
        if choice != StoreChoice::Keyring {
            let announce = (choice == StoreChoice::Auto).then_some(announce);
            backends.push(Box::new(file::FileStore::new(file.clone(), announce)));
        }
        Store {
            backends,
            earlier,
            file,
            no_keyring,
        }
    }

    /// Where new secrets go; `None` when `--secret-store keyring` and no keyring works.
    pub(crate) fn in_use(&self) -> Option<Place> {
        self.backends.first().map(|b| b.place())
    }

    /// Where new secrets go, for a sentence: "the desktop keyring (Secret Service)", or the
    /// file's path.
    pub(crate) fn describe_in_use(&self) -> String {
        match self.in_use() {
            Some(place) => self.describe(place),
            None => "nowhere: no OS keyring works here".into(),
        }
    }

    /// `place` for a sentence: "the desktop keyring (Secret Service)", or the file's path.
    pub(crate) fn describe(&self, place: Place) -> String {
        match place {
            Place::File => self.file.display().to_string(),
            other => format!("the {}", other.describe()),
        }
    }

    /// The secret called `name`, and where it was.
    pub(crate) fn get(&self, name: &Name) -> Result<Option<(Secret, Place)>> {
        if let Some(found) = self.get_exact(name)? {
            return Ok(Some(found));
        }
        for old in &name.older {
            for backend in self.backends.iter().chain(&self.earlier) {
                if let Some(found) = lookup(backend.as_ref(), old)? {
                    return Ok(Some(found));
                }
            }
        }
        Ok(None)
    }

    /// The secret kept under `name` itself (not under an older name).
    pub(crate) fn get_exact(&self, name: &Name) -> Result<Option<(Secret, Place)>> {
        for backend in &self.backends {
            if let Some(found) = lookup(backend.as_ref(), &name.account)? {
                return Ok(Some(found));
            }
        }
        Ok(None)
    }

    /// Keeps `value` as `name` in the first backend that takes it; returns where. Copies under
    /// other names or in other backends are removed.
    pub(crate) fn set(&self, name: &Name, value: &Secret) -> Result<Place> {
        let mut refused = Vec::new();
        for (i, backend) in self.backends.iter().enumerate() {
            match backend.set(&name.account, value) {
                Ok(()) => {
                    for other in &self.backends[i + 1..] {
                        let _ = other.delete(&name.account);
                    }
                    self.delete_legacy(name);
                    return Ok(backend.place());
                }
                Err(Failure::Unavailable(why)) => {
                    refused.push(format!("{}: {why}", backend.place().describe()))
                }
                Err(Failure::Broken(e)) => return Err(e),
            }
        }
        if let Some(why) = &self.no_keyring {
            refused.push(why.clone());
        }
        Err(Error::File {
            message: format!("no OS keyring works here ({})", refused.join("; ")),
            hint: Some("pass --secret-store file (or set VSS_SECRET_STORE=file)".into()),
        })
    }

    /// Removes `name` (and its older name) everywhere; true when something was removed.
    pub(crate) fn delete(&self, name: &Name) -> Result<bool> {
        let mut removed = false;
        for backend in &self.backends {
            match backend.delete(&name.account) {
                Ok(had) => removed |= had,
                Err(Failure::Unavailable(_)) => {}
                Err(Failure::Broken(e)) => return Err(e),
            }
        }
        Ok(self.delete_legacy(name) || removed)
    }

    fn delete_legacy(&self, name: &Name) -> bool {
        let mut removed = false;
        for old in &name.older {
            for backend in self.backends.iter().chain(&self.earlier) {
                removed |= backend.delete(old).unwrap_or(false);
            }
        }
        removed
    }
}

fn lookup(backend: &dyn Backend, account: &str) -> Result<Option<(Secret, Place)>> {
    match backend.get(account) {
        Ok(Some(secret)) => Ok(Some((secret, backend.place()))),
        Ok(None) | Err(Failure::Unavailable(_)) => Ok(None),
        Err(Failure::Broken(e)) => Err(e),
    }
}

#[cfg(test)]
#[allow(
    clippy::disallowed_methods,
    reason = "tests write their fixtures directly"
)]
mod tests {
    use super::*;

    #[test]
    fn what_the_stores_say() {
        use crate::terminal::{buffered, ScriptedPrompter};
        let (term, captured) = buffered(false, false, None, Box::new(ScriptedPrompter::default()));
        let term = std::rc::Rc::new(term);
        let dir = tempfile::tempdir().unwrap();
        let name = Name::new("x", Kind::Password, None);
        let only = |backend: file::FileStore| Store {
            backends: vec![Box::new(backend)],
            earlier: Vec::new(),
            file: dir.path().join("secrets.yaml"),
            no_keyring: None,
        };
        // Created where no keyring works: said once.
        let told = std::rc::Rc::clone(&term);
        let store = only(file::FileStore::new(
            dir.path().join("secrets.yaml"),
            Some(Box::new(move |note: &str| told.note(note))),
        ));
        store.set(&name, &Secret::from("v")).unwrap();
        store.set(&name, &Secret::from("w")).unwrap();
        // A folder that cannot be made, and no keyring where one was asked for.
        std::fs::write(dir.path().join("file"), "").unwrap();
        let store = only(file::FileStore::new(
            dir.path().join("file").join("secrets.yaml"),
            None,
        ));
        term.error(&store.set(&name, &Secret::from("v")).unwrap_err());
        let store = only(file::FileStore::new(
            "/proc/vss-cli-test/secrets.yaml".into(),
            None,
        ));
        term.error(&store.set(&name, &Secret::from("v")).unwrap_err());
        let store = Store {
            backends: Vec::new(),
            earlier: Vec::new(),
            file: dir.path().join("secrets.yaml"),
            no_keyring: Some("no Secret Service: the session's keyring is locked".into()),
        };
        term.error(&store.set(&name, &Secret::from("v")).unwrap_err());
        crate::testing::snapshot("secret_stores", "what the secret stores say on standard error: a secrets file where no keyring works, a folder that cannot be made, no keyring where one was asked for", &captured.stderr());
    }

    #[test]
    fn names_as_the_python_tool_spells_them() {
        assert_eq!(
            account("cloud-api", Kind::Password),
            "vss-cli_cloud-api_password"
        );
        assert_eq!(
            account("127.0.0.1:8787/x é", Kind::Token),
            "vss-cli_127_0_0_1_8787_x___token"
        );
        assert_eq!(account("", Kind::Username), "vss-cli_default_username");
        assert_eq!(
            account("mock", Kind::TotpSecret),
            "vss-cli_mock_totp-secret"
        );
        let n = Name::new("mock", Kind::Token, Some(("http://x/", "jm")));
        assert_eq!(n.older, ["http://x jm token"]);
        assert!(Name::new("mock", Kind::Username, Some(("http://x", "jm")))
            .older
            .is_empty());
    }

    #[test]
    fn the_file_store_finds_old_names_and_replaces_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secrets.yaml");
        std::fs::write(&path, "http://x jm password: old-pass\n").unwrap();
        let store = Store::open(StoreChoice::File, path.clone(), Box::new(|_| {}));
        assert_eq!(store.in_use(), Some(Place::File));
        let name = Name::new("x", Kind::Password, Some(("http://x", "jm")));
        let (found, place) = store.get(&name).unwrap().unwrap();
        assert_eq!((found.expose(), place), ("old-pass", Place::File));
        store.set(&name, &Secret::from("new-pass")).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("vss-cli_x_password: new-pass") && !text.contains("http://x jm"),
            "{text}"
        );
        assert!(store.delete(&name).unwrap());
        assert!(store.get(&name).unwrap().is_none());
        assert!(!store.delete(&name).unwrap());
    }
}
