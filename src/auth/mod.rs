//! The auth layer: who the user is, where each secret comes from, which second factor, whether
//! a kept token still serves, and logging in and out. Every command asks it the same
//! questions through one [`Session`] and gets the same answers.
//!
//! * [`account`]: which account this is — the endpoint's origin and the user name, one key
//!   for everything kept, whatever name or URL was typed; older names are found and moved.
//! * This module: where the user name and password come from — given ([`Settings`]), the
//!   configuration, the OS keyring or file store, the Python tool's `auth` field and
//!   `credentials.enc` — and the prompt as the last resort.
//! * [`factor`]: the second factor — a code given, a recovery code, `--totp auto` (a kept TOTP
//!   secret), a program (`--totp-command`), or the prompt.
//! * [`login`]: the login flow, and reading a token's claims.
//! * [`tokens`]: kept tokens — reused while they have life left, kept after any login unless
//!   `--no-session`, and revoked through the API's token calls.

pub(crate) mod account;
pub(crate) mod factor;
pub(crate) mod login;
pub(crate) mod tokens;

use std::cell::{Cell, OnceCell};
use std::path::PathBuf;
use std::rc::Rc;

use crate::api::Api;
use crate::config::EndpointEntry;
use crate::error::{Error, Result};
use crate::secrets::python::PythonCredentials;
use crate::secrets::{self, Kind, Name, Place, Store};
use crate::settings::Settings;
use crate::terminal::{shell_command, Prompter, Terminal};
use account::AccountKey;
use vss_redacted::Secret;
use vss_wire::Credentials;

pub(crate) use factor::{ask_until_accepted, check_code, CodePrompt};
pub(crate) use login::claims;
pub(crate) use tokens::Source;

/// One command's view of the account: the settings it was given, and what it found out (the
/// user, the password, the API client, the secret store), each looked up once, on first use.
pub(crate) struct Session {
    pub(crate) settings: Rc<Settings>,
    pub(crate) term: Rc<Terminal>,
    resolved_username: OnceCell<String>,
    owner: OnceCell<Option<String>>,
    credentials: OnceCell<Credentials>,
    api: OnceCell<Api>,
    store: OnceCell<Store>,
    python_credentials: OnceCell<Option<PythonCredentials>>,
    /// The life, in seconds, a kept token must have left to serve this command.
    min_life: Cell<i64>,
}

impl Session {
    pub(crate) fn new(settings: Rc<Settings>, term: Rc<Terminal>) -> Session {
        Session {
            settings,
            term,
            resolved_username: OnceCell::new(),
            owner: OnceCell::new(),
            credentials: OnceCell::new(),
            api: OnceCell::new(),
            store: OnceCell::new(),
            python_credentials: OnceCell::new(),
            min_life: Cell::new(tokens::EXPIRY_MARGIN_SECS),
        }
    }

    /// The API client (built on first use, so commands that make no call pay nothing).
    pub(crate) fn api(&self) -> Result<&Api> {
        if let Some(api) = self.api.get() {
            return Ok(api);
        }
        let s = &self.settings;
        let trace = s.debug.then(|| Rc::clone(&self.term));
        let api = Api::new(&s.endpoint, s.timeout, trace, &s.trust)?;
        Ok(self.api.get_or_init(|| api))
    }

    /// Tells what the API client noticed in its replies (a clock far from the server's) and
    /// has not told yet. Called before a prompt and when the command ends.
    pub(crate) fn tell_warnings(&self) {
        if let Some(api) = self.api.get() {
            for warning in api.take_warnings() {
                self.term.warn(warning.to_string());
            }
        }
    }

    /// The prompter (after any warning a person should see before answering), or an error
    /// naming `hint` when there is no terminal to ask `what`.
    pub(crate) fn prompter(&self, what: &str, hint: &str) -> Result<&dyn Prompter> {
        self.tell_warnings();
        self.term.prompter(what, hint)
    }

    /// `vss-cli -e ENDPOINT -u USER ARGS...` for this endpoint and user, to print for copy and
    /// paste: every value shell-quoted, so it runs as shown whatever the name or URL holds.
    pub(crate) fn command_line(&self, args: &[&str]) -> String {
        let user = self.known_username().unwrap_or("USER");
        let mut words = vec!["vss-cli", "-e", self.settings.endpoint.as_str(), "-u", user];
        words.extend_from_slice(args);
        shell_command(words)
    }

