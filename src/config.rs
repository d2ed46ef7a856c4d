//! The configuration file, in the Python vss-cli's layout (`~/.vss-cli/config.yaml`):
//!
//! ```yaml
//! general:
//!   default_endpoint_name: cloud-api
//!   output: table
//!   timeout: 30
//! endpoints:
//! - name: cloud-api
//!   url: https://cloud-api.eis.utoronto.ca
//!   auth: <base64 of user:password>   # the Python tool's; read, never written by us
//!   token: <JWT>                       # likewise
//!   username: jm                       # ours: the secrets live in the keyring
//! ```
//!
//! Keys this tool does not know are kept as they are when the file is rewritten.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fsutil;
use vss_wire::Secret;

/// The whole file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct ConfigFile {
    #[serde(default)]
    pub(crate) general: General,
    #[serde(default)]
    pub(crate) endpoints: Vec<EndpointEntry>,
    #[serde(flatten)]
    pub(crate) extra: BTreeMap<String, serde_yaml::Value>,
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
    pub(crate) extra: BTreeMap<String, serde_yaml::Value>,
}

/// One configured endpoint.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct EndpointEntry {
    pub(crate) name: String,
    pub(crate) url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) username: Option<String>,
    /// The Python tool's base64 `user:password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) auth: Option<String>,
    /// The Python tool's stored API token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) token: Option<String>,
    #[serde(flatten)]
    pub(crate) extra: BTreeMap<String, serde_yaml::Value>,
}

impl EndpointEntry {
    /// User name and password from the legacy `auth` field, when it holds them.
    pub(crate) fn legacy_auth(&self) -> Option<(String, Secret)> {
        let raw = self.auth.as_deref()?.trim();
        let bytes = base64::engine::general_purpose::STANDARD.decode(raw).ok()?;
        let text = String::from_utf8(bytes).ok()?;
        let (user, pass) = text.split_once(':')?;
        Some((user.to_owned(), Secret::from(pass)))
    }

    /// The user name: ours, else the one in the legacy `auth` field.
    pub(crate) fn user(&self) -> Option<String> {
        self.username
            .clone()
            .or_else(|| self.legacy_auth().map(|(u, _)| u))
    }
}

/// Settings `configure set` accepts, with what they take.
pub(crate) const SETTABLE: &[(&str, &str)] = &[
    ("default_endpoint_name", "the name of a configured endpoint"),
    ("output", "table, json, yaml or auto"),
    ("timeout", "seconds, 1 to 3600"),
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
        serde_yaml::from_str(&text).map_err(|e| Error::File {
            message: format!("{} is not a valid configuration file: {e}", path.display()),
            hint: Some("fix or move the file; `vss-cli configure mk` writes a new one".into()),
        })
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
        let text = serde_yaml::to_string(self)
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

    /// Adds or replaces the endpoint called `entry.name`.
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
                if !matches!(value, "table" | "json" | "yaml" | "auto") {
                    return Err(Error::usage("output is one of table, json, yaml, auto"));
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
            other => {
                let known: Vec<&str> = SETTABLE.iter().map(|(k, _)| *k).collect();
                return Err(Error::usage(format!(
                    "unknown setting {other:?}; settable: {}",
                    known.join(", ")
                )));
            }
        }
        Ok(())
    }
}

/// `-c/--config`, else `~/.vss-cli/config.yaml`.
pub(crate) fn default_path() -> PathBuf {
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    home.join(".vss-cli").join("config.yaml")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PYTHON: &str = "general:
  check_for_messages: true
  default_endpoint_name: cloud-api
  output: auto
  table_format: simple
  timeout: 30
endpoints:
- auth: am06czNjcjN0OnA0c3M=
  name: cloud-api
  tf_enabled: false
  token: eyJhbGciOiJIUzI1NiJ9.e30.x
  url: https://cloud-api.eis.utoronto.ca
";

    #[test]
    fn reads_a_python_config_as_it_is() {
        let cfg: ConfigFile = serde_yaml::from_str(PYTHON).unwrap();
        let ep = cfg.endpoint(None).unwrap();
        assert_eq!(ep.url, "https://cloud-api.eis.utoronto.ca");
        let (user, pass) = ep.legacy_auth().unwrap();
        assert_eq!(user, "jm");
        // Only the first colon separates: passwords may hold colons.
        assert_eq!(pass.expose(), "s3cr3t:p4ss");
        assert_eq!(
            cfg.endpoint(Some("https://cloud-api.eis.utoronto.ca/"))
                .unwrap()
                .name,
            "cloud-api"
        );
        // Unknown keys survive a rewrite.
        let again = serde_yaml::to_string(&cfg).unwrap();
        assert!(again.contains("table_format: simple") && again.contains("tf_enabled: false"));
    }

    #[test]
    fn set_checks_values() {
        let mut cfg: ConfigFile = serde_yaml::from_str(PYTHON).unwrap();
        cfg.set("output", "json").unwrap();
        assert!(cfg.set("output", "xml").is_err());
        assert!(cfg.set("timeout", "0").is_err());
        assert!(cfg.set("default_endpoint_name", "nope").is_err());
        assert!(cfg.set("colour", "x").is_err());
    }
}
