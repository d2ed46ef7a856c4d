//! HTTPS as the client sees it: a certificate it cannot trust (an unknown authority, expired,
//! for another host name) ends the call during the TLS handshake, with exit 5, the reason and
//! a hint, before any request — a recording server shows that no request, and so no
//! credential, reached it; CA bundles that cannot be used are exit 7 before any connection;
//! and the bundles are read only by commands that make a call.

use std::path::Path;

use serde_json::json;
use vss_testkit::assert_cmd_snapshot;
use vss_testkit::certs::{TestCa, Validity};
use vss_testkit::recorder::{Answer, Recorder};
use vss_testkit::{Env, TestServer, PASSWORD};

/// A server that hands out a token to anyone, over HTTPS with `tls`.
fn recorder(tls: std::sync::Arc<rustls::ServerConfig>) -> Recorder {
    Recorder::https(tls, |_| Answer::json(200, json!({"token": "opaque-token"})))
}

/// `vss-cli -e URL -u ana -p PASSWORD token mk`, with `ca` trusted through `--ca-bundle`.
fn token_mk(env: &Env, url: &str, ca: Option<&Path>) -> assert_cmd::Command {
    let mut cmd = env.bare_cli();
    if let Some(ca) = ca {
        cmd.arg("--ca-bundle").arg(ca);
    }
    cmd.args(["-e", url, "-u", "ana", "-p", PASSWORD, "token", "mk"]);
    cmd
}

/// The recorder received no request, and its TLS handshake with the client failed.
#[track_caller]
fn nothing_was_sent(server: &Recorder) {
    assert!(server.connections() >= 1, "the client never connected");
    assert!(
        server.requests().is_empty(),
        "the server received {:?}",
        server.requests()
    );
    // The client is gone; the server notes the handshake's end a moment later.
    let waited = std::time::Instant::now();
    while server.failed_handshakes().is_empty() && waited.elapsed().as_secs() < 10 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let failed = server.failed_handshakes();
    assert!(!failed.is_empty(), "no failed handshake");
    assert!(
        failed.iter().all(|e| e.contains("alert")),
        "the client did not refuse the certificate with an alert: {failed:?}"
    );
}

#[test]
fn a_trusted_certificate_lets_the_request_and_its_credentials_through() {
    // The control for the tests below: with nothing wrong, the recorder sees the request.
    let env = Env::start();
    let ca = TestCa::new("private CA");
    let ca_file = ca.write(env.home.path(), "ca.pem");
    let server = recorder(ca.server_config(&["127.0.0.1"], Validity::Current));
    token_mk(&env, &server.url(), Some(&ca_file))
        .assert()
        .success()
        .stdout("opaque-token\n");
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_eq!(requests[0].path, "/auth/request-token");
    assert!(requests[0]
        .header("authorization")
        .is_some_and(|v| v.starts_with("Basic ")));
}

#[test]
fn an_unknown_authority_is_refused_before_anything_is_sent() {
    let env = Env::start();
    let server =
        recorder(TestCa::new("private CA").server_config(&["127.0.0.1"], Validity::Current));
    assert_cmd_snapshot!(token_mk(&env, &server.url(), None));
    nothing_was_sent(&server);

    // Trusting another authority does not help.
    let other = TestCa::new("another CA").write(env.home.path(), "other.pem");
    token_mk(&env, &server.url(), Some(&other)).assert().code(5);
    assert!(server.requests().is_empty());
}

#[test]
fn an_expired_certificate_is_refused_before_anything_is_sent() {
    let env = Env::start();
    let ca = TestCa::new("private CA");
    let ca_file = ca.write(env.home.path(), "ca.pem");
    let server = recorder(ca.server_config(&["127.0.0.1"], Validity::Expired));
    assert_cmd_snapshot!(token_mk(&env, &server.url(), Some(&ca_file)));
    nothing_was_sent(&server);
}

#[test]
fn a_certificate_for_another_name_is_refused_before_anything_is_sent() {
    let env = Env::start();
    let ca = TestCa::new("private CA");
    let ca_file = ca.write(env.home.path(), "ca.pem");
    let server = recorder(ca.server_config(&["vss.example.org"], Validity::Current));
    assert_cmd_snapshot!(token_mk(&env, &server.url(), Some(&ca_file)));
    nothing_was_sent(&server);
}

#[test]
fn the_bundled_server_over_https_needs_its_authority_trusted() {
    let env = Env::start();
    env.add_user("ana");
    let server = TestServer::start_https();
    server.add_user(vss_testkit::user("ana"));
    let url = server.url();
    assert!(url.starts_with("https://"), "{url}");
    assert_cmd_snapshot!(token_mk(&env, &url, None));
    token_mk(&env, &url, server.ca()).assert().success();
    // The server makes a new authority each start and replaces the file: the old one is not
    // trusted by the new server, as a stale bundle would not be.
    let stale = env.home.path().join("stale.pem");
    std::fs::copy(server.ca().unwrap(), &stale).unwrap();
    let again = TestServer::start_https();
    again.add_user(vss_testkit::user("ana"));
    token_mk(&env, &again.url(), Some(&stale)).assert().code(5);
}

