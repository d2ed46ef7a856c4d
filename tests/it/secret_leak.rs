//! No secret in any output or log: the real `vss-mock-server` binary runs at its most verbose
//! (`-v`, `RUST_LOG=trace`), and every `vss-cli` command runs with `--debug`. Passwords, codes
//! (TOTP, e-mailed, recovery), confirmation tokens, API tokens and TOTP keys must appear in no
//! server log line and no client stderr; on stdout only where printing them is the command's
//! purpose (`mk` shows the key and recovery codes, `recovery-codes` the new codes, `token mk`
//! the token), and nowhere else.

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;
use vss_testkit::binary::ServerBinary;
use vss_testkit::client::client_binary;
use vss_testkit::Outbox;

const PASSWORD: &str = "leak-test password 9f3c";
const ADMIN_PASSWORD: &str = "leak-test admin 27b1";

fn add_user(data: &Path, args: &[&str], password: &str) {
    let out = ServerBinary::built().user_add(data, args, password);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!text.contains(password), "user add printed the password");
}

struct Run {
    /// What the command printed on stdout, and what it was allowed to show there.
    stdout: String,
    shows: Vec<String>,
    stderr: String,
    args: String,
}

struct Env {
    url: String,
    home: tempfile::TempDir,
    runs: Vec<Run>,
}

impl Env {
    /// Runs `vss-cli --debug ARGS` as `user`; `shows` are secrets the command exists to print.
    fn cli(&mut self, user: &str, password: &str, args: &[&str], shows: &[&str]) -> Run {
        let out = Command::new(client_binary())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            .env("VSS_SECRET_STORE", "file")
            .env("VSS_ENDPOINT", &self.url)
            .env("VSS_USER", user)
            .env("VSS_USER_PASS", password)
            .current_dir(self.home.path())
            .arg("--debug")
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let run = Run {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            shows: shows.iter().map(|s| s.to_string()).collect(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            args: args.join(" "),
        };
        assert!(out.status.success(), "vss-cli {}: {}", run.args, run.stderr);
        self.runs.push(Run {
            stdout: run.stdout.clone(),
            shows: run.shows.clone(),
            stderr: run.stderr.clone(),
            args: run.args.clone(),
        });
        run
    }
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn code(key: &str, at: u64) -> String {
    vss_testkit::totp_at(key, at as i64)
}

/// Whether `text` holds `secret`; six-digit codes only as a whole number.
fn holds(text: &str, secret: &str) -> bool {
    if secret.len() == 6 && secret.bytes().all(|b| b.is_ascii_digit()) {
        return text.match_indices(secret).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + 6..].chars().next();
            !before.is_some_and(|c| c.is_ascii_digit())
                && !after.is_some_and(|c| c.is_ascii_digit())
        });
    }
    text.contains(secret)
}

