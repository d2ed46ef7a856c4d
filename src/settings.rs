//! Parse, then resolve: the parsed command line, the environment and the configuration file
//! turned once into an immutable value. Nothing behind it opens a keyring, reads a file,
//! prompts or calls the server; that is the auth layer's ([`crate::auth`]) work, and it gets
//! these settings to do it.

use std::path::PathBuf;
use std::time::Duration;

use crate::cli::{GlobalArgs, DEFAULT_ENDPOINT};
use crate::config::{self, ConfigFile, EndpointEntry};
use crate::error::{Error, Result};
use crate::output::{Format, OutputFormat};
use crate::secrets::StoreChoice;
use crate::table::{self, View};
use crate::terminal::Terminal;
use crate::trust::Trust;
use vss_redacted::Secret;

/// A second factor given up front.
#[derive(Debug, Clone)]
pub(crate) enum Proof {
    /// A one-time code (`--totp CODE` / `VSS_USER_OTP`).
    Code(Secret),
    /// Make the code from the stored TOTP secret (`--totp auto`).
    Auto,
    /// A recovery code (`--recovery-code` / `VSS_RECOVERY_CODE`).
    Recovery(Secret),
    /// Ask a program for the code (`--totp-command`, `VSS_TOTP_COMMAND`, or the endpoint's
    /// `totp_command` in the configuration).
    Command(CodeCommand),
}

impl Proof {
    /// The second factor the options give: `--recovery-code`, `--totp CODE|auto`, else
    /// `--totp-command` or the configured endpoint's `totp_command` (for its own user only).
    fn resolve(args: &GlobalArgs, entry: Option<&EndpointEntry>) -> Result<Option<Proof>> {
        // The configured endpoint's program gives its own user's codes, nobody else's.
        let own_user = entry.is_some_and(|e| {
            let given = args.username.as_deref().filter(|u| !u.is_empty());
            given.is_none() || given.map(str::to_owned) == e.user()
        });
        let configured = entry
            .filter(|_| own_user)
            .and_then(EndpointEntry::totp_command);
        let command = match (&args.totp_command, configured) {
            (Some(line), _) if !line.trim().is_empty() => Some(CodeCommand::parse(
                line,
                "--totp-command / VSS_TOTP_COMMAND",
            )?),
            (_, Some(line)) => Some(CodeCommand::parse(
                &line,
                "the endpoint's totp_command in the configuration",
            )?),
            _ => None,
        };
        match (args.totp.as_deref().map(str::trim), &args.recovery_code) {
            (_, Some(rc)) if !rc.trim().is_empty() => {
                Ok(Some(Proof::Recovery(Secret::from(rc.trim()))))
            }
            (None | Some(""), _) => Ok(command.map(Proof::Command)),
            (Some("auto"), _) => Ok(Some(Proof::Auto)),
            (Some(code), _) => match compact_code(code) {
                Some(code) => Ok(Some(Proof::Code(Secret::from(code)))),
                None => Err(Error::usage(
                    "--totp / VSS_USER_OTP must be the 6-digit code from your app, e-mail or \
                     SMS, or `auto`",
                )),
            },
        }
    }
}

/// A program that prints a one-time code: a hardware key's or a vault's command line.
#[derive(Debug, Clone)]
pub(crate) struct CodeCommand {
    /// The program and its arguments, split as a shell would (never run by one).
    pub(crate) words: Vec<String>,
    /// Where it was set, for messages.
    pub(crate) source: &'static str,
}

impl CodeCommand {
    /// Splits `line` as a shell would; `source` names where it came from.
    pub(crate) fn parse(line: &str, source: &'static str) -> Result<CodeCommand> {
        let words = shlex::split(line)
            .filter(|w| !w.is_empty())
            .ok_or_else(|| {
                Error::usage(format!(
                    "{source}: {line:?} is not a command line (an unclosed quote?)"
                ))
            })?;
        Ok(CodeCommand { words, source })
    }

