//! Parse, then resolve: the parsed command line and environment turned once into what the
//! commands use. Commands never read raw flags or the environment.

use std::cell::OnceCell;
use std::io::BufRead;
use std::time::Duration;

use crate::api::{Api, Credentials};
use crate::cli::{GlobalArgs, DEFAULT_ENDPOINT};
use crate::error::{Error, Result};
use crate::otp;
use crate::output::Format;
use crate::secret::Secret;
use crate::terminal::Terminal;

/// Everything a command needs to know about how it was called.
pub struct Context {
    /// Normalised endpoint URL, without a trailing slash.
    pub endpoint: String,
    pub token: Option<Secret>,
    /// A one-time code given with `--totp` / `VSS_USER_OTP`.
    pub totp: Option<Secret>,
    pub format: Format,
    pub timeout: Duration,
    pub debug: bool,
    pub term: Terminal,
    username: Option<String>,
    password: Option<Secret>,
    credentials: OnceCell<Credentials>,
    api: OnceCell<Api>,
}

impl Context {
    /// Resolves the global options against the real terminal. With `--password-stdin` the
    /// password is read here, so a later `-` argument reads the next line.
    pub fn from_args(args: &GlobalArgs) -> Result<Context> {
        let term = Terminal::detect(args.color, std::env::var_os("NO_COLOR").is_some());
        let password = if args.password_stdin {
            Some(read_stdin_line("the password (--password-stdin)")?)
        } else {
            args.password.clone().map(Secret::from)
        };
        Context::new(args, term, password)
    }

    /// Resolves the global options with the given terminal and password.
    pub fn new(args: &GlobalArgs, term: Terminal, password: Option<Secret>) -> Result<Context> {
        let endpoint = normalize_endpoint(args.endpoint.as_deref().unwrap_or(DEFAULT_ENDPOINT))?;
        let totp =
            match args.totp.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(code) if otp::is_code(code) => Some(Secret::from(code)),
                Some(_) => return Err(Error::usage(
                    "--totp / VSS_USER_OTP must be the 6-digit code from your app, e-mail or SMS",
                )),
            };
        Ok(Context {
            endpoint,
            token: args
                .token
                .clone()
                .filter(|t| !t.is_empty())
                .map(Secret::from),
            totp,
            format: Format::resolve(args.output, term.stdout_tty),
            timeout: Duration::from_secs(args.timeout),
            debug: args.debug,
            term,
            username: args.username.clone().filter(|u| !u.is_empty()),
            password: password.filter(|p| !p.is_empty()),
            credentials: OnceCell::new(),
            api: OnceCell::new(),
        })
    }

    /// The API client (built on first use, so commands that make no call pay nothing).
    pub fn api(&self) -> Result<&Api> {
        if let Some(api) = self.api.get() {
            return Ok(api);
        }
        let api = Api::new(&self.endpoint, self.timeout, self.debug)?;
        Ok(self.api.get_or_init(|| api))
    }

    /// The user name and password, asking on the terminal for whatever is missing.
    pub fn credentials(&self) -> Result<&Credentials> {
        if let Some(c) = self.credentials.get() {
            return Ok(c);
        }
        let username = match &self.username {
            Some(u) => u.clone(),
            None => self
                .term
                .prompter("the user name", "pass -u/--username or set VSS_USER")?
                .input("Username")?,
        };
        if username.is_empty() {
            return Err(Error::usage("the user name is empty"));
        }
        let password = match &self.password {
            Some(p) => p.clone(),
            None => self
                .term
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

    /// The user name, when known without asking.
    pub fn known_username(&self) -> Option<&str> {
        self.credentials
            .get()
            .map(|c| c.username.as_str())
            .or(self.username.as_deref())
    }
}

/// Reads one line from standard input, without its line ending.
pub fn read_stdin_line(what: &str) -> Result<Secret> {
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
pub fn normalize_endpoint(raw: &str) -> Result<String> {
    let raw = raw.trim();
    let with_scheme = if raw.contains("://") {
        raw.to_owned()
    } else {
        format!("https://{raw}")
    };
    let url = reqwest::Url::parse(&with_scheme)
        .map_err(|e| Error::usage(format!("-e/--endpoint: {raw:?} is not a URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(Error::usage(format!(
            "-e/--endpoint: {raw:?} must be an http:// or https:// URL"
        )));
    }
    Ok(with_scheme.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(normalize_endpoint("ftp://x").is_err());
        assert!(normalize_endpoint("http://").is_err());
    }
}
