//! The configuration file, in the Python vss-cli's layout (`~/.vss-cli/config.yaml`), as its
//! 2026.x releases write it:
//!
//! ```yaml
//! general:
//!     default_endpoint_name: cloud-api
//!     output: auto
//!     timeout: 60
//! endpoints:
//!    -  url: https://cloud-api.eis.utoronto.ca
//!       name: cloud-api
//!       auth:                # older releases: base64 of user:password
//!       token: <JWT>         # the Python tool's last API token
//!       tf_enabled: false
//!       username: jm         # ours: the secrets live in the keyring
//! ```
//!
//! `auth`, `token` and every key this tool does not know are read and kept as they are, in
//! their order, when the file is rewritten; only `general`'s settings, an endpoint's `url`,
//! `name` and `username` are ever written by us. YAML goes through serde-saphyr, which quotes
//! strings such as `yes`, `on` or `2001-12-14` so that the Python tool reads back the strings
//! it wrote.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::fsutil;
use vss_redacted::Secret;

pub(crate) mod python_settings;

/// The whole file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct ConfigFile {
    #[serde(default, deserialize_with = "null_as_default")]
    pub(crate) general: General,
    #[serde(default, deserialize_with = "null_as_default")]
    pub(crate) endpoints: Vec<EndpointEntry>,
    #[serde(flatten)]
    pub(crate) extra: Map<String, Value>,
}

/// The `general` section.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct General {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) default_endpoint_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) output: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) timeout: Option<u64>,
    #[serde(flatten)]
    pub(crate) extra: Map<String, Value>,
}

impl General {
    /// The Python tool's `vpn_server` (the VPN gateway), when it is set and not empty.
    pub(crate) fn vpn_server(&self) -> Option<&str> {
        self.extra
            .get("vpn_server")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

/// A URL of the VPN gateway as `vpn_server` and `--vpn-server` take it: `http://` or
/// `https://` with a host (a bare host means `https://HOST`), without a trailing slash; `Err`
/// says what is wrong.
pub(crate) fn gateway_url(raw: &str) -> std::result::Result<String, String> {
    let raw = raw.trim();
    let with_scheme = if raw.contains("://") {
        raw.to_owned()
    } else {
        format!("https://{raw}")
    };
    match reqwest::Url::parse(&with_scheme) {
        Ok(url)
            if matches!(url.scheme(), "http" | "https")
                && url.host_str().is_some_and(|h| !h.is_empty())
                && url.query().is_none()
                && url.fragment().is_none() =>
        {
            Ok(with_scheme.trim_end_matches('/').to_owned())
        }
        Ok(_) => Err(format!(
            "{raw:?} is not an http:// or https:// URL of a host (like {})",
            vss_wire::vpn::DEFAULT_SERVER
        )),
        Err(e) => Err(format!("{raw:?} is not a URL: {e}")),
    }
}

/// One configured endpoint.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct EndpointEntry {
    pub(crate) url: String,
    /// The Python tool may leave it out; it then means the first label of the URL's host.
    #[serde(default)]
    pub(crate) name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) username: Option<String>,
    /// The Python tool's keys (`auth`, `token`, `tf_enabled`) and any other, kept as read.
    #[serde(flatten)]
    pub(crate) extra: Map<String, Value>,
}

/// A `null` (the Python tool writes `endpoints:` with nothing after it for none) is the default.
fn null_as_default<'de, D, T>(d: D) -> std::result::Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