    /// The program's name, for messages.
    pub(crate) fn program(&self) -> &str {
        &self.words[0]
    }
}

/// Everything a command needs to know about how it was called. Built once; no I/O behind it.
pub(crate) struct Settings {
    /// Normalised endpoint URL, without a trailing slash.
    pub(crate) endpoint: String,
    /// The configured endpoint in use, if any.
    pub(crate) entry: Option<EndpointEntry>,
    pub(crate) config_path: PathBuf,
    pub(crate) config: ConfigFile,
    /// `--token` / `VSS_TOKEN` / `VSS_API_TOKEN`.
    pub(crate) token: Option<Secret>,
    /// The second factor given up front, if any.
    pub(crate) proof: Option<Proof>,
    /// `-u` / `VSS_USER` / `VSS_API_USER`, else the user written for the configured endpoint.
    pub(crate) username: Option<String>,
    /// `-p` / `VSS_USER_PASS` / `VSS_API_USER_PASS` / `--password-stdin`.
    pub(crate) password: Option<Secret>,
    /// Keep the token of a login for the next commands (`--no-session` / `VSS_NO_SESSION`
    /// turn it off).
    pub(crate) keep_session: bool,
    pub(crate) format: Format,
    /// Whether -o/--output was typed on the command line (not set by VSS_OUTPUT or the
    /// configuration): `token show` and `token mk` print the bare token otherwise.
    pub(crate) output_typed: bool,
    /// How tables are shaped and lists sorted (the Python tool's output options).
    pub(crate) view: View,
    pub(crate) timeout: Duration,
    pub(crate) debug: bool,
    pub(crate) store_choice: StoreChoice,
    /// The certificate authorities to trust beside the system's.
    pub(crate) trust: Trust,
    /// The VPN gateway's URL as given, checked by the commands that call it.
    pub(crate) vpn_server: VpnServer,
    /// `configure edit`'s editor: `$VISUAL`, else `$EDITOR`, with the variable's name.
    pub(crate) editor: Option<(String, &'static str)>,
}

/// The VPN gateway's URL as given (`--vpn-server` / `VSS_VPN_SERVER`, the configuration's
/// `vpn_server`, pyvss's `VSS_VPN_ENDPOINT`, else the default), and where it came from.
#[derive(Debug, Clone)]
pub(crate) struct VpnServer {
    pub(crate) url: String,
    pub(crate) source: &'static str,
}

impl VpnServer {
    fn resolve(given: Option<&str>, config: &ConfigFile) -> VpnServer {
        let given = given.map(str::trim).filter(|u| !u.is_empty());
        let (url, source) = if let Some(url) = given {
            (url.to_owned(), "--vpn-server / VSS_VPN_SERVER")
        } else if let Some(url) = config.general.vpn_server() {
            (url.to_owned(), "the configuration's vpn_server")
        } else if let Some(url) = env_var(PYVSS_VPN_ENDPOINT) {
            (url, PYVSS_VPN_ENDPOINT)
        } else {
            (vss_wire::vpn::DEFAULT_SERVER.to_owned(), "the default")
        };
        VpnServer { url, source }
    }
}

/// The Python client's (pyvss) names for the same inputs, read when ours are not set.
const PYVSS_TOKEN: &str = "VSS_API_TOKEN";
const PYVSS_USER: &str = "VSS_API_USER";
const PYVSS_PASSWORD: &str = "VSS_API_USER_PASS";
const PYVSS_OTP: &str = "VSS_API_USER_OTP";
/// pyvss's name for the VPN gateway, read after the configuration's `vpn_server`.
const PYVSS_VPN_ENDPOINT: &str = "VSS_VPN_ENDPOINT";

/// The variables that hold secrets or spent codes, under both namings: never passed on to a
/// program `vss-cli` runs.
pub(crate) const SECRET_VARIABLES: [&str; 7] = [
    "VSS_USER_PASS",
    PYVSS_PASSWORD,
    "VSS_USER_OTP",
    PYVSS_OTP,
    "VSS_RECOVERY_CODE",
    // Replaced by the token `exec` hands over.
    "VSS_TOKEN",
    PYVSS_TOKEN,
];

/// A variable of the environment, unless unset or empty. The environment is read here alone
/// (and by `main`, for what it needs before there are settings).
#[expect(
    clippy::disallowed_methods,
    reason = "the one reader of the options' environment variables"
)]
fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// A path from the environment, unless unset or empty; need not be UTF-8.
#[expect(
    clippy::disallowed_methods,
    reason = "the one reader of the options' environment variables"
)]
fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// The editor `configure edit` runs: `$VISUAL`, else `$EDITOR`, with the variable's name.
fn editor() -> Option<(String, &'static str)> {
    ["VISUAL", "EDITOR"].into_iter().find_map(|name| {
        env_var(name)
            .filter(|v| !v.trim().is_empty())
            .map(|line| (line, name))
    })
}

