//! The OS keyring through keyring-core and its per-platform stores, chosen at run time.
//!
//! On Linux and other Unixes: the desktop's Secret Service when a session bus offers one (it
//! is asked on a thread with a deadline, as a wedged bus would otherwise hang for ever), then
//! on Linux the kernel keyring when a throwaway entry can be written and read back (it cannot
//! in some containers and `su` sessions). Earlier releases of this tool kept secrets in the
//! kernel keyring under descriptions starting `keyring-rs:`; those are still read.

use std::sync::Arc;

use keyring_core::{CredentialStore, Entry, Error as KeyringError};

use super::{Backend, Failure, Place, SERVICE};
use crate::error::Error;
use vss_redacted::Secret;

/// What [`open`] found.
pub(super) struct Found {
    /// The stores that work here, best first.
    pub(super) usable: Vec<Box<dyn Backend>>,
    /// Where earlier releases wrote, searched for their names only.
    pub(super) earlier: Vec<Box<dyn Backend>>,
    /// Why `usable` is empty, when it is.
    pub(super) why_none: String,
}

/// A keyring-core store.
struct OsStore {
    store: Arc<CredentialStore>,
    place: Place,
}

impl OsStore {
    fn entry(&self, account: &str) -> Result<Entry, Failure> {
        self.store
            .build(SERVICE, account, None)
            .map_err(|e| unavailable(&e))
    }
}

fn unavailable(e: &KeyringError) -> Failure {
    Failure::Unavailable(e.to_string())
}

impl Backend for OsStore {
    fn place(&self) -> Place {
        self.place
    }

    fn get(&self, account: &str) -> Result<Option<Secret>, Failure> {
        match self.entry(account)?.get_password() {
            Ok(v) => Ok(Some(Secret::from(v))),
            Err(KeyringError::NoEntry) => Ok(None),
            // Two items under one name (another program added its own): the first that reads.
            Err(KeyringError::Ambiguous(entries)) => Ok(entries
                .iter()
                .find_map(|e| e.get_password().ok())
                .map(Secret::from)),
            Err(KeyringError::BadEncoding(_)) => Err(Failure::Broken(Error::file(format!(
                "the {} holds something that is not text under {account}",
                self.place.describe()
            )))),
            Err(e) => Err(unavailable(&e)),
        }
    }

    fn set(&self, account: &str, value: &Secret) -> Result<(), Failure> {
        let entry = self.entry(account)?;
        match entry.set_password(value.expose()) {
            Ok(()) => Ok(()),
            // Keep one: write the first, remove the others.
            Err(KeyringError::Ambiguous(entries)) => {
                let (first, rest) = entries.split_first().expect("an ambiguity has entries");
                for extra in rest {
                    let _ = extra.delete_credential();
                }
                first
                    .set_password(value.expose())
                    .map_err(|e| unavailable(&e))
            }
            // Locked, refused or absent (a Secret Service that answers a search may still have
            // no collection to write to): the next store is used.
            Err(e) => Err(unavailable(&e)),
        }
    }

    fn delete(&self, account: &str) -> Result<bool, Failure> {
        match self.entry(account)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(KeyringError::NoEntry) => Ok(false),
            Err(KeyringError::Ambiguous(entries)) => {
                for e in &entries {
                    let _ = e.delete_credential();
                }
                Ok(true)
            }
            Err(e) => Err(unavailable(&e)),
        }
    }
}

/// The stores that work here.
pub(super) fn open() -> Found {
    let mut found = Found {
        usable: Vec::new(),
        earlier: Vec::new(),
        why_none: String::new(),
    };
    let mut why = Vec::new();
    platform(&mut found, &mut why);
    if found.usable.is_empty() {
        found.why_none = why.join("; ");
    }
    found
}

#[cfg(target_os = "macos")]
fn platform(found: &mut Found, why: &mut Vec<String>) {
    match apple_native_keyring_store::keychain::Store::new() {
        Ok(store) => found.usable.push(Box::new(OsStore {
            store,
            place: Place::Keychain,
        })),
        Err(e) => why.push(format!("the Keychain: {e}")),
    }
}