impl EndpointEntry {
    /// A string the Python tool keeps under `key`, when it is set and not empty.
    fn python_field(&self, key: &str) -> Option<&str> {
        self.extra
            .get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// The Python tool's stored API token (`token:`); read, never rewritten.
    pub(crate) fn python_token(&self) -> Option<Secret> {
        self.python_field("token").map(Secret::from)
    }

    /// Our `totp_command`: the program that gives this endpoint's one-time codes.
    pub(crate) fn totp_command(&self) -> Option<String> {
        self.python_field("totp_command").map(str::to_owned)
    }

    /// User name and password from the legacy `auth` field, when it holds them.
    pub(crate) fn legacy_auth(&self) -> Option<(String, Secret)> {
        let raw = self.python_field("auth")?;
        let bytes = base64::engine::general_purpose::STANDARD.decode(raw).ok()?;
        let text = String::from_utf8(bytes).ok()?;
        let (user, pass) = text.split_once(':')?;
        Some((user.to_owned(), Secret::from(pass)))
    }

    /// The user name written in the file: ours, else the one in the legacy `auth` field.
    pub(crate) fn user(&self) -> Option<String> {
        self.username
            .clone()
            .or_else(|| self.legacy_auth().map(|(u, _)| u))
    }
}

/// A file we read, from YAML; an error names the line and column, on one line.
pub(crate) fn from_yaml<T: serde::de::DeserializeOwned>(
    text: &str,
) -> std::result::Result<T, serde_saphyr::Error> {
    serde_saphyr::from_str_with_options(text, serde_saphyr::options! { with_snippet: false })
}

/// YAML for the files we write: strings on one line, quoted when a YAML 1.1 reader would take
/// them for something else (long tokens are not folded into `>-` blocks).
pub(crate) fn to_yaml<T: Serialize>(
    value: &T,
) -> std::result::Result<String, serde_saphyr::ser::Error> {
    let mut text = serde_saphyr::to_string_with_options(
        value,
        serde_saphyr::ser_options! { prefer_block_scalars: false },
    )?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

/// The Python tool's name for an endpoint without one: the first label of the URL's host.
fn name_from_host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', ':', '?', '#']).next().unwrap_or_default();
    host.split('.').next().unwrap_or_default().to_owned()
}

/// Settings `configure set` accepts, with what they take.
pub(crate) const SETTABLE: &[(&str, &str)] = &[
    ("default_endpoint_name", "the name of a configured endpoint"),
    ("output", "table, json, yaml, ndjson or auto"),
    ("timeout", "seconds, 1 to 3600"),
    ("vpn_server", "the VPN gateway's URL, https://HOST"),
];

impl ConfigFile {
    /// Reads the file; a missing file is an empty configuration.
    pub(crate) fn load(path: &Path) -> Result<ConfigFile> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ConfigFile::default()),
            Err(e) => return Err(Error::file(format!("cannot read {}: {e}", path.display()))),
        };
        if text.trim().is_empty() {
            return Ok(ConfigFile::default());
        }
        let mut config: ConfigFile = from_yaml(&text).map_err(|e| Error::File {
            message: format!("{} is not a valid configuration file: {e}", path.display()),
            hint: Some("fix or move the file; `vss-cli configure mk` writes a new one".into()),
        })?;
        for entry in &mut config.endpoints {
            if entry.name.is_empty() {
                entry.name = name_from_host(&entry.url);
            }
        }
        Ok(config)
    }

    /// Writes the file: mode 0600, atomically, in a 0700 directory it creates if needed.
    pub(crate) fn save(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            if !dir.exists() {
                use std::os::unix::fs::DirBuilderExt;
                std::fs::DirBuilder::new()
                    .recursive(true)
                    .mode(0o700)
                    .create(dir)
                    .map_err(|e| Error::file(format!("cannot create {}: {e}", dir.display())))?;
            }
        }
        let text = to_yaml(self)
            .map_err(|e| Error::file(format!("cannot write the configuration: {e}")))?;
        fsutil::write_private(path, text.as_bytes(), true)?;
        Ok(())
    }

    /// The endpoint named `wanted` (by name, or by URL), else the default one.
    pub(crate) fn endpoint(&self, wanted: Option<&str>) -> Option<&EndpointEntry> {
        match wanted {
            Some(w) => {
                let w_url = w.trim_end_matches('/');
                self.endpoints.iter().find(|e| e.name == w).or_else(|| {
                    self.endpoints
                        .iter()
                        .find(|e| e.url.trim_end_matches('/') == w_url)
                })
            }
            None => {
                let name = self.general.default_endpoint_name.as_deref()?;
                self.endpoints.iter().find(|e| e.name == name)
            }
        }
    }

    /// Adds or replaces the endpoint called `entry.name`; a replaced entry keeps the keys we do
    /// not write (the Python tool's `auth`, `token`, `tf_enabled`, and any other).
    pub(crate) fn upsert(&mut self, entry: EndpointEntry) {
        match self.endpoints.iter_mut().find(|e| e.name == entry.name) {
            Some(existing) => {
                let extra = std::mem::take(&mut existing.extra);
                *existing = EndpointEntry { extra, ..entry };
            }
            None => self.endpoints.push(entry),
        }
    }

    /// Sets one `general` setting, checking its value.
    pub(crate) fn set(&mut self, key: &str, value: &str) -> Result<()> {
        match key {
            "default_endpoint_name" => {
                if !self.endpoints.iter().any(|e| e.name == value) {
                    return Err(Error::usage(format!(
                        "no endpoint is called {value:?}; see `vss-cli configure ls`"
                    )));
                }
                self.general.default_endpoint_name = Some(value.to_owned());
            }
            "output" => {
                if !matches!(value, "table" | "json" | "yaml" | "auto" | "ndjson") {
                    return Err(Error::usage(
                        "output is one of table, json, yaml, ndjson, auto",
                    ));
                }
                self.general.output = Some(value.to_owned());
            }
            "timeout" => {
                let secs: u64 = value
                    .parse()
                    .ok()
                    .filter(|s| (1..=3600).contains(s))
                    .ok_or_else(|| Error::usage("timeout is a number of seconds, 1 to 3600"))?;
                self.general.timeout = Some(secs);
            }
            "vpn_server" => {
                let url =
                    gateway_url(value).map_err(|why| Error::usage(format!("vpn_server: {why}")))?;
                // In the Python tool's place for it, where it may be already.
                self.general
                    .extra
                    .insert("vpn_server".to_owned(), Value::String(url));
            }
            other if python_settings::known(other) => {
                python_settings::set(&mut self.general.extra, other, value)
                    .map_err(Error::usage)?;
            }
            other => {
                let known: Vec<&str> = SETTABLE
                    .iter()
                    .map(|(k, _)| *k)
                    .chain(python_settings::PYTHON_SETTINGS.iter().map(|(k, _, _)| *k))
                    .collect();
                return Err(Error::usage(format!(
                    "unknown setting {other:?}; settable: {}",
                    known.join(", ")
                )));
            }
        }
        Ok(())
    }
}

