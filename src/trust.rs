//! Which certificate authorities HTTPS endpoints are checked against: the operating system's
//! store, plus the PEM bundles the user names. Read only when a command makes a call, and the
//! system store only when a certificate needs it.
//!
//! * `--ca-bundle PATH` / `VSS_CA_BUNDLE` and `REQUESTS_CA_BUNDLE` (the Python tool's) are
//!   added to the operating system's store.
//! * `SSL_CERT_FILE` is read as OpenSSL reads it: on Linux and the BSDs it takes the place of
//!   the system store (the platform verifier loads it); on macOS and Windows, whose own
//!   verifiers never read it, it is added like the others.
//!
//! A certificate is checked against the named bundles first; only when they do not vouch for
//! it is the system store loaded (by rustls-platform-verifier, with the bundles added), which
//! costs a few milliseconds: a plain-HTTP endpoint, or one signed by a named authority, never
//! pays for it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

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

    /// The TLS configuration of the HTTP client. Each named bundle is read here and must hold
    /// at least one usable PEM certificate; a bundle that does not is a file error (exit 7).
    pub(crate) fn client_config(&self) -> Result<rustls::ClientConfig> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut named = Vec::new();
        for bundle in &self.bundles {
            named.extend(read_bundle(&bundle.path, bundle.source)?);
        }
        if let Some(path) = &self.ssl_cert_file {
            // On Linux the system store's loader reads it again, as the whole store.
            named.extend(read_bundle(path, "SSL_CERT_FILE")?);
        }
        let named_verifier = if named.is_empty() {
            None
        } else {
            let mut roots = rustls::RootCertStore::empty();
            for cert in &named {
                roots.add(cert.clone()).map_err(|e| Error::File {
                    message: format!(
                        "a certificate of {} cannot be used as an authority: {e}",
                        self.describe()
                    ),
                    hint: None,
                })?;
            }
            Some(
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), Arc::clone(&provider))
                    .build()
                    .map_err(|e| Error::File {
                        message: format!("cannot use the certificates of {}: {e}", self.describe()),
                        hint: None,
                    })?,
            )
        };
        let verifier = Verifier {
            provider: Arc::clone(&provider),
            named: named_verifier,
            named_roots: named,
            system: OnceLock::new(),
        };
        let mut config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::server(format!("cannot set up TLS: {e}")))?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(config)
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

/// The certificates of a PEM bundle.
fn read_bundle(path: &Path, source: &str) -> Result<Vec<CertificateDer<'static>>> {
    let hint = || {
        format!("{source} must name a PEM file of CA certificates (-----BEGIN CERTIFICATE-----)")
    };
    let bytes = std::fs::read(path).map_err(|e| Error::File {
        message: format!(
            "cannot read the CA bundle {} ({source}): {}",
            path.display(),
            crate::error::root_cause(&e)
        ),
        hint: Some(hint()),
    })?;
    let certs = CertificateDer::pem_slice_iter(&bytes)
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| {
            use rustls::pki_types::pem::Error as Pem;
            let why = match e {
                Pem::Base64Decode(_) => "the base64 text of a certificate is damaged".to_owned(),
                Pem::MissingSectionEnd { .. } => "a section has no -----END line".to_owned(),
                Pem::IllegalSectionStart { .. } => "a -----BEGIN line is malformed".to_owned(),
                other => other.to_string(),
            };
            Error::File {
                message: format!(
                    "the CA bundle {} ({source}) is not valid PEM: {why}",
                    path.display()
                ),
                hint: Some(hint()),
            }
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

/// Checks a server's certificate against the named bundles, then, only if they do not vouch
/// for it, against the system store with the bundles added.
#[derive(Debug)]
struct Verifier {
    provider: Arc<CryptoProvider>,
    named: Option<Arc<WebPkiServerVerifier>>,
    named_roots: Vec<CertificateDer<'static>>,
    system: OnceLock<std::result::Result<rustls_platform_verifier::Verifier, rustls::Error>>,
}

impl Verifier {
    fn system(&self) -> std::result::Result<&rustls_platform_verifier::Verifier, rustls::Error> {
        self.system
            .get_or_init(|| {
                rustls_platform_verifier::Verifier::new_with_extra_roots(
                    self.named_roots.iter().cloned(),
                    Arc::clone(&self.provider),
                )
            })
            .as_ref()
            .map_err(Clone::clone)
    }
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        if let Some(named) = &self.named {
            let checked = named.verify_server_cert(
                end_entity,
                intermediates,
                server_name,
                ocsp_response,
                now,
            );
            if checked.is_ok() {
                return checked;
            }
        }
        self.system()?.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        )
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
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
    fn empty_values_are_ignored() {
        let t = Trust::new(Some("".into()), Some("".into()), Some("".into()));
        assert!(t.bundles.is_empty() && t.ssl_cert_file.is_none());
        assert!(t.client_config().is_ok());
    }

    #[test]
    fn a_bundle_without_certificates_is_a_file_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.pem");
        std::fs::write(&path, "not a certificate\n").unwrap();
        let e = Trust::new(Some(path.clone()), None, None)
            .client_config()
            .unwrap_err();
        assert_eq!(e.exit_code(), crate::exit_codes::ExitCode::File);
        assert!(e.to_string().contains("holds no certificate"), "{e}");
        let e = Trust::new(None, Some(dir.path().join("missing.pem")), None)
            .client_config()
            .unwrap_err();
        assert!(e.to_string().contains("(REQUESTS_CA_BUNDLE)"), "{e}");
    }
}