impl Settings {
    /// Resolves the global options. With `--password-stdin` the password is read here, so a
    /// later `-` argument reads the next line.
    pub(crate) fn from_args(args: &GlobalArgs, term: &Terminal) -> Result<Settings> {
        let mut args = args.clone();
        // pyvss's names for the same inputs; ours win when both are set.
        for (value, name) in [
            (&mut args.token, PYVSS_TOKEN),
            (&mut args.username, PYVSS_USER),
            (&mut args.password, PYVSS_PASSWORD),
            (&mut args.totp, PYVSS_OTP),
        ] {
            if value.is_none() && !(name == PYVSS_PASSWORD && args.password_stdin) {
                *value = env_var(name);
            }
        }
        let password = if args.password_stdin {
            Some(term.read_stdin_line("the password (--password-stdin)")?)
        } else {
            args.password.clone().map(Secret::from)
        };
        args.python.typed.token_stdin = args.token.as_deref() == Some("-");
        // Secrets given as `-` (which, unlike arguments, `ps` does not show) come from standard
        // input, a line each, after the password: the API token, then the code.
        for (value, what) in [
            (&mut args.token, "the API token (--token -)"),
            (&mut args.totp, "the one-time code (--totp -)"),
            (
                &mut args.recovery_code,
                "the recovery code (--recovery-code -)",
            ),
        ] {
            if value.as_deref() == Some("-") {
                *value = Some(term.read_stdin_line(what)?.expose().to_owned());
            }
        }
        let config_path = args.config.clone().unwrap_or_else(config::default_path);
        let config = ConfigFile::load(&config_path)?;
        let mut settings = Settings::new(&args, password, config_path, config)?;
        settings.trust = Trust::new(
            args.ca_bundle.clone(),
            env_path("REQUESTS_CA_BUNDLE"),
            env_path("SSL_CERT_FILE"),
        );
        settings.editor = editor();
        Ok(settings)
    }

    /// Resolves the global options with the given password and configuration.
    pub(crate) fn new(
        args: &GlobalArgs,
        password: Option<Secret>,
        config_path: PathBuf,
        config: ConfigFile,
    ) -> Result<Settings> {
        let wanted = args.endpoint.as_deref().map(str::trim);
        let entry = config.endpoint(wanted).cloned();
        let endpoint = match (&entry, wanted) {
            (Some(e), _) => normalize_endpoint(&e.url)?,
            (None, Some(w)) => {
                let url = normalize_endpoint(w)?;
                refuse_unknown_name(w, &config)?;
                url
            }
            (None, None) => DEFAULT_ENDPOINT.to_owned(),
        };
        let proof = Proof::resolve(args, entry.as_ref())?;
        let output = args
            .output
            .or_else(|| config.general.output.as_deref().and_then(parse_output))
            .unwrap_or(OutputFormat::Table);
        let view = resolve_view(args, &config)?;
        let token = given_token(args)?;
        let timeout = args.timeout.or(config.general.timeout).unwrap_or(30);
        let username = args
            .username
            .clone()
            .filter(|u| !u.is_empty())
            .or_else(|| entry.as_ref().and_then(EndpointEntry::user));
        let vpn_server = VpnServer::resolve(args.vpn_server.as_deref(), &config);
        Ok(Settings {
            endpoint,
            entry,
            config_path,
            config,
            token,
            proof,
            username,
            password: password.filter(|p| !p.is_empty()),
            keep_session: !args.no_session,
            format: Format::resolve(output),
            output_typed: args.python.typed.output,
            view,
            timeout: Duration::from_secs(timeout.clamp(1, 3600)),
            debug: args.debug
                || args.python.verbose
                || args.python.loglevel == Some(crate::cli::LogLevel::Debug),
            store_choice: args.secret_store,
            trust: Trust::new(args.ca_bundle.clone(), None, None),
            vpn_server,
            editor: None,
        })
    }