/// The name `configure mk` gives an endpoint: `https://cloud-api.eis.utoronto.ca` →
/// `cloud-api`; `http://127.0.0.1:8787` → `127.0.0.1-8787`.
pub(crate) fn name_for(url: &str) -> String {
    let Ok(parsed) = reqwest::Url::parse(url) else {
        return "default".into();
    };
    let host = parsed.host_str().unwrap_or("default");
    let base = if host.parse::<std::net::IpAddr>().is_ok() || !host.contains('.') {
        host.to_owned()
    } else {
        host.split('.').next().unwrap_or(host).to_owned()
    };
    match parsed.port() {
        Some(port) => format!("{base}-{port}"),
        None => base,
    }
}

/// `-c/--config`, else `~/.vss-cli/config.yaml`.
pub(crate) fn default_path() -> PathBuf {
    home()
        .unwrap_or_else(|| PathBuf::from("."))
        .join(".vss-cli")
        .join("config.yaml")
}

/// The home folder, which holds the Python tool's files and ours, as Python's `Path.home()`
/// finds it: `$HOME` unless empty, else the password database.
#[expect(
    clippy::disallowed_methods,
    reason = "the one reader of $HOME and the password database, needed before the settings \
              exist (it finds the configuration file)"
)]
pub(crate) fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
        .or_else(std::env::home_dir)
}

#[cfg(test)]
#[allow(
    clippy::disallowed_methods,
    reason = "tests write their fixtures directly"
)]
mod tests {
    use super::*;

    /// As Python vss-cli 2026.x writes it (made-up token).
    const PYTHON_2026: &str = include_str!("../tests/fixtures/python-config-2026.yaml");
    /// As older releases wrote it: base64 `auth`, two-space indentation, sorted keys.
    const PYTHON_LEGACY: &str = include_str!("../tests/fixtures/python-config-legacy.yaml");

    fn parse(text: &str) -> ConfigFile {
        serde_saphyr::from_str(text).unwrap()
    }

    #[test]
    fn reads_a_python_2026_config() {
        let cfg = parse(PYTHON_2026);
        assert_eq!(cfg.general.default_endpoint_name.as_deref(), Some("mock"));
        assert_eq!(cfg.general.timeout, Some(60));
        assert_eq!(cfg.general.output.as_deref(), Some("auto"));
        assert_eq!(cfg.endpoints.len(), 3);
        let ep = cfg.endpoint(None).unwrap();
        assert_eq!(ep.url, "http://127.0.0.1:18788");
        assert!(ep.legacy_auth().is_none());
        assert!(ep.user().is_none());
        let token = ep.python_token().unwrap();
        assert!(token.expose().starts_with("eyJ0eXAiOiJKV1Qi"));
        // The placeholder endpoints have null `auth` and `token`.
        let placeholder = cfg.endpoint(Some("cloud-api")).unwrap();
        assert!(placeholder.python_token().is_none() && placeholder.legacy_auth().is_none());
    }

    #[test]
    fn reads_an_older_config_with_base64_auth() {
        let cfg = parse(PYTHON_LEGACY);
        let ep = cfg.endpoint(None).unwrap();
        assert_eq!(ep.name, "mock");
        let (user, pass) = ep.legacy_auth().unwrap();
        assert_eq!(
            (user.as_str(), pass.expose()),
            ("frank", "made-up password 1")
        );
        assert_eq!(ep.user().as_deref(), Some("frank"));
        assert_eq!(
            cfg.endpoint(Some("https://cloud-api.eis.utoronto.ca/"))
                .unwrap()
                .name,
            "cloud-api"
        );
    }

