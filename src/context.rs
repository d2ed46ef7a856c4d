//! Parse, then resolve: the parsed command line, the environment and the configuration file
//! turned once into what the commands use. Commands never read raw flags or the environment.

use std::cell::OnceCell;
use std::io::BufRead;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;

use crate::api::Api;
use crate::cli::{GlobalArgs, OutputFormat, DEFAULT_ENDPOINT};
use crate::config::{self, ConfigFile, EndpointEntry};
use crate::error::{Error, Result};
use crate::output::Format;
use crate::secrets::python::PythonCredentials;
use crate::secrets::{self, Kind, Name, Place, Store, StoreChoice};
use crate::terminal::{shell_command, Prompter, Terminal};
use crate::trust::Trust;
use vss_wire::otp;
use vss_wire::Credentials;
use vss_wire::Secret;

/// A second factor given up front.
#[derive(Debug, Clone)]
pub(crate) enum Proof {
    /// A one-time code (`--totp CODE` / `VSS_USER_OTP`).
    Code(Secret),
    /// Make the code from the stored TOTP secret (`--totp auto`).
    Auto,
    /// A recovery code (`--recovery-code` / `VSS_RECOVERY_CODE`).
    Recovery(Secret),
}

/// Everything a command needs to know about how it was called.
pub(crate) struct Context {
    /// Normalised endpoint URL, without a trailing slash.
    pub(crate) endpoint: String,
    /// The configured endpoint in use, if any.
    pub(crate) entry: Option<EndpointEntry>,
    pub(crate) config_path: PathBuf,
    pub(crate) config: ConfigFile,
    /// `--token` / `VSS_TOKEN`.
    pub(crate) token: Option<Secret>,
    pub(crate) proof: Option<Proof>,
    pub(crate) format: Format,
    pub(crate) timeout: Duration,
    pub(crate) debug: bool,
    /// The standard streams: everything the command prints and asks goes through it.
    pub(crate) term: Rc<Terminal>,
    /// The certificate authorities to trust beside the system's.
    trust: Trust,
    store_choice: StoreChoice,
    username: Option<String>,
    password: Option<Secret>,
    resolved_username: OnceCell<String>,
    owner: OnceCell<Option<String>>,
    credentials: OnceCell<Credentials>,
    api: OnceCell<Api>,
    store: OnceCell<Store>,
    python_credentials: OnceCell<Option<PythonCredentials>>,
}

impl Context {
    /// Resolves the global options, with `term` for the standard streams. With
    /// `--password-stdin` the password is read here, so a later `-` argument reads the next
    /// line.
    pub(crate) fn from_args(args: &GlobalArgs, term: Rc<Terminal>) -> Result<Context> {
        let password = if args.password_stdin {
            Some(read_stdin_line("the password (--password-stdin)")?)
        } else {
            args.password.clone().map(Secret::from)
        };
        // Secrets given as `-` (which, unlike arguments, `ps` does not show) come from standard
        // input, a line each, after the password: the API token, then the code.
        let mut args = args.clone();
        for (value, what) in [
            (&mut args.token, "the API token (--token -)"),
            (&mut args.totp, "the one-time code (--totp -)"),
            (
                &mut args.recovery_code,
                "the recovery code (--recovery-code -)",
            ),
        ] {
            if value.as_deref() == Some("-") {
                *value = Some(read_stdin_line(what)?.expose().to_owned());
            }
        }
        let config_path = args.config.clone().unwrap_or_else(config::default_path);
        let config = ConfigFile::load(&config_path)?;
        let mut ctx = Context::new(&args, term, password, config_path, config)?;
        ctx.trust = Trust::from_env(args.ca_bundle.clone());
        Ok(ctx)
    }