    /// The same settings, pointed at the configured endpoint `entry`.
    pub(crate) fn for_endpoint(settings: &Settings, entry: &EndpointEntry) -> Result<Settings> {
        Ok(Settings {
            endpoint: normalize_endpoint(&entry.url)?,
            entry: Some(entry.clone()),
            config_path: settings.config_path.clone(),
            config: settings.config.clone(),
            token: None,
            proof: None,
            username: entry.user(),
            password: None,
            keep_session: false,
            format: settings.format,
            output_typed: settings.output_typed,
            view: settings.view.clone(),
            timeout: settings.timeout,
            debug: settings.debug,
            store_choice: settings.store_choice,
            trust: settings.trust.clone(),
            vpn_server: settings.vpn_server.clone(),
            editor: settings.editor.clone(),
        })
    }

    /// The name of this endpoint: the configured one, else one made from the URL.
    pub(crate) fn endpoint_name(&self) -> String {
        match &self.entry {
            Some(e) => e.name.clone(),
            None => config::name_for(&self.endpoint),
        }
    }
}

/// A one-time code as people type it, apps show it (`721 725`) or mail it (`721-725`): the
/// spaces and dashes inside go; `None` unless 6 digits remain.
pub(crate) fn compact_code(typed: &str) -> Option<String> {
    let compact: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    vss_totp::is_code(&compact).then_some(compact)
}

/// Whether `token` can go in an Authorization header as it is: one word of printable ASCII.
pub(crate) fn header_safe(token: &str) -> bool {
    !token.is_empty() && token.bytes().all(|b| b.is_ascii_graphic())
}

/// The token given (-t, VSS_TOKEN, pyvss's VSS_API_TOKEN, `--token -`), refused when it holds
/// what no HTTP header can carry (a newline, a space, a non-ASCII letter): a usage error naming
/// where it came from, before anything is sent.
fn given_token(args: &GlobalArgs) -> Result<Option<Secret>> {
    let Some(token) = args.token.as_deref().filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    if header_safe(token) {
        return Ok(Some(Secret::from(token)));
    }
    let source = if args.python.typed.token_stdin {
        "--token - (standard input)"
    } else if args.python.typed.token {
        "-t/--token"
    } else if env_var("VSS_TOKEN").is_some() {
        "VSS_TOKEN"
    } else if env_var(PYVSS_TOKEN).is_some() {
        PYVSS_TOKEN
    } else {
        "-t/--token"
    };
    let what = if token.contains(['\n', '\r']) {
        "holds a line break"
    } else if token.contains(char::is_whitespace) {
        "holds a space"
    } else {
        "holds characters an API token never has"
    };
    Err(Error::Usage {
        message: format!("the API token given by {source} {what}: it is not a token"),
        hint: Some(
            "an API token is one word of printable ASCII, as `vss-cli token show` prints it \
             (capture it with VSS_TOKEN=$(vss-cli token show); with -o json the token is the \
             `token` field)"
                .to_owned(),
        ),
    })
}