#[test]
fn no_secret_in_any_output_or_log() {
    let data = tempfile::tempdir().unwrap();
    add_user(
        data.path(),
        &["alice", "--email", "alice@example.com"],
        PASSWORD,
    );
    add_user(
        data.path(),
        &["bob", "--email", "bob@example.com"],
        PASSWORD,
    );
    add_user(
        data.path(),
        &["root", "--email", "root@example.com", "--role", "admin"],
        ADMIN_PASSWORD,
    );
    let mut server = ServerBinary::built().command();
    server
        .args(["-v", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data.path())
        .env("RUST_LOG", "trace");
    let server = ServerBinary::spawn(server);
    let url = server.url.clone();
    let outbox = Outbox::new(&data.path().join("outbox"));
    let mut env = Env {
        url,
        home: tempfile::tempdir().unwrap(),
        runs: Vec::new(),
    };
    let mut secrets: Vec<String> = vec![PASSWORD.into(), ADMIN_PASSWORD.into()];

    // alice: an authenticator, from configuring the endpoint to disabling MFA.
    env.cli("alice", PASSWORD, &["configure", "mk"], &[]);
    env.cli("alice", PASSWORD, &["configure", "ls"], &[]);
    env.cli("alice", PASSWORD, &["account", "get", "mfa"], &[]);
    let mk = env.cli(
        "alice",
        PASSWORD,
        &[
            "-o",
            "json",
            "account",
            "set",
            "mfa",
            "mk",
            "AUTHENTICATOR",
            "--no-save-recovery-codes",
        ],
        &[],
    );
    let enrolled: Value = serde_json::from_str(&mk.stdout).unwrap();
    let key = enrolled["key"].as_str().unwrap().to_owned();
    let uri = enrolled["uri"].as_str().unwrap().to_owned();
    let recovery: Vec<String> = enrolled["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    env.runs.last_mut().unwrap().shows = [key.clone(), uri.clone()]
        .into_iter()
        .chain(recovery.iter().cloned())
        .collect();
    secrets.extend([key.clone(), uri.clone()]);
    secrets.extend(recovery.iter().cloned());
    let t = now();
    let verify_code = code(&key, t);
    env.cli(
        "alice",
        PASSWORD,
        &["account", "set", "mfa", "verify", &verify_code],
        &[],
    );
    // The next step's code (inside the window) logs in once.
    let login_code = code(&key, t + 30);
    let token_run = env.cli(
        "alice",
        PASSWORD,
        &["--totp", &login_code, "token", "mk"],
        &[],
    );
    let token = token_run.stdout.trim().to_owned();
    assert!(token.len() > 40, "{token}");
    env.runs.last_mut().unwrap().shows = vec![token.clone()];
    secrets.extend([verify_code, login_code, token]);
    env.cli(
        "alice",
        PASSWORD,
        &["--recovery-code", &recovery[0], "account", "get", "mfa"],
        &[],
    );
    let fresh = env.cli(
        "alice",
        PASSWORD,
        &[
            "-o",
            "json",
            "--recovery-code",
            &recovery[1],
            "account",
            "set",
            "mfa",
            "recovery-codes",
            "--no-save-recovery-codes",
        ],
        &[],
    );
    let fresh_codes: Vec<String> = serde_json::from_str::<Value>(&fresh.stdout).unwrap()
        ["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    env.runs.last_mut().unwrap().shows = fresh_codes.clone();
    secrets.extend(fresh_codes.iter().cloned());
    env.cli(
        "alice",
        PASSWORD,
        &["account", "set", "mfa", "rm", "-y"],
        &[],
    );
    let confirmation = outbox.last_mailed("Your confirmation token is:");
    secrets.push(confirmation.clone());
    env.cli(
        "alice",
        PASSWORD,
        &[
            "account",
            "set",
            "mfa",
            "rm",
            "-y",
            "--confirmation-token",
            &confirmation,
        ],
        &[],
    );

    // bob: e-mailed codes.
    env.cli(
        "bob",
        PASSWORD,
        &[
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--no-save-recovery-codes",
        ],
        &[],
    );
    let emailed = outbox.last_mailed("Your verification code is:");
    secrets.push(emailed.clone());
    env.cli(
        "bob",
        PASSWORD,
        &["account", "set", "mfa", "verify", &emailed],
        &[],
    );

    // root: the administrator's commands, on bob, with a token from a login with a code
    // (administrators use MFA to administer).
    let mk = env.cli(
        "root",
        ADMIN_PASSWORD,
        &[
            "-o",
            "json",
            "account",
            "set",
            "mfa",
            "mk",
            "AUTHENTICATOR",
            "--no-save-recovery-codes",
        ],
        &[],
    );
    let enrolled: Value = serde_json::from_str(&mk.stdout).unwrap();
    let root_key = enrolled["key"].as_str().unwrap().to_owned();
    let root_uri = enrolled["uri"].as_str().unwrap().to_owned();
    let root_recovery: Vec<String> = enrolled["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    env.runs.last_mut().unwrap().shows = [root_key.clone(), root_uri.clone()]
        .into_iter()
        .chain(root_recovery.iter().cloned())
        .collect();
    secrets.extend([root_key.clone(), root_uri]);
    secrets.extend(root_recovery);
    let t = now();
    let root_verify = code(&root_key, t);
    env.cli(
        "root",
        ADMIN_PASSWORD,
        &["account", "set", "mfa", "verify", &root_verify],
        &[],
    );
    let root_login = code(&root_key, t + 30);
    let root_token = env
        .cli(
            "root",
            ADMIN_PASSWORD,
            &["--totp", &root_login, "token", "mk"],
            &[],
        )
        .stdout
        .trim()
        .to_owned();
    env.runs.last_mut().unwrap().shows = vec![root_token.clone()];
    secrets.extend([root_verify, root_login, root_token.clone()]);
    for args in [
        &["admin", "settings", "totp", "show"][..],
        &["admin", "domain", "ls"],
        &["admin", "user", "ls"],
        &["admin", "user", "set", "bob", "--require-mfa", "yes"],
        &["admin", "user", "alert", "bob"],
        &["admin", "user", "totp", "disable", "--user", "bob", "-y"],
        &["admin", "audit", "ls"],
    ] {
        let with_token: Vec<&str> = ["-t", root_token.as_str()]
            .into_iter()
            .chain(args.iter().copied())
            .collect();
        env.cli("root", ADMIN_PASSWORD, &with_token, &[]);
    }
    env.cli(
        "alice",
        PASSWORD,
        &["configure", "set", "timeout", "20"],
        &[],
    );
    env.cli(
        "alice",
        PASSWORD,
        &["account", "set", "mfa", "forget-secret"],
        &[],
    );

    let server_log = server.kill();
    assert!(
        server_log.contains("DEBUG") || server_log.contains("TRACE"),
        "the server log is not verbose"
    );
    assert!(env.runs.len() >= 20, "{} commands", env.runs.len());
    let debugged = env
        .runs
        .iter()
        .filter(|r| r.stderr.contains("debug:"))
        .count();
    assert!(
        debugged >= 15,
        "only {debugged} commands printed debug output"
    );
    for secret in &secrets {
        assert!(
            !holds(&server_log, secret),
            "the server log holds {secret:?}"
        );
        for run in &env.runs {
            assert!(
                !holds(&run.stderr, secret),
                "vss-cli {}: stderr holds {secret:?}: {}",
                run.args,
                run.stderr
            );
            if !run.shows.contains(secret) {
                assert!(
                    !holds(&run.stdout, secret),
                    "vss-cli {}: stdout holds {secret:?}",
                    run.args
                );
            }
        }
    }
    println!(
        "{} commands, {} server log lines, {} secrets: none leaked",
        env.runs.len(),
        server_log.lines().count(),
        secrets.len()
    );
}