    /// Resolves the global options with the given terminal, password and configuration.
    pub(crate) fn new(
        args: &GlobalArgs,
        term: Rc<Terminal>,
        password: Option<Secret>,
        config_path: PathBuf,
        config: ConfigFile,
    ) -> Result<Context> {
        let wanted = args.endpoint.as_deref().map(str::trim);
        let entry = config.endpoint(wanted).cloned();
        let endpoint = match (&entry, wanted) {
            (Some(e), _) => normalize_endpoint(&e.url)?,
            (None, Some(w)) => normalize_endpoint(w)?,
            (None, None) => DEFAULT_ENDPOINT.to_owned(),
        };
        let proof = match (args.totp.as_deref().map(str::trim), &args.recovery_code) {
            (_, Some(rc)) if !rc.trim().is_empty() => {
                Some(Proof::Recovery(Secret::from(rc.trim())))
            }
            (None | Some(""), _) => None,
            (Some("auto"), _) => Some(Proof::Auto),
            (Some(code), _) if otp::is_code(code) => Some(Proof::Code(Secret::from(code))),
            (Some(_), _) => {
                return Err(Error::usage(
                    "--totp / VSS_USER_OTP must be the 6-digit code from your app, e-mail or \
                     SMS, or `auto`",
                ))
            }
        };
        let output = args
            .output
            .or_else(|| config.general.output.as_deref().and_then(parse_output))
            .unwrap_or(OutputFormat::Table);
        let timeout = args.timeout.or(config.general.timeout).unwrap_or(30);
        let username = args
            .username
            .clone()
            .filter(|u| !u.is_empty())
            .or_else(|| entry.as_ref().and_then(EndpointEntry::user));
        Ok(Context {
            endpoint,
            entry,
            config_path,
            config,
            token: args
                .token
                .clone()
                .filter(|t| !t.is_empty())
                .map(Secret::from),
            proof,
            format: Format::resolve(output, term.stdout_tty),
            timeout: Duration::from_secs(timeout.clamp(1, 3600)),
            debug: args.debug,
            term,
            trust: Trust::new(args.ca_bundle.clone(), None, None),
            store_choice: args.secret_store,
            username,
            password: password.filter(|p| !p.is_empty()),
            resolved_username: OnceCell::new(),
            owner: OnceCell::new(),
            credentials: OnceCell::new(),
            api: OnceCell::new(),
            store: OnceCell::new(),
            python_credentials: OnceCell::new(),
        })
    }

    /// The API client (built on first use, so commands that make no call pay nothing).
    pub(crate) fn api(&self) -> Result<&Api> {
        if let Some(api) = self.api.get() {
            return Ok(api);
        }
        let trace = self.debug.then(|| Rc::clone(&self.term));
        let api = Api::new(&self.endpoint, self.timeout, trace, &self.trust)?;
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
        let mut words = vec!["vss-cli", "-e", self.endpoint.as_str(), "-u", user];
        words.extend_from_slice(args);
        shell_command(words)
    }