    #[test]
    fn only_the_first_colon_of_auth_separates() {
        let cfg = parse(
            "general: {}\nendpoints:\n- url: https://x.example\n  auth: am06czNjcjN0OnA0c3M=\n",
        );
        let (user, pass) = cfg.endpoints[0].legacy_auth().unwrap();
        assert_eq!((user.as_str(), pass.expose()), ("jm", "s3cr3t:p4ss"));
        // No name: the first label of the host, as the Python tool does.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(
            &path,
            "general:\nendpoints:\n- url: https://cloud-api.example.org/\n",
        )
        .unwrap();
        assert_eq!(
            ConfigFile::load(&path).unwrap().endpoints[0].name,
            "cloud-api"
        );
    }

    #[test]
    fn a_rewrite_keeps_what_it_does_not_own() {
        let mut cfg = parse(PYTHON_2026);
        cfg.set("timeout", "30").unwrap();
        cfg.upsert(EndpointEntry {
            url: "http://127.0.0.1:18788".into(),
            name: "mock".into(),
            username: Some("erin".into()),
            ..EndpointEntry::default()
        });
        let text = to_yaml(&cfg).unwrap();
        let again = parse(&text);
        let ep = again.endpoint(Some("mock")).unwrap();
        assert_eq!(ep.username.as_deref(), Some("erin"));
        // The Python tool's token, and its null `auth`, are still there, in their order.
        assert_eq!(
            ep.python_token().unwrap().expose(),
            cfg.endpoint(Some("mock"))
                .unwrap()
                .python_token()
                .unwrap()
                .expose()
        );
        let keys: Vec<&str> = ep.extra.keys().map(String::as_str).collect();
        assert_eq!(keys, ["auth", "token", "tf_enabled"]);
        assert_eq!(ep.extra["auth"], Value::Null);
        assert_eq!(again.general.timeout, Some(30));
        assert_eq!(
            again.general.extra["gpt_token"],
            Value::String(String::new())
        );
        assert_eq!(again.general.extra["columns_width"], Value::from(-1));
        assert_eq!(again.endpoints.len(), 3);
    }

    #[test]
    fn strings_that_look_like_other_types_stay_strings() {
        // PyYAML and ruamel read bare `yes`, `on`, `NO` as booleans and `2001-12-14` as a date.
        let mut cfg = parse("general:\n  note: 'yes'\nendpoints: []\n");
        for (k, v) in [
            ("a", "on"),
            ("b", "NO"),
            ("c", "2001-12-14"),
            ("d", "null"),
            ("e", "0x1F"),
        ] {
            cfg.general.extra.insert(k.into(), Value::String(v.into()));
        }
        let text = to_yaml(&cfg).unwrap();
        for bare in [
            "note: yes",
            "a: on",
            "b: NO",
            "c: 2001-12-14",
            "d: null",
            "e: 0x1F",
        ] {
            assert!(!text.contains(bare), "{bare} unquoted in:\n{text}");
        }
        let again = parse(&text);
        assert_eq!(again.general.extra["note"], Value::String("yes".into()));
        assert_eq!(again.general.extra["c"], Value::String("2001-12-14".into()));
    }

    #[test]
    fn names_come_from_the_host() {
        assert_eq!(name_for("https://cloud-api.eis.utoronto.ca"), "cloud-api");
        assert_eq!(name_for("http://127.0.0.1:8787"), "127.0.0.1-8787");
        assert_eq!(name_for("http://localhost:9"), "localhost-9");
    }

    #[test]
    fn set_checks_values() {
        let mut cfg = parse(PYTHON_LEGACY);
        cfg.set("output", "json").unwrap();
        assert!(cfg.set("output", "xml").is_err());
        assert!(cfg.set("timeout", "0").is_err());
        assert!(cfg.set("default_endpoint_name", "nope").is_err());
        assert!(cfg.set("colour", "x").is_err());
    }

    #[test]
    fn vpn_server_is_the_python_tools_and_takes_urls_of_hosts() {
        let mut cfg = parse(PYTHON_2026);
        assert_eq!(
            cfg.general.vpn_server(),
            Some("https://vskey-vn.eis.utoronto.ca")
        );
        cfg.set("vpn_server", "vpn.example.org/").unwrap();
        assert_eq!(cfg.general.vpn_server(), Some("https://vpn.example.org"));
        // Where the Python tool wrote it, among its settings.
        let again = parse(&to_yaml(&cfg).unwrap());
        let keys: Vec<&str> = again.general.extra.keys().map(String::as_str).collect();
        assert_eq!(keys[3], "vpn_server", "{keys:?}");
        for bad in ["ftp://x.example", "http://", "https://h.example/?a=1", "::"] {
            assert!(cfg.set("vpn_server", bad).is_err(), "{bad}");
        }
        assert!(parse("general: {}\nendpoints: []\n")
            .general
            .vpn_server()
            .is_none());
    }
}