    /// The secret store (opened on first use: the keyring is never touched by commands that
    /// do not need it).
    pub(crate) fn store(&self) -> &Store {
        self.store.get_or_init(|| {
            let dir = self
                .settings
                .config_path
                .parent()
                .map(PathBuf::from)
                .unwrap_or_default();
            let term = Rc::clone(&self.term);
            let announce = Box::new(move |note: &str| term.note(note));
            Store::open(
                self.settings.store_choice,
                dir.join("secrets.yaml"),
                announce,
            )
        })
    }

    /// The Python vss-cli's `credentials.enc`, opened on first use (it costs two slow key
    /// derivations); `None` when there is none or it does not open here.
    fn python_credentials(&self) -> Option<&PythonCredentials> {
        self.python_credentials
            .get_or_init(|| {
                let path = secrets::python::default_path()?;
                PythonCredentials::open(&path).ok().flatten()
            })
            .as_ref()
    }

    /// The user the configured endpoint belongs to: written in the configuration (ours, or the
    /// Python tool's `auth`), else kept in the secret store, else in the Python tool's
    /// `credentials.enc` (read only then).
    fn owner(&self) -> Result<Option<&str>> {
        if let Some(owner) = self.owner.get() {
            return Ok(owner.as_deref());
        }
        let owner = match &self.settings.entry {
            None => None,
            Some(entry) => self.entry_user(entry)?,
        };
        Ok(self.owner.get_or_init(|| owner).as_deref())
    }

    /// The account a user name belongs to at this endpoint.
    pub(crate) fn account_for(&self, user: &str) -> AccountKey {
        AccountKey::new(&self.settings.endpoint, user)
    }

    /// What `kind` (a kept token, a remembered TOTP secret) of `user` at this endpoint is
    /// kept under, with the names earlier releases used.
    pub(crate) fn kept_name(&self, kind: Kind, user: &str) -> Result<Name> {
        let entry = self.settings.entry.as_ref().map(|e| e.name.as_str());
        let owner = self.owner()?.map(str::to_owned);
        Ok(self
            .account_for(user)
            .name(kind, &self.settings.endpoint, entry, owner.as_deref()))
    }

    /// `kind` kept for `user` at this endpoint, and where; found under an older name, it is
    /// moved to the account's name first (a store that refuses the move still answers).
    pub(crate) fn kept(&self, kind: Kind, user: &str) -> Result<Option<(Secret, Place)>> {
        let name = self.kept_name(kind, user)?;
        if let Some(found) = self.store().get_exact(&name)? {
            return Ok(Some(found));
        }
        let Some((value, place)) = self.store().get(&name)? else {
            return Ok(None);
        };
        let place = self.store().set(&name, &value).unwrap_or(place);
        Ok(Some((value, place)))
    }

    /// Keeps `kind` for `user` at this endpoint; returns where.
    pub(crate) fn keep(&self, kind: Kind, user: &str, value: &Secret) -> Result<Place> {
        self.store().set(&self.kept_name(kind, user)?, value)
    }

    /// Forgets `kind` of `user` at this endpoint, under every name it had; true when
    /// something was removed.
    pub(crate) fn forget(&self, kind: Kind, user: &str) -> Result<bool> {
        self.store().delete(&self.kept_name(kind, user)?)
    }

    /// The user name: given, the configured endpoint's, or asked for on the terminal.
    pub(crate) fn username(&self) -> Result<&str> {
        if let Some(u) = self.resolved_username.get() {
            return Ok(u);
        }
        let username = match (&self.settings.username, self.owner()?) {
            (Some(u), _) => u.clone(),
            (None, Some(owner)) => owner.to_owned(),
            (None, None) => self
                .prompter("the user name", "pass -u/--username or set VSS_USER")?
                .input(&format!("Username at {}", self.settings.endpoint))?,
        };
        if username.is_empty() {
            return Err(Error::usage("the user name is empty"));
        }
        Ok(self.resolved_username.get_or_init(|| username))
    }

    /// The user name and password: given, stored, from a Python-style `auth` field, or asked
    /// for on the terminal.
    pub(crate) fn credentials(&self) -> Result<&Credentials> {
        if let Some(c) = self.credentials.get() {
            return Ok(c);
        }
        let username = self.username()?.to_owned();
        let password = match self.find_password(&username)? {
            Some(found) => found,
            None => self
                .prompter(
                    "the password",
                    "pass --password-stdin (or -p/--password, or set VSS_USER_PASS)",
                )?
                .password(&format!(
                    "Password for {username} at {}",
                    self.settings.endpoint
                ))?,
        };
        Ok(self
            .credentials
            .get_or_init(|| Credentials { username, password }))
    }