/// The Python tool's output options: the command line and environment, else the
/// configuration's `table_format` and `columns_width`.
fn resolve_view(args: &GlobalArgs, config: &ConfigFile) -> Result<View> {
    let python = &args.python;
    let columns = match python.columns.as_deref() {
        Some(text) => Some(table::parse_columns(text).map_err(Error::usage)?),
        None => None,
    };
    let sort_by = match python.sort_by.as_deref() {
        Some(text) => Some(
            table::FieldPath::parse(text).map_err(|e| Error::usage(format!("--sort-by: {e}")))?,
        ),
        None => None,
    };
    let configured = |key: &str| config.general.extra.get(key);
    let table_format = match &python.table_format {
        Some(f) => Some(f.clone()),
        None => configured("table_format")
            .and_then(serde_json::Value::as_str)
            .and_then(|f| table::parse_table_format(f).ok()),
    };
    let columns_width = python.columns_width.or_else(|| {
        configured("columns_width").and_then(|w| {
            w.as_i64()
                .or_else(|| w.as_str().and_then(|s| s.trim().parse().ok()))
        })
    });
    Ok(View {
        columns,
        sort_by,
        table_format,
        no_headers: python.no_headers,
        columns_width,
        // The terminal measures itself (Terminal::set_view).
        terminal_width: None,
    })
}

fn parse_output(s: &str) -> Option<OutputFormat> {
    match s {
        "table" => Some(OutputFormat::Table),
        "json" => Some(OutputFormat::Json),
        "yaml" => Some(OutputFormat::Yaml),
        "auto" => Some(OutputFormat::Auto),
        "ndjson" => Some(OutputFormat::Ndjson),
        _ => None,
    }
}

/// `-e WORD` that is no configured endpoint's name must look like a host (a name with a dot,
/// `localhost`, an IP address) or a URL: a mistyped name must never become a host to look up
/// and send credentials to.
fn refuse_unknown_name(wanted: &str, config: &ConfigFile) -> Result<()> {
    // Nothing at all is not a URL, which the URL check says.
    if wanted.is_empty() || wanted.contains("://") {
        return Ok(());
    }
    let authority = wanted.split('/').next().unwrap_or_default();
    let host = if authority.starts_with('[') {
        authority
    } else {
        authority.split(':').next().unwrap_or_default()
    };
    let looks_like_host = host.contains('.')
        || host.eq_ignore_ascii_case("localhost")
        || host.starts_with('[')
        || host.parse::<std::net::IpAddr>().is_ok();
    if looks_like_host {
        return Ok(());
    }
    let names: Vec<&str> = config.endpoints.iter().map(|e| e.name.as_str()).collect();
    let known = if names.is_empty() {
        "no endpoint is configured (`vss-cli configure mk` adds one)".to_owned()
    } else {
        format!(
            "the configured endpoints are {} (`vss-cli configure ls`)",
            names.join(", ")
        )
    };
    Err(Error::Usage {
        message: format!(
            "-e/--endpoint: {wanted:?} is not the name of a configured endpoint, nor a URL or a \
             host name"
        ),
        hint: Some(format!(
            "{known}; for a server, give its URL (https://HOST) or its full host name"
        )),
    })
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

    #[test]
    fn words_that_are_no_configured_name_must_look_like_hosts() {
        let config = ConfigFile::default();
        for host in [
            "vss.example.org",
            "vss.example.org:8443/api",
            "localhost",
            "localhost:8787",
            "127.0.0.1:8787",
            "[::1]:8787",
            "http://demoo",
        ] {
            assert!(refuse_unknown_name(host, &config).is_ok(), "{host}");
        }
        for word in ["demoo", "vss:8443", "prod/x"] {
            assert!(refuse_unknown_name(word, &config).is_err(), "{word}");
        }
    }

    #[test]
    fn codes_as_people_type_them() {
        assert_eq!(compact_code("721 725").as_deref(), Some("721725"));
        assert_eq!(compact_code(" 721-725 ").as_deref(), Some("721725"));
        assert_eq!(compact_code("721725").as_deref(), Some("721725"));
        assert_eq!(compact_code("72 17 25 1"), None);
        assert_eq!(compact_code("abc def"), None);
    }
}