#[cfg(target_os = "windows")]
fn platform(found: &mut Found, why: &mut Vec<String>) {
    match windows_native_keyring_store::Store::new() {
        Ok(store) => found.usable.push(Box::new(OsStore {
            store,
            place: Place::CredentialManager,
        })),
        Err(e) => why.push(format!("the Credential Manager: {e}")),
    }
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn platform(found: &mut Found, why: &mut Vec<String>) {
    match secret_service::open() {
        Ok(store) => found.usable.push(Box::new(OsStore {
            store,
            place: Place::SecretService,
        })),
        Err(e) => why.push(format!("no Secret Service: {e}")),
    }
    #[cfg(target_os = "linux")]
    keyutils::open(found, why);
}

#[cfg(any(
    target_os = "ios",
    target_os = "android",
    not(any(unix, target_os = "windows"))
))]
fn platform(_found: &mut Found, why: &mut Vec<String>) {
    why.push("this system has no keyring this tool knows".into());
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
mod secret_service {
    use std::collections::HashMap;
    use std::sync::{mpsc, Arc};
    use std::time::Duration;

    use keyring_core::CredentialStore;

    /// How long the Secret Service may take to answer at all. D-Bus may start the keyring
    /// daemon on the first call (tens of milliseconds); a bus that accepts and never answers
    /// would hang for ever.
    const DEADLINE: Duration = Duration::from_secs(3);

    /// Connects and makes a search that matches nothing, on a thread, within [`DEADLINE`].
    pub(super) fn open() -> Result<Arc<CredentialStore>, String> {
        if !session_bus_configured() {
            return Err("no session bus".into());
        }
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let answer = zbus_secret_service_keyring_store::Store::new()
                .map(|s| s as Arc<CredentialStore>)
                .and_then(|s| {
                    let nothing = HashMap::from([("service", "vss-cli probe: matches nothing")]);
                    s.search(&nothing).map(|_| s)
                })
                .map_err(|e| e.to_string());
            let _ = tx.send(answer);
        });
        // A thread still waiting after the deadline ends with the process.
        rx.recv_timeout(DEADLINE).unwrap_or_else(|_| {
            Err(format!(
                "the session bus did not answer within {} s",
                DEADLINE.as_secs()
            ))
        })
    }

    /// Whether a session bus is configured at all, without touching it.
    #[expect(
        clippy::disallowed_methods,
        reason = "where the session bus is, as zbus finds it: no option of ours"
    )]
    fn session_bus_configured() -> bool {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty()) {
            return true;
        }
        // Without the variable, zbus looks for the user bus in $XDG_RUNTIME_DIR/bus.
        std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists())
    }
}

#[cfg(target_os = "linux")]
mod keyutils {
    use std::collections::HashMap;

    use super::{Found, OsStore};
    use crate::secrets::{Backend, Place};
    use vss_redacted::Secret;

    pub(super) fn open(found: &mut Found, why: &mut Vec<String>) {
        match linux_keyutils_keyring_store::Store::new() {
            Ok(store) => {
                let store = OsStore {
                    store,
                    place: Place::KernelKeyring,
                };
                match probe(&store) {
                    Ok(()) => found.usable.push(Box::new(store)),
                    Err(e) => why.push(format!("the kernel keyring does not work here: {e}")),
                }
            }
            Err(e) => why.push(format!("no kernel keyring: {e}")),
        }
        // Where earlier releases (the keyring crate 3) wrote.
        let earlier = HashMap::from([("prefix", "keyring-rs:")]);
        if let Ok(store) = linux_keyutils_keyring_store::Store::new_with_configuration(&earlier) {
            found.earlier.push(Box::new(OsStore {
                store,
                place: Place::KernelKeyring,
            }));
        }
    }

    /// The account of the throwaway entry: one name, so that an entry a failing keyring
    /// could not remove is replaced by the next probe, never added to.
    const PROBE: &str = "vss-cli probe";

    /// Writes, reads back and removes a throwaway entry; where the keyring fails half-way
    /// (it took the entry but will not give it back or delete it), the entry is taken out of
    /// the session keyring directly, or left to expire in a second.
    fn probe(store: &OsStore) -> Result<(), String> {
        let fail = |e| match e {
            crate::secrets::Failure::Unavailable(why) => why,
            crate::secrets::Failure::Broken(e) => e.to_string(),
        };
        // A failed write may still have left the key (added, then not linked where it goes).
        let back = store
            .set(PROBE, &Secret::from("probe"))
            .map_err(fail)
            .and_then(|()| store.get(PROBE).map_err(fail));
        if !matches!(store.delete(PROBE), Ok(true)) {
            remove_directly(&format!("keyring:{PROBE}@{}", crate::secrets::SERVICE));
        }
        match back? {
            Some(v) if v.expose() == "probe" => Ok(()),
            _ => Err("a value written could not be read back".into()),
        }
    }

    /// Takes the key `description` out of the session keyring by whatever works here.
    fn remove_directly(description: &str) {
        use linux_keyutils::{KeyRing, KeyRingIdentifier};
        let Ok(session) = KeyRing::from_special_id(KeyRingIdentifier::Session, false) else {
            return;
        };
        let Ok(key) = session.search(description) else {
            return;
        };
        if key.invalidate().is_ok() {
            return;
        }
        let _ = key.set_timeout(1);
        if let Ok(persistent) = KeyRing::get_persistent(KeyRingIdentifier::Session) {
            let _ = persistent.unlink_key(key);
        }
        let _ = session.unlink_key(key);
    }
}
