//! The real `vss-cli` binary against an in-process server: a clean environment, a temporary
//! home, and the steps a user takes that other tests build on.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;
use vss_mock_server::{Clock, NewUser, Role};

use crate::outbox::Outbox;
use crate::server::{user, TestServer};
use crate::PASSWORD;

/// How the client is told to trust the certificate authority of an HTTPS test server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// `--ca-bundle PATH`.
    Flag,
    /// `VSS_CA_BUNDLE=PATH`.
    VssCaBundle,
    /// `REQUESTS_CA_BUNDLE=PATH`, as Python users have it.
    RequestsCaBundle,
    /// `SSL_CERT_FILE=PATH`, as OpenSSL reads it.
    SslCertFile,
}

/// A server and a client home.
pub struct Env {
    pub server: TestServer,
    /// The server's clock.
    pub clock: Clock,
    /// `HOME` and working directory of the client.
    pub home: TempDir,
    /// Administrators enrolled by [`Env::admin_cli`]: name → (key, API token).
    admins: RefCell<HashMap<String, (String, String)>>,
    /// With HTTPS, how the client trusts the server's certificate authority.
    trust: Option<Trust>,
}

impl Env {
    pub fn start() -> Env {
        let server = TestServer::start();
        Env {
            clock: server.clock().clone(),
            server,
            home: tempfile::tempdir().unwrap(),
            admins: RefCell::default(),
            trust: None,
        }
    }

    /// The server over HTTPS (a certificate authority made at start, its certificate in the
    /// server's data folder), and every client trusting it through `trust`.
    pub fn start_https(trust: Trust) -> Env {
        Env::start_https_with(trust, |_| {})
    }

    /// The same, after `tune` changed the server's configuration (e.g. its
    /// [`Replies`](vss_mock_server::Replies)).
    pub fn start_https_with(trust: Trust, tune: impl FnOnce(&mut vss_mock_server::Config)) -> Env {
        let server = TestServer::start_https_with(tune);
        Env {
            clock: server.clock().clone(),
            server,
            home: tempfile::tempdir().unwrap(),
            admins: RefCell::default(),
            trust: Some(trust),
        }
    }

