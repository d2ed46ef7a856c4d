//! The test environment: the real bundled server started in-process on 127.0.0.1:0, its
//! outbox read like a person reads mail and texts, and the real `vss-cli` binary run with a
//! clean environment and a temporary home.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

use vss_mock_server::{self as server, Clock, Config, Handle, NewUser, Role};
use vss_wire::Secret;

pub const PASSWORD: &str = "correct horse battery staple";

pub struct Env {
    pub server: Option<Handle>,
    pub clock: Clock,
    /// Server data (database, keys, outbox).
    pub data: TempDir,
    /// `HOME` and working directory of the client.
    pub home: TempDir,
}

impl Env {
    pub fn start() -> Env {
        let data = tempfile::tempdir().unwrap();
        let home = tempfile::tempdir().unwrap();
        let clock = Clock::system();
        let server = server::start(Config::in_dir(data.path()), clock.clone()).unwrap();
        Env {
            server: Some(server),
            clock,
            data,
            home,
        }
    }

    /// Stops the server and starts it again on the same data (a new port).
    pub fn restart(&mut self) {
        self.server.take().unwrap().shutdown();
        self.server =
            Some(server::start(Config::in_dir(self.data.path()), self.clock.clone()).unwrap());
    }

    pub fn url(&self) -> String {
        self.server.as_ref().unwrap().url()
    }

    pub fn outbox(&self) -> PathBuf {
        self.server.as_ref().unwrap().outbox.clone()
    }

    /// Adds an account, as `vss-mock-server user add` does.
    pub fn add_user(&self, name: &str) {
        server::add_user(
            &Config::in_dir(self.data.path()).db,
            NewUser {
                username: name.into(),
                email: format!("{name}@example.com"),
                phone: None,
                domain: "default".into(),
                role: Role::User,
                password: Secret::from(PASSWORD),
            },
        )
        .unwrap();
    }

    /// Adds accounts `(name, domain, role)` at once, as an administrator's import would (one
    /// transaction, one password hash computed once), each with the password [`PASSWORD`].
    pub fn add_users(&self, accounts: &[(&str, &str, Role)]) {
        use std::sync::OnceLock;
        use vss_mock_server::service::hash_password;
        use vss_mock_server::store::{AccountRow, Store};
        static HASH: OnceLock<String> = OnceLock::new();
        let hash = HASH.get_or_init(|| hash_password(&Secret::from(PASSWORD)).unwrap());
        let store = Store::open(&Config::in_dir(self.data.path()).db).unwrap();
        let emails: Vec<String> = accounts
            .iter()
            .map(|(n, _, _)| format!("{n}@example.com"))
            .collect();
        let rows: Vec<AccountRow<'_>> = accounts
            .iter()
            .zip(&emails)
            .map(|((name, domain, role), email)| AccountRow {
                username: name,
                email,
                phone: None,
                domain,
                role: *role,
                password_hash: hash,
            })
            .collect();
        assert!(store.insert_accounts(&rows, chrono::Utc::now()).unwrap());
    }

    /// `vss-cli` with only this environment: endpoint, user and password set, no terminal.
    pub fn cli(&self, user: &str) -> Command {
        let mut cmd = self.bare_cli();
        cmd.env("VSS_ENDPOINT", self.url())
            .env("VSS_USER", user)
            .env("VSS_USER_PASS", PASSWORD);
        cmd
    }

    /// `vss-cli` with a clean environment and nothing set.
    pub fn bare_cli(&self) -> Command {
        let mut cmd = Command::cargo_bin("vss-cli").unwrap();
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            // Secrets in a file under the temporary home, not the machine's keyring.
            .env("VSS_SECRET_STORE", "file")
            .current_dir(self.home.path())
            .write_stdin("");
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
        let codes = enrolled["recovery_codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_owned())
            .collect();
        self.cli(user)
            .args(["account", "set", "mfa", "verify", &self.totp_now(&key)])
            .assert()
            .success();
        self.next_step();
        (key, codes)
    }

    /// The same, as a std command (for the pseudo-terminal tests).
    pub fn pty_command(&self, user: &str, args: &[&str]) -> StdCommand {
        let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("vss-cli"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            .env("TERM", "xterm-256color")
            .env("VSS_SECRET_STORE", "file")
            .env("VSS_ENDPOINT", self.url())
            .env("VSS_USER", user)
            .current_dir(self.home.path())
            .args(args);
        cmd
    }

    /// The server's clock as a phone would see it: a code for the current time step.
    pub fn totp_now(&self, key: &str) -> String {
        let secret = vss_wire::otp::from_base32(key).unwrap();
        vss_wire::otp::code_at(&secret, self.clock.unix() as u64).unwrap()
    }

    /// Moves the server clock to the next TOTP time step (so a new code is due).
    pub fn next_step(&self) {
        self.clock.advance(30);
    }

    /// Every e-mail in the outbox, oldest first, decoded to plain text.
    pub fn mails(&self) -> Vec<Mail> {
        let dir = self.outbox().join("mail");
        let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
            Ok(rd) => rd.map(|e| e.unwrap().path()).collect(),
            Err(_) => return Vec::new(),
        };
        paths.retain(|p| p.extension().is_some_and(|e| e == "eml"));
        paths.sort();
        paths.iter().map(|p| Mail::read(p)).collect()
    }

    /// The value after `label` in the newest e-mail to `user` that has it.
    pub fn mailed(&self, user: &str, label: &str) -> String {
        let to = format!("{user}@example.com");
        self.mails()
            .iter()
            .rev()
            .filter(|m| m.to.contains(&to))
            .find_map(|m| m.value_after(label))
            .unwrap_or_else(|| panic!("no e-mail to {to} with {label:?}"))
    }

    /// The newest e-mailed verification code for `user`.
    pub fn mailed_code(&self, user: &str) -> String {
        self.mailed(user, "Your verification code is:")
    }

    /// The newest e-mailed disable confirmation token for `user`.
    pub fn mailed_token(&self, user: &str) -> String {
        self.mailed(user, "Your confirmation token is:")
    }

    /// Every SMS in the outbox, oldest first.
    pub fn texts(&self) -> Vec<Value> {
        let Ok(text) = std::fs::read_to_string(self.outbox().join("sms.jsonl")) else {
            return Vec::new();
        };
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// The code in the newest SMS to `phone`.
    pub fn texted_code(&self, phone: &str) -> String {
        let texts = self.texts();
        let sms = texts
            .iter()
            .rev()
            .find(|t| t["to"] == phone)
            .unwrap_or_else(|| panic!("no SMS to {phone}"));
        let body = sms["body"].as_str().unwrap();
        let code: String = body.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(code.len(), 6, "no code in SMS {body:?}");
        code
    }
}

/// One e-mail from the outbox.
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Mail {
    fn read(path: &Path) -> Mail {
        let raw = std::fs::read(path).unwrap();
        let msg = mail_parser::MessageParser::default()
            .parse(&raw)
            .unwrap_or_else(|| panic!("{} is not an RFC 5322 message", path.display()));
        let to = msg
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_owned();
        Mail {
            to,
            subject: msg.subject().unwrap_or_default().to_owned(),
            body: msg.body_text(0).unwrap_or_default().into_owned(),
        }
    }

    /// The first word after `label` in the body.
    pub fn value_after(&self, label: &str) -> Option<String> {
        let i = self.body.find(label)?;
        self.body[i + label.len()..]
            .split_whitespace()
            .next()
            .map(str::to_owned)
    }
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