    /// The secret store (opened on first use: the keyring is never touched by commands that
    /// do not need it).
    pub(crate) fn store(&self) -> &Store {
        self.store.get_or_init(|| {
            let dir = self
                .config_path
                .parent()
                .map(PathBuf::from)
                .unwrap_or_default();
            let term = Rc::clone(&self.term);
            let announce = Box::new(move |note: &str| term.note(note));
            Store::open(self.store_choice, dir.join("secrets.yaml"), announce)
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

    /// The name of this endpoint: the configured one, else one made from the URL.
    pub(crate) fn endpoint_name(&self) -> String {
        match &self.entry {
            Some(e) => e.name.clone(),
            None => config::name_for(&self.endpoint),
        }
    }

    /// The user the configured endpoint belongs to: written in the configuration (ours, or the
    /// Python tool's `auth`), else kept in the secret store, else in the Python tool's
    /// `credentials.enc` (read only then).
    fn owner(&self) -> Result<Option<&str>> {
        if let Some(owner) = self.owner.get() {
            return Ok(owner.as_deref());
        }
        let owner = match &self.entry {
            None => None,
            Some(entry) => match entry.user() {
                Some(u) => Some(u),
                None => match self
                    .store()
                    .get(&Name::new(&entry.name, Kind::Username, None))?
                {
                    Some((u, _)) => Some(u.expose().to_owned()),
                    None => self
                        .python_credentials()
                        .and_then(|c| c.get(&entry.name, Kind::Username))
                        .map(|u| u.expose().to_owned()),
                },
            },
        };
        Ok(self.owner.get_or_init(|| owner).as_deref())
    }

    /// The name `kind` of `user` is kept under. The configured endpoint's own user's secrets
    /// are named after the endpoint alone, as the Python tool names them; anyone else's after
    /// the endpoint and the user.
    fn name_for_user(&self, kind: Kind, user: &str) -> Result<Name> {
        let base = self.endpoint_name();
        let scope = if self.owner()? == Some(user) {
            base
        } else {
            format!("{base}_{user}")
        };
        Ok(Name::new(&scope, kind, Some((&self.endpoint, user))))
    }

    /// The name `kind` of the current user is kept under.
    pub(crate) fn secret_name(&self, kind: Kind) -> Result<Name> {
        let user = self.username()?.to_owned();
        self.name_for_user(kind, &user)
    }

    /// The name of the API token stored for this endpoint, when it is configured (or for
    /// `--totp auto`). When no user
    /// name is known without looking further (none given, none in the file, as in the Python
    /// tool's files), the endpoint's own user is meant and the name is found without one.
    pub(crate) fn token_name(&self) -> Result<Option<Name>> {
        let Some(entry) = &self.entry else {
            // Without a configuration, only a machine that keeps the account's TOTP secret
            // (`--totp auto`) keeps its tokens too, so that later commands reuse one rather
            // than log in (and spend a code) again.
            return match self.proof {
                Some(Proof::Auto) => self.secret_name(Kind::Token).map(Some),
                _ => Ok(None),
            };
        };
        match &self.username {
            Some(user) => self.name_for_user(Kind::Token, user).map(Some),
            None => {
                let earlier = entry.user();
                let earlier = earlier.as_deref().map(|u| (self.endpoint.as_str(), u));
                Ok(Some(Name::new(&entry.name, Kind::Token, earlier)))
            }
        }
    }

    /// The user name given with `-u`/`VSS_USER` or written in the configuration, if any.
    pub(crate) fn given_username(&self) -> Option<&str> {
        self.username.as_deref()
    }

    /// The user name: given, the configured endpoint's, or asked for on the terminal.
    pub(crate) fn username(&self) -> Result<&str> {
        if let Some(u) = self.resolved_username.get() {
            return Ok(u);
        }
        let username = match (&self.username, self.owner()?) {
            (Some(u), _) => u.clone(),
            (None, Some(owner)) => owner.to_owned(),
            (None, None) => self
                .prompter("the user name", "pass -u/--username or set VSS_USER")?
                .input("Username")?,
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
                .password("Password")?,
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

    /// The password given, else the one kept for the endpoint's own user: in the secret store,
    /// in the Python tool's `auth` field, or in its `credentials.enc`.
    fn find_password(&self, username: &str) -> Result<Option<Secret>> {
        if let Some(p) = &self.password {
            return Ok(Some(p.clone()));
        }
        // Only a configured endpoint has stored credentials, and only for its own user.
        let Some(entry) = &self.entry else {
            return Ok(None);
        };
        if self.owner()? != Some(username) {
            return Ok(None);
        }
        let name = self.name_for_user(Kind::Password, username)?;
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
        let earlier = entry.user();
        let earlier = earlier.as_deref().map(|u| (entry.url.as_str(), u));
        let name = Name::new(&entry.name, Kind::Password, earlier);
        if let Some((_, place)) = self.store().get(&name)? {
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

    /// The user of the configured endpoint `entry`, for `configure ls`: written in the file,
    /// kept in the store, or in the Python tool's `credentials.enc`.
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

    /// The API token kept for the configured endpoint `entry`, for `configure ls`: ours, else
    /// the Python tool's `token:`.
    pub(crate) fn entry_token(&self, entry: &EndpointEntry) -> Result<Option<Secret>> {
        let earlier = entry.user();
        let earlier = earlier.as_deref().map(|u| (entry.url.as_str(), u));
        let name = Name::new(&entry.name, Kind::Token, earlier);
        Ok(self
            .store()
            .get(&name)?
            .map(|(t, _)| t)
            .or_else(|| entry.python_token()))
    }

    /// The user name when known without asking: given, resolved already, or the configured
    /// endpoint's own (kept in the store or by the Python tool).
    pub(crate) fn username_unasked(&self) -> Result<Option<&str>> {
        match self.known_username() {
            Some(u) => Ok(Some(u)),
            None => self.owner(),
        }
    }

    /// The user name, when known without asking.
    pub(crate) fn known_username(&self) -> Option<&str> {
        self.resolved_username
            .get()
            .map(String::as_str)
            .or(self.username.as_deref())
    }

    /// The stored TOTP secret's current code, for `--totp auto`, and its time step.
    pub(crate) fn auto_code(&self) -> Result<(Secret, u64)> {
        let name = self.secret_name(Kind::TotpSecret)?;
        let (stored, _) = self.store().get(&name)?.ok_or_else(|| {
            Error::usage(format!(
                "--totp auto: no TOTP secret is stored for {} at {}",
                self.known_username().unwrap_or_default(),
                self.endpoint
            ))
            .with_hint(format!(
                "keep one when you enrol: {}",
                self.command_line(&[
                    "account",
                    "set",
                    "mfa",
                    "mk",
                    "AUTHENTICATOR",
                    "--remember-secret"
                ])
            ))
        })?;
        let secret = otp::from_base32(stored.expose())
            .map_err(|e| Error::file(format!("the stored TOTP secret is damaged: {e}")))?;
        let now = chrono::Utc::now().timestamp() as u64;
        otp::code_at(&secret, now)
            .map(|code| (Secret::from(code), now / otp::STEP))
            .map_err(|e| Error::file(e.to_string()))
    }
}

fn parse_output(s: &str) -> Option<OutputFormat> {
    match s {
        "table" => Some(OutputFormat::Table),
        "json" => Some(OutputFormat::Json),
        "yaml" => Some(OutputFormat::Yaml),
        "auto" => Some(OutputFormat::Auto),
        _ => None,
    }
}

/// Reads one line from standard input, without its line ending.
pub(crate) fn read_stdin_line(what: &str) -> Result<Secret> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::usage(format!("cannot read {what} from standard input: {e}")))?;
    let value = line.trim_end_matches(['\r', '\n']);
    if value.is_empty() {
        return Err(Error::usage(format!(
            "standard input is empty: expected {what} on its first line"
        )));
    }
    Ok(Secret::from(value))
}

/// `host` → `https://host`; checks the URL and drops a trailing slash.
pub(crate) fn normalize_endpoint(raw: &str) -> Result<String> {
    let raw = raw.trim();
    let with_scheme = if raw.contains("://") {
        raw.to_owned()
    } else {
        // A bare `host[:port][/path]`: anything after a colon before the path is a port, so
        // `ftp:/x` or `https:/x` (a scheme with a slash missing) is not taken for a host.
        let authority = raw.split('/').next().unwrap_or_default();
        let after_host = authority
            .rfind(']')
            .map_or(authority, |i| &authority[i + 1..]);
        if let Some((_, port)) = after_host.rsplit_once(':') {
            if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Error::usage(format!(
                    "-e/--endpoint: {raw:?} must be an http:// or https:// URL, or the name of \
                     a configured endpoint"
                )));
            }
        }
        format!("https://{raw}")
    };
    let url = reqwest::Url::parse(&with_scheme)
        .map_err(|e| Error::usage(format!("-e/--endpoint: {raw:?} is not a URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(Error::usage(format!(
            "-e/--endpoint: {raw:?} must be an http:// or https:// URL, or the name of a \
             configured endpoint"
        )));
    }
    Ok(with_scheme.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_user_name_is_refused() {
        use crate::commands::testing::{snapshot, Bench};
        use crate::terminal::ScriptedPrompter;
        let prompter = ScriptedPrompter::default().expect("Username", "");
        let bench = Bench::new(&["-e", "https://vss.example.org"], true, None, prompter);
        let outcome = bench.outcome(bench.ctx.username().map(|_| ()));
        snapshot("empty_user_name", &outcome);
    }

    #[test]
    fn endpoints() {
        assert_eq!(
            normalize_endpoint("cloud-api.example.org").unwrap(),
            "https://cloud-api.example.org"
        );
        assert_eq!(
            normalize_endpoint("http://127.0.0.1:8787/").unwrap(),
            "http://127.0.0.1:8787"
        );
        assert_eq!(
            normalize_endpoint("vss.example.org:8443/api").unwrap(),
            "https://vss.example.org:8443/api"
        );
        assert!(normalize_endpoint("ftp://x").is_err());
        assert_eq!(
            normalize_endpoint("[::1]:8787").unwrap(),
            "https://[::1]:8787"
        );
        assert_eq!(normalize_endpoint("[::1]").unwrap(), "https://[::1]");
        assert!(normalize_endpoint("ftp:/x").is_err());
        assert!(normalize_endpoint("https:/vss.example.org").is_err());
        assert!(normalize_endpoint("http://").is_err());
    }
}
