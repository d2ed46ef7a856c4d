//! Which certificate authorities HTTPS endpoints are checked against: the operating system's
//! store, plus the PEM bundles the user names. Read only when a command makes a call.
//!
//! * `--ca-bundle PATH` / `VSS_CA_BUNDLE` and `REQUESTS_CA_BUNDLE` (the Python tool's) are
//!   added to the operating system's store.
//! * `SSL_CERT_FILE` is read as OpenSSL reads it: on Linux and the BSDs it takes the place of
//!   the system store (the platform verifier loads it); on macOS and Windows, whose own
//!   verifiers never read it, it is added like the others.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A bundle of CA certificates named by the user, and where it was named.
#[derive(Debug, Clone)]
struct Bundle {
    path: PathBuf,
    /// The option or variable that named it, for messages.
    source: &'static str,
}

/// The bundles to trust beside (or, for `SSL_CERT_FILE` on Linux, instead of) the system's.
#[derive(Debug, Clone, Default)]
pub(crate) struct Trust {
    bundles: Vec<Bundle>,
    /// `SSL_CERT_FILE`, checked here and read by the system store's loader.
    ssl_cert_file: Option<PathBuf>,
}

impl Trust {
    /// `--ca-bundle`/`VSS_CA_BUNDLE` (already resolved by clap) and the variables the Python
    /// tool and OpenSSL read.
    pub(crate) fn new(
        ca_bundle: Option<PathBuf>,
        requests_ca_bundle: Option<PathBuf>,
        ssl_cert_file: Option<PathBuf>,
    ) -> Trust {
        let non_empty = |p: Option<PathBuf>| p.filter(|p| !p.as_os_str().is_empty());
        let mut bundles = Vec::new();
        if let Some(path) = non_empty(ca_bundle) {
            bundles.push(Bundle {
                path,
                source: "--ca-bundle / VSS_CA_BUNDLE",
            });
        }
        if let Some(path) = non_empty(requests_ca_bundle) {
            bundles.push(Bundle {
                path,
                source: "REQUESTS_CA_BUNDLE",
            });
        }
        Trust {
            bundles,
            ssl_cert_file: non_empty(ssl_cert_file),
        }
    }

    /// The same, from the environment.
    pub(crate) fn from_env(ca_bundle: Option<PathBuf>) -> Trust {
        Trust::new(
            ca_bundle,
            std::env::var_os("REQUESTS_CA_BUNDLE").map(PathBuf::from),
            std::env::var_os("SSL_CERT_FILE").map(PathBuf::from),
        )
    }

    /// The certificates to add to the system store. Each named bundle is read and must hold
    /// at least one PEM certificate; a bundle that does not is a file error (exit 7).
    pub(crate) fn extra_roots(&self) -> Result<Vec<reqwest::Certificate>> {
        let mut roots = Vec::new();
        for bundle in &self.bundles {
            roots.extend(read_bundle(&bundle.path, bundle.source)?);
        }
        if let Some(path) = &self.ssl_cert_file {
            let certs = read_bundle(path, "SSL_CERT_FILE")?;
            if !SYSTEM_LOADER_READS_SSL_CERT_FILE {
                roots.extend(certs);
            }
        }
        Ok(roots)
    }

    /// Where the extra certificates come from, for messages: `PATH (--ca-bundle / ...)`.
    pub(crate) fn describe(&self) -> String {
        let mut parts: Vec<String> = self
            .bundles
            .iter()
            .map(|b| format!("{} ({})", b.path.display(), b.source))
            .collect();
        if let Some(path) = &self.ssl_cert_file {
            parts.push(format!("{} (SSL_CERT_FILE)", path.display()));
        }
        parts.join(", ")
    }
}

/// Whether the system store's loader (rustls-native-certs, under the platform verifier) reads
/// `SSL_CERT_FILE` itself, in place of the system's bundle.
const SYSTEM_LOADER_READS_SSL_CERT_FILE: bool = cfg!(all(
    unix,
    not(target_os = "android"),
    not(target_vendor = "apple")
));

/// The certificates of a PEM bundle.
fn read_bundle(path: &Path, source: &str) -> Result<Vec<reqwest::Certificate>> {
    let hint = || {
        format!("{source} must name a PEM file of CA certificates (-----BEGIN CERTIFICATE-----)")
    };
    let bytes = std::fs::read(path).map_err(|e| Error::File {
        message: format!(
            "cannot read the CA bundle {} ({source}): {}",
            path.display(),
            crate::api::root_cause(&e)
        ),
        hint: Some(hint()),
    })?;
    let certs = reqwest::Certificate::from_pem_bundle(&bytes).map_err(|e| Error::File {
        message: format!(
            "the CA bundle {} ({source}) is not valid PEM: {}",
            path.display(),
            crate::api::root_cause(&e)
        ),
        hint: Some(hint()),
    })?;
    if certs.is_empty() {
        return Err(Error::File {
            message: format!(
                "the CA bundle {} ({source}) holds no certificate",
                path.display()
            ),
            hint: Some(hint()),
        });
    }
    Ok(certs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_values_are_ignored() {
        let t = Trust::new(Some("".into()), Some("".into()), Some("".into()));
        assert!(t.bundles.is_empty() && t.ssl_cert_file.is_none());
        assert!(t.extra_roots().unwrap().is_empty());
    }

    #[test]
    fn a_bundle_without_certificates_is_a_file_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.pem");
        std::fs::write(&path, "not a certificate\n").unwrap();
        let e = Trust::new(Some(path.clone()), None, None)
            .extra_roots()
            .unwrap_err();
        assert_eq!(e.exit_code(), crate::exit_codes::ExitCode::File);
        assert!(e.to_string().contains("holds no certificate"), "{e}");
        let e = Trust::new(None, Some(dir.path().join("missing.pem")), None)
            .extra_roots()
            .unwrap_err();
        assert!(e.to_string().contains("(REQUESTS_CA_BUNDLE)"), "{e}");
    }
}