    /// The user name and password when both are known without asking (given, or stored for
    /// a configured endpoint).
    pub(crate) fn known_credentials(&self) -> Result<Option<&Credentials>> {
        if let Some(c) = self.credentials.get() {
            return Ok(Some(c));
        }
        let Some(username) = self.username_unasked()?.map(str::to_owned) else {
            return Ok(None);
        };
        let Some(password) = self.find_password(&username)? else {
            return Ok(None);
        };
        Ok(Some(
            self.credentials
                .get_or_init(|| Credentials { username, password }),
        ))
    }

    /// The name the configured endpoint's `kind` (user name, password) is kept under: the
    /// Python tool's, so that where both tools use the OS store each finds the other's.
    pub(crate) fn entry_name(entry: &EndpointEntry, kind: Kind) -> Name {
        let earlier = entry.user();
        let earlier = earlier.as_deref().map(|u| (entry.url.as_str(), u));
        Name::new(&entry.name, kind, earlier)
    }

    /// The password given, else the one kept for the endpoint's own user: in the secret store,
    /// in the Python tool's `auth` field, or in its `credentials.enc`.
    fn find_password(&self, username: &str) -> Result<Option<Secret>> {
        if let Some(p) = &self.settings.password {
            return Ok(Some(p.clone()));
        }
        // Only a configured endpoint has stored credentials, and only for its own user.
        let Some(entry) = &self.settings.entry else {
            return Ok(None);
        };
        if self.owner()? != Some(username) {
            return Ok(None);
        }
        let name = Name::new(
            &entry.name,
            Kind::Password,
            Some((&self.settings.endpoint, username)),
        );
        if let Some((p, _)) = self.store().get(&name)? {
            return Ok(Some(p));
        }
        if let Some((user, p)) = entry.legacy_auth() {
            if user == username {
                return Ok(Some(p));
            }
        }
        Ok(self
            .python_credentials()
            .and_then(|c| c.get(&entry.name, Kind::Password)))
    }

    /// Where the password of the configured endpoint `entry` is kept, for `configure ls`.
    pub(crate) fn password_place(&self, entry: &EndpointEntry) -> Result<Option<Place>> {
        if let Some((_, place)) = self
            .store()
            .get(&Session::entry_name(entry, Kind::Password))?
        {
            return Ok(Some(place));
        }
        if entry.legacy_auth().is_some() {
            return Ok(Some(Place::LegacyConfig));
        }
        Ok(self
            .python_credentials()
            .and_then(|c| c.get(&entry.name, Kind::Password))
            .map(|_| Place::PythonCredentials))
    }

    /// The user of the configured endpoint `entry`: written in the file, kept in the store,
    /// or in the Python tool's `credentials.enc`.
    pub(crate) fn entry_user(&self, entry: &EndpointEntry) -> Result<Option<String>> {
        if let Some(u) = entry.user() {
            return Ok(Some(u));
        }
        if let Some((u, _)) = self
            .store()
            .get(&Name::new(&entry.name, Kind::Username, None))?
        {
            return Ok(Some(u.expose().to_owned()));
        }
        Ok(self
            .python_credentials()
            .and_then(|c| c.get(&entry.name, Kind::Username))
            .map(|u| u.expose().to_owned()))
    }

    /// The user name when known without asking: given, resolved already, or the configured
    /// endpoint's own (kept in the store or by the Python tool).
    pub(crate) fn username_unasked(&self) -> Result<Option<&str>> {
        match self.known_username() {
            Some(u) => Ok(Some(u)),
            None => self.owner(),
        }
    }

    /// The user name given with `-u`/`VSS_USER` or written in the configuration, if any.
    pub(crate) fn given_username(&self) -> Option<&str> {
        self.settings.username.as_deref()
    }

    /// The API token kept for the configured endpoint `entry`, for `configure ls`: ours,
    /// else the Python tool's `token:`.
    pub(crate) fn entry_token(&self, entry: &EndpointEntry) -> Result<Option<Secret>> {
        if let Some(user) = self.entry_user(entry)? {
            let name = AccountKey::new(&entry.url, &user).name(
                Kind::Token,
                &entry.url,
                Some(&entry.name),
                Some(&user),
            );
            if let Some((token, _)) = self.store().get(&name)? {
                return Ok(Some(token));
            }
        }
        Ok(entry.python_token())
    }

    /// The user name, when known without asking.
    pub(crate) fn known_username(&self) -> Option<&str> {
        self.resolved_username
            .get()
            .map(String::as_str)
            .or(self.settings.username.as_deref())
    }
}