#[test]
fn ca_bundles_that_cannot_be_used_fail_before_any_connection() {
    let env = Env::start();
    let server =
        recorder(TestCa::new("private CA").server_config(&["127.0.0.1"], Validity::Current));
    let url = server.url();
    let missing = env.home.path().join("missing.pem");
    assert_cmd_snapshot!("ca_bundle_missing", token_mk(&env, &url, Some(&missing)));

    let not_pem = env.home.path().join("notes.txt");
    std::fs::write(&not_pem, "this is not a certificate\n").unwrap();
    let mut cmd = token_mk(&env, &url, None);
    cmd.env("VSS_CA_BUNDLE", &not_pem);
    assert_cmd_snapshot!("ca_bundle_without_certificates", cmd);

    let broken = env.home.path().join("broken.pem");
    std::fs::write(
        &broken,
        "-----BEGIN CERTIFICATE-----\n!!! not base64 !!!\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    let mut cmd = token_mk(&env, &url, None);
    cmd.env("REQUESTS_CA_BUNDLE", &broken);
    assert_cmd_snapshot!("ca_bundle_not_pem", cmd);

    let mut cmd = token_mk(&env, &url, None);
    cmd.env("SSL_CERT_FILE", &missing);
    assert_cmd_snapshot!("ssl_cert_file_missing", cmd);

    assert_eq!(server.connections(), 0, "the client connected");
}

#[test]
fn commands_that_make_no_call_never_read_the_bundles() {
    let env = Env::start();
    let missing = env.home.path().join("missing.pem");
    for args in [
        &["configure", "ls"][..],
        &["completion", "bash"],
        &["--version"],
    ] {
        env.bare_cli()
            .arg("--ca-bundle")
            .arg(&missing)
            .env("REQUESTS_CA_BUNDLE", &missing)
            .env("SSL_CERT_FILE", &missing)
            .args(args)
            .assert()
            .success();
    }
}

/// `vss-cli -e URL -u ana -p PASSWORD token mk` under strace, with `ca` trusted through the
/// variable `var` (or the flag `--ca-bundle`); its exit code and the files it opened.
fn login_traced(env: &Env, url: &str, trust: Option<(&str, &Path)>) -> (Option<i32>, Vec<String>) {
    let trace = env.home.path().join("trace.txt");
    let mut cmd = std::process::Command::new("strace");
    cmd.args(["-f", "-qq", "-e", "trace=openat,open", "-o"])
        .arg(&trace)
        .arg(vss_testkit::client::client_binary())
        .args(["-e", url, "-u", "ana", "-p", PASSWORD, "token", "mk"])
        .env_clear()
        .env("HOME", env.home.path())
        .env("VSS_SECRET_STORE", "file")
        .current_dir(env.home.path());
    match trust {
        Some(("--ca-bundle", ca)) => cmd.arg("--ca-bundle").arg(ca),
        Some((var, ca)) => cmd.env(var, ca),
        None => &mut cmd,
    };
    let out = cmd.output().unwrap();
    let files = std::fs::read_to_string(&trace)
        .unwrap()
        .lines()
        .filter_map(|l| l.split('"').nth(1).map(str::to_owned))
        .collect();
    (out.status.code(), files)
}

/// Whether `files` include the system's certificate store.
fn reads_system_store(files: &[String]) -> bool {
    files.iter().any(|f| {
        [
            "/etc/ssl/",
            "/etc/pki/",
            "/usr/lib/ssl/",
            "ca-certificates",
            "ca-bundle",
        ]
        .iter()
        .any(|p| f.contains(p))
    })
}

#[test]
fn the_system_store_is_read_only_for_a_certificate_that_needs_it() {
    if !vss_testkit::tools::program("strace", "apt-get install strace") {
        return;
    }
    let env = Env::start();
    env.add_user("ana");
    let https = TestServer::start_https();
    https.add_user(vss_testkit::user("ana"));
    let ca = https.ca().unwrap();

    // Plain HTTP, and HTTPS whose authority a named bundle holds: never.
    let (code, files) = login_traced(&env, &env.url(), None);
    assert_eq!(code, Some(0));
    assert!(!reads_system_store(&files), "{files:?}");
    for how in [
        "--ca-bundle",
        "VSS_CA_BUNDLE",
        "REQUESTS_CA_BUNDLE",
        "SSL_CERT_FILE",
    ] {
        let (code, files) = login_traced(&env, &https.url(), Some((how, ca)));
        assert_eq!(code, Some(0), "{how}");
        assert!(!reads_system_store(&files), "{how}: {files:?}");
    }
    // A certificate no named bundle vouches for: the system store decides.
    let server =
        recorder(TestCa::new("in no bundle").server_config(&["127.0.0.1"], Validity::Current));
    let (code, files) = login_traced(&env, &server.url(), Some(("--ca-bundle", ca)));
    assert_eq!(code, Some(5));
    assert!(reads_system_store(&files), "{files:?}");
}