    /// What tells the client to trust the server's certificate authority, as the test chose:
    /// arguments to put first, and an environment variable.
    fn trust(&self) -> (Vec<std::ffi::OsString>, Option<(&'static str, PathBuf)>) {
        let (Some(trust), Some(ca)) = (self.trust, self.server.ca()) else {
            return (Vec::new(), None);
        };
        let ca = ca.to_owned();
        match trust {
            Trust::Flag => (vec!["--ca-bundle".into(), ca.into()], None),
            Trust::VssCaBundle => (Vec::new(), Some(("VSS_CA_BUNDLE", ca))),
            Trust::RequestsCaBundle => (Vec::new(), Some(("REQUESTS_CA_BUNDLE", ca))),
            Trust::SslCertFile => (Vec::new(), Some(("SSL_CERT_FILE", ca))),
        }
    }

    /// Stops the server and starts it again on the same data (a new port).
    pub fn restart(&mut self) {
        self.server.restart();
    }

    pub fn url(&self) -> String {
        self.server.url()
    }

    pub fn outbox(&self) -> Outbox {
        self.server.outbox()
    }

    /// Adds the account `name` (e-mail `name@example.com`, no phone), as `vss-mock-server
    /// user add` does.
    pub fn add_user(&self, name: &str) {
        self.server.add_user(NewUser {
            phone: None,
            ..user(name)
        });
    }

    /// Adds accounts `(name, domain, role)` at once; see [`TestServer::add_users`].
    pub fn add_users(&self, accounts: &[(&str, &str, Role)]) {
        self.server.add_users(accounts);
    }

    /// `vss-cli` with only this environment: endpoint, user and password set, no terminal.
    pub fn cli(&self, user: &str) -> Command {
        let mut cmd = self.bare_cli();
        cmd.env("VSS_ENDPOINT", self.url())
            .env("VSS_USER", user)
            .env("VSS_USER_PASS", PASSWORD);
        cmd
    }

    /// `vss-cli` as the administrator `user`, who must use MFA to administer: on first use it
    /// enrols with AUTHENTICATOR and logs in with a code computed from the returned key; the
    /// command gets that token as `VSS_TOKEN` (a new login, a time step later, once it is
    /// about to expire by the server's clock).
    pub fn admin_cli(&self, user: &str) -> Command {
        let mut admins = self.admins.borrow_mut();
        let now = self.clock.unix();
        let stale = |token: &str| token_expiry(token) <= now + 60;
        match admins.get_mut(user) {
            Some((key, token)) if stale(token) => {
                self.next_step();
                *token = self.server.token_with(user, Some(&self.server.code(key)));
            }
            Some(_) => {}
            None => {
                let (key, token) = self.server.enrolled_token(user);
                admins.insert(user.to_owned(), (key, token));
            }
        }
        let mut cmd = self.cli(user);
        cmd.env("VSS_TOKEN", &admins[user].1);
        cmd
    }

    /// The TOTP key of an administrator enrolled by [`Env::admin_cli`].
    pub fn admin_key(&self, user: &str) -> String {
        self.admins.borrow()[user].0.clone()
    }

    /// `vss-cli` with a clean environment and nothing set (but the trust of an HTTPS
    /// server's certificate authority).
    pub fn bare_cli(&self) -> Command {
        let mut cmd = Command::new(client_binary());
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            // Secrets in a file under the temporary home, not the machine's keyring.
            .env("VSS_SECRET_STORE", "file")
            .current_dir(self.home.path())
            .write_stdin("");
        let (args, var) = self.trust();
        cmd.args(args);
        if let Some((name, value)) = var {
            cmd.env(name, value);
        }
        cmd
    }

    /// `vss-cli ARGS` for a pseudo-terminal: a clean environment with `TERM`, endpoint and user
    /// set, and no password (the terminal is asked).
    pub fn pty_command(&self, user: &str, args: &[&str]) -> StdCommand {
        let mut cmd = StdCommand::new(client_binary());
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            .env("TERM", "xterm-256color")
            .env("VSS_SECRET_STORE", "file")
            .env("VSS_ENDPOINT", self.url())
            .env("VSS_USER", user)
            .current_dir(self.home.path());
        let (trust_args, var) = self.trust();
        cmd.args(trust_args).args(args);
        if let Some((name, value)) = var {
            cmd.env(name, value);
        }
        cmd
    }

    /// `~/.vss-cli` of the client.
    pub fn config_dir(&self) -> PathBuf {
        self.home.path().join(".vss-cli")
    }

    /// Enrols `user` with AUTHENTICATOR and verifies it; returns the key.
    pub fn enable_authenticator(&self, user: &str) -> String {
        self.enable_with_codes(user).0
    }

    /// Enrols `user` with AUTHENTICATOR, verifies it, and returns the key and recovery codes.
    pub fn enable_with_codes(&self, user: &str) -> (String, Vec<String>) {
        let enrolled = json_out(self.cli(user).args([
            "-o",
            "json",
            "account",
            "set",
            "mfa",
            "mk",
            "AUTHENTICATOR",
            "--no-save-recovery-codes",
        ]));
        let key = enrolled["key"].as_str().unwrap().to_owned();
        let codes = crate::strings(&enrolled["recovery_codes"]);
        self.cli(user)
            .args(["account", "set", "mfa", "verify", &self.totp_now(&key)])
            .assert()
            .success();
        self.next_step();
        (key, codes)
    }

    /// The server's clock as a phone would see it: a code for the current time step.
    pub fn totp_now(&self, key: &str) -> String {
        self.server.code(key)
    }

    /// Moves the server clock to the next TOTP time step (so a new code is due).
    pub fn next_step(&self) {
        self.server.next_step();
    }

    /// The newest e-mailed verification code for `user`.
    pub fn mailed_code(&self, user: &str) -> String {
        self.outbox().mailed_code(user)
    }

    /// The newest e-mailed disable confirmation token for `user`.
    pub fn mailed_token(&self, user: &str) -> String {
        self.outbox().mailed_token(user)
    }

    /// The code in the newest SMS to `phone`.
    pub fn texted_code(&self, phone: &str) -> String {
        self.outbox().texted_code(phone)
    }
}

/// The `exp` claim of a JWT, read without checking it.
fn token_expiry(token: &str) -> i64 {
    use base64::Engine as _;
    let payload = token.split('.').nth(1).expect("a JWT");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .expect("base64url");
    let claims: Value = serde_json::from_slice(&bytes).expect("JSON claims");
    claims["exp"].as_i64().expect("an exp claim")
}

/// The `vss-cli` binary cargo built for the running test.
pub fn client_binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("vss-cli")
}

/// Runs a command and parses its stdout as JSON, asserting success.
pub fn json_out(cmd: &mut Command) -> Value {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "failed ({:?}): {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

/// Mode bits of a file.
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}
