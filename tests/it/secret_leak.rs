//! No secret in any output or log. The real `vss-mock-server` binary runs at its most verbose
//! (`-v`, `RUST_LOG=trace`), and every command `vss-cli` has — the list is read from its clap
//! definition, so a command without a case here fails the test — runs with `--debug`, through
//! every way a secret goes in: arguments, environment (`VSS_USER_PASS`, `VSS_TOKEN`,
//! `VSS_USER_OTP`, `VSS_RECOVERY_CODE`, the Python tool's `VSS_API_*` names, and `-` in them
//! for standard input), standard input (`-`), the stored password and token of `configure
//! mk`, the stored TOTP secret of `--totp auto`. Runs that fail — a wrong password, a refused
//! code, a spent recovery code, a revoked or malformed token — are scanned as well: what a
//! user is told when something is refused must not repeat the secret either.
//!
//! The secrets looked for: the passwords and the base64 `user:password` of every account (what
//! goes over the wire), every TOTP key and `otpauth://` URI, every one-time code (typed,
//! made by `--totp auto`, e-mailed, texted), every recovery code, every confirmation token,
//! every API token (printed by `token mk`, or found in the file store after each command,
//! where `configure mk`, recovery-code logins and `--totp auto` logins keep theirs), and any
//! JWT or `Authorization` value at all. None may appear in the server's log or in any stderr;
//! on stdout only where printing it is the command's purpose (`mk` the key, URI and recovery
//! codes, `recovery-codes` the new codes, `token mk` the token). The configuration file holds
//! none.
//!
//! Adding a case is one line: `leak.run(&who, &[args...])` (and `leak.shows(...)` for what the
//! command exists to print), `leak.run_env(&who, &[args...], &[(VAR, value)], stdin)` for
//! secrets in the environment, `leak.fails(...)` for a run that must be refused.
//!
//! A six-digit code counts only as a whole number, and in the server's log not as the
//! fraction of a second of a line's time stamp (which any code may equal).

use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;
use vss_testkit::binary::ServerBinary;
use vss_testkit::client::client_binary;
use vss_testkit::{Outbox, TestServer};

const PASSWORD: &str = "leak-test password 9f3c";
const ADMIN_PASSWORD: &str = "leak-test admin 27b1";
/// A password typed wrong, which must not be repeated either.
const WRONG_PASSWORD: &str = "leak-test wrong 5e1a";
/// A token no server made, in a JWT's shape.
const FORGED_TOKEN: &str =
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyb290IiwiZXhwIjo0MDAwMDAwMDAwfQ.Zm9yZ2VkLXNpZ25hdHVyZS0zYjdm";
const CAROL_PHONE: &str = "+14165550111";
const ERIN_PHONE: &str = "416-555-0122";

/// An account and its password.
struct Who {
    name: &'static str,
    password: &'static str,
}

const ALICE: Who = Who {
    name: "alice",
    password: PASSWORD,
};
const BOB: Who = Who {
    name: "bob",
    password: PASSWORD,
};
const CAROL: Who = Who {
    name: "carol",
    password: PASSWORD,
};
const ERIN: Who = Who {
    name: "erin",
    password: PASSWORD,
};
const FRANK: Who = Who {
    name: "frank",
    password: PASSWORD,
};
const ROOT: Who = Who {
    name: "root",
    password: ADMIN_PASSWORD,
};
const GWEN: Who = Who {
    name: "gwen",
    password: PASSWORD,
};

/// One command as it ran.
struct Run {
    args: String,
    stdout: String,
    stderr: String,
    /// Secrets its stdout exists to show.
    shows: HashSet<String>,
}

/// The client's runs against one server, and every secret seen so far.
struct Leak {
    url: String,
    home: tempfile::TempDir,
    runs: Vec<Run>,
    secrets: BTreeSet<String>,
    /// The commands run, as paths in the command tree (`account set mfa mk`).
    covered: BTreeSet<String>,
    /// What the configuration file held after each command.
    configs: Vec<String>,
}

impl Leak {
    /// `vss-cli --debug ARGS` as `who` (user name and password from the environment, unless
    /// `--password-stdin`), with nothing on standard input; must succeed. Returns its stdout.
    fn run(&mut self, who: &Who, args: &[&str]) -> String {
        self.run_with(who, args, "")
    }

    /// The same with `stdin` on standard input.
    fn run_with(&mut self, who: &Who, args: &[&str], stdin: &str) -> String {
        self.run_env(who, args, &[], stdin)
    }

    /// The same with the variables `vars` set too (after the user's, so they may replace
    /// them; one given an empty value is taken out of the environment).
    fn run_env(&mut self, who: &Who, args: &[&str], vars: &[(&str, &str)], stdin: &str) -> String {
        self.launch(who, args, vars, stdin, true)
    }

    /// A run that must fail; what it prints is scanned as any other run's.
    fn fails(&mut self, who: &Who, args: &[&str], vars: &[(&str, &str)], stdin: &str) {
        self.launch(who, args, vars, stdin, false);
    }

    fn launch(
        &mut self,
        who: &Who,
        args: &[&str],
        vars: &[(&str, &str)],
        stdin: &str,
        succeeds: bool,
    ) -> String {
        self.covered.insert(command_path(args));
        let mut cmd = Command::new(client_binary());
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            .env("VSS_SECRET_STORE", "file")
            .env("VSS_ENDPOINT", &self.url)
            .env("VSS_USER", who.name);
        if !args.contains(&"--password-stdin") {
            cmd.env("VSS_USER_PASS", who.password);
        }
        for (name, value) in vars {
            if value.is_empty() {
                cmd.env_remove(name);
            } else {
                cmd.env(name, value);
            }
        }
        let mut child = cmd
            .current_dir(self.home.path())
            .arg("--debug")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write as _;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let named: String = vars.iter().map(|(name, _)| format!("{name}=… ")).collect();
        let run = Run {
            args: format!("{named}{}", args.join(" ")),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            shows: HashSet::new(),
        };
        assert_eq!(
            out.status.success(),
            succeeds,
            "vss-cli {}: {}",
            run.args,
            run.stderr
        );
        let stdout = run.stdout.clone();
        self.runs.push(run);
        self.collect_stored();
        stdout
    }

    /// The last command printed `secrets` on purpose; they are secrets from now on.
    fn shows(&mut self, secrets: impl IntoIterator<Item = String>) {
        let run = self.runs.last_mut().unwrap();
        for secret in secrets {
            run.shows.insert(secret.clone());
            self.secrets.insert(secret);
        }
    }

    fn secret(&mut self, secret: impl Into<String>) {
        self.secrets.insert(secret.into());
    }

    /// Every value in the file store (passwords, API tokens, TOTP secrets) is a secret; the
    /// configuration file is kept to be checked.
    fn collect_stored(&mut self) {
        let dir = self.home.path().join(".vss-cli");
        if let Ok(text) = std::fs::read_to_string(dir.join("secrets.yaml")) {
            let value: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
            let mut found = Vec::new();
            yaml_values(&value, &mut found);
            // Whatever else the store may keep beside them, the secrets are long.
            self.secrets
                .extend(found.into_iter().filter(|v| v.len() >= 8));
        }
        if let Ok(text) = std::fs::read_to_string(dir.join("config.yaml")) {
            self.configs.push(text);
        }
    }
}

/// The string values (not the keys) anywhere in `value`.
fn yaml_values(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| yaml_values(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| yaml_values(v, out)),
        _ => {}
    }
}

/// The program's command tree.
fn program() -> clap::Command {
    (vss_cli::for_tests::GENERATOR.command)()
}

/// The path in the command tree of `vss-cli ARGS` (`account set mfa mk`).
fn command_path(args: &[&str]) -> String {
    let matches = program()
        .try_get_matches_from(std::iter::once("vss-cli").chain(args.iter().copied()))
        .unwrap_or_else(|e| panic!("vss-cli {args:?}: {e}"));
    let mut path = Vec::new();
    let mut at = &matches;
    while let Some((name, sub)) = at.subcommand() {
        path.push(name.to_owned());
        at = sub;
    }
    path.join(" ")
}

/// Every command a user can run: the leaves of the command tree, hidden ones excepted.
fn every_command() -> BTreeSet<String> {
    fn leaves(cmd: &clap::Command, prefix: &str, out: &mut BTreeSet<String>) {
        let subs: Vec<&clap::Command> =
            cmd.get_subcommands().filter(|c| !c.is_hide_set()).collect();
        if subs.is_empty() {
            out.insert(prefix.trim().to_owned());
        }
        for sub in subs {
            leaves(sub, &format!("{prefix} {}", sub.get_name()), out);
        }
    }
    let mut out = BTreeSet::new();
    leaves(&program(), "", &mut out);
    out
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

/// Whether the server's log `log` holds `secret`: as [`holds`], the fraction of a second of
/// each line's time stamp (`2026-05-01T12:34:56.123456Z`, six digits that any code may equal)
/// left out.
fn log_holds(log: &str, secret: &str) -> bool {
    let stamp = regex::Regex::new(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+Z").unwrap();
    holds(&stamp.replace_all(log, "[TIME]"), secret)
}

/// A whole JWT, or an `Authorization` value, in `text`.
fn credential_shape(text: &str) -> Option<String> {
    let jwt =
        regex::Regex::new(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}").unwrap();
    let auth = regex::Regex::new(r"(?i)\b(basic|bearer)\s+[A-Za-z0-9+/=._-]{12,}").unwrap();
    jwt.find(text)
        .or_else(|| auth.find(text))
        .map(|m| m.as_str().to_owned())
}

fn basic(who: &Who) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", who.name, who.password))
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// The strings of a JSON array; none when there is no array (a field left out).
fn strings(value: &Value) -> Vec<String> {
    if value.is_null() {
        return Vec::new();
    }
    vss_testkit::strings(value)
}

/// `vss-mock-server user add`, which must not print the password either.
fn add_user(data: &Path, args: &[&str], password: &str) {
    let out = ServerBinary::built().user_add(data, args, password);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    assert!(!text.contains(password), "user add printed the password");
}

/// Unix seconds now.
fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn code(key: &str, at: i64) -> String {
    vss_testkit::totp_at(key, at)
}

/// Waits, if need be, until this machine's clock (which the server binary shares) is early in
/// a TOTP time step, so that a few codes made now stay in the steps they were made for.
fn early_in_a_step() {
    let into = now().rem_euclid(30);
    if into > 15 {
        std::thread::sleep(std::time::Duration::from_secs((31 - into) as u64));
    }
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one day of every command, then searched for secrets"
)]
fn no_secret_in_any_output_or_log() {
    // The accounts, added with the server binary.
    let data = tempfile::tempdir().unwrap();
    for (who, extra) in [
        (&ALICE, &[][..]),
        (&BOB, &[]),
        (&CAROL, &["--phone", CAROL_PHONE][..]),
        (&ERIN, &[]),
        (&FRANK, &[]),
        (&GWEN, &[]),
        (&ROOT, &["--role", "admin"]),
    ] {
        let email = format!("{}@example.com", who.name);
        let mut args = vec![who.name, "--email", email.as_str()];
        args.extend_from_slice(extra);
        add_user(data.path(), &args, who.password);
    }
    // bob (EMAIL) and carol (SMS) enrolled two hours ago, so that a code may be sent to them
    // now (at most one every 30 s): through the API, on a server whose clock is set back.
    let earlier = TestServer::start_on_copy_of(data.path());
    earlier.clock().advance(-2 * 3600);
    let mut prepared: Vec<String> = Vec::new();
    for (who, method, phone) in [(&BOB, "EMAIL", None), (&CAROL, "SMS", Some(CAROL_PHONE))] {
        let body = serde_json::json!({"method": method, "phone": phone});
        let reply = earlier
            .post_as(who.name, who.password, "/tf/enable", Some(body))
            .ok();
        prepared.extend(strings(&reply["recovery_codes"]));
        let purpose = serde_json::json!({"purpose": "verify"});
        earlier
            .post_as(who.name, who.password, "/tf/request-token", Some(purpose))
            .ok();
        let sent = match phone {
            None => earlier.outbox().mailed_code(who.name),
            Some(phone) => earlier.outbox().texted_code(phone),
        };
        earlier
            .post_as(
                who.name,
                who.password,
                "/tf/verify",
                Some(serde_json::json!({ "otp": sent })),
            )
            .ok();
        prepared.push(sent);
    }
    // gwen's authenticator too, so that this step's code opens the VPN gateway now.
    let reply = earlier
        .post_as(
            GWEN.name,
            GWEN.password,
            "/tf/enable",
            Some(serde_json::json!({"method": "AUTHENTICATOR"})),
        )
        .ok();
    let gwen_key = reply["key"].as_str().unwrap().to_owned();
    prepared.push(gwen_key.clone());
    prepared.push(reply["uri"].as_str().unwrap().to_owned());
    prepared.extend(strings(&reply["recovery_codes"]));
    let enrolled = code(&gwen_key, earlier.clock().unix());
    earlier
        .post_as(
            GWEN.name,
            GWEN.password,
            "/tf/verify",
            Some(serde_json::json!({ "otp": enrolled })),
        )
        .ok();
    prepared.push(enrolled);
    let data = earlier.into_data();

    let mut server = ServerBinary::built().command();
    server
        .args(["-v", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data.path())
        .env("RUST_LOG", "trace");
    let server = ServerBinary::spawn(server);
    let outbox = Outbox::new(&data.path().join("outbox"));
    let mut leak = Leak {
        url: server.url.clone(),
        home: tempfile::tempdir().unwrap(),
        runs: Vec::new(),
        secrets: BTreeSet::new(),
        covered: BTreeSet::new(),
        configs: Vec::new(),
    };
    for who in [&ALICE, &BOB, &CAROL, &ERIN, &FRANK, &GWEN, &ROOT] {
        leak.secret(who.password);
        leak.secret(basic(who));
    }
    leak.secrets.extend(prepared);

    // alice: a configured endpoint (password and token kept in the file store), an
    // authenticator whose secret is kept for --totp auto, recovery codes, a move to EMAIL,
    // and a disable.
    leak.run(&ALICE, &["configure", "mk", "--endpoint-name", "leak"]);
    leak.run(&ALICE, &["configure", "ls"]);
    leak.run(&ALICE, &["configure", "set", "timeout", "20"]);
    leak.run(&ALICE, &["account", "get", "mfa"]);
    leak.run_with(
        &ALICE,
        &["--password-stdin", "account", "get", "mfa"],
        &format!("{PASSWORD}\n"),
    );
    let enrolled = json(&leak.run(
        &ALICE,
        &[
            "-o",
            "json",
            "account",
            "set",
            "mfa",
            "mk",
            "AUTHENTICATOR",
            "--remember-secret",
            "--no-save-recovery-codes",
        ],
    ));
    let key = enrolled["key"].as_str().unwrap().to_owned();
    let recovery = strings(&enrolled["recovery_codes"]);
    leak.shows(
        [key.clone(), enrolled["uri"].as_str().unwrap().to_owned()]
            .into_iter()
            .chain(recovery.iter().cloned()),
    );
    // The previous step's code verifies; --totp auto then makes this step's.
    early_in_a_step();
    let t = now();
    let previous = code(&key, t - 30);
    leak.secret(previous.clone());
    leak.secret(code(&key, t));
    leak.secret(code(&key, t + 30));
    leak.run(&ALICE, &["account", "set", "mfa", "verify", &previous]);
    leak.run(&ALICE, &["--totp", "auto", "account", "get", "mfa"]);
    // The next step's code in the environment, for a login of its own; then the spent one,
    // refused, from the environment and through `-` in it.
    let get_mfa = ["--no-session", "account", "get", "mfa"];
    leak.run_env(
        &ALICE,
        &get_mfa,
        &[("VSS_USER_OTP", &code(&key, t + 30))],
        "",
    );
    leak.fails(&ALICE, &get_mfa, &[("VSS_USER_OTP", &code(&key, t))], "");
    leak.fails(
        &ALICE,
        &get_mfa,
        &[("VSS_USER_OTP", "-")],
        &format!("{}\n", code(&key, t + 30)),
    );
    leak.run(&ALICE, &["account", "set", "mfa", "forget-secret"]);
    // New recovery codes (proved with one of the first set) revoke the token the --totp auto
    // login kept, so the next command logs in again, with a recovery code from standard input.
    let fresh = json(&leak.run(
        &ALICE,
        &[
            "-o",
            "json",
            "--recovery-code",
            &recovery[0],
            "account",
            "set",
            "mfa",
            "recovery-codes",
            "--no-save-recovery-codes",
        ],
    ));
    let fresh = strings(&fresh["recovery_codes"]);
    leak.shows(fresh.clone());
    let stored = leak.secrets.len();
    leak.run_with(
        &ALICE,
        &["--recovery-code", "-", "account", "get", "mfa"],
        &format!("{}\n", fresh[1]),
    );
    assert!(leak.secrets.len() > stored, "no new token was kept");
    // Recovery codes in the environment, as they are and through `-`; then a spent one, and
    // one of the set that was replaced, refused.
    leak.run_env(&ALICE, &get_mfa, &[("VSS_RECOVERY_CODE", &fresh[2])], "");
    leak.run_env(
        &ALICE,
        &get_mfa,
        &[("VSS_RECOVERY_CODE", "-")],
        &format!("{}\n", fresh[3]),
    );
    leak.fails(&ALICE, &get_mfa, &[("VSS_RECOVERY_CODE", &fresh[2])], "");
    leak.fails(
        &ALICE,
        &[
            "--no-session",
            "--recovery-code",
            "-",
            "account",
            "get",
            "mfa",
        ],
        &[],
        &format!("{}\n", recovery[1]),
    );
    leak.run(
        &ALICE,
        &[
            "--recovery-code",
            &fresh[0],
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--replace",
            "--no-save-recovery-codes",
        ],
    );
    let moved = outbox.mailed_code("alice");
    leak.run(&ALICE, &["account", "set", "mfa", "verify", &moved]);
    leak.run(&ALICE, &["account", "set", "mfa", "rm", "-y"]);
    leak.run_with(
        &ALICE,
        &["account", "set", "mfa", "rm", "--confirmation-token", "-"],
        &format!("{}\n", outbox.mailed_token("alice")),
    );
    leak.run(&ALICE, &["__complete-endpoints"]);
    // Without MFA now: the password under the Python tool's name, and a wrong one, refused,
    // under each name and on standard input.
    leak.secret(WRONG_PASSWORD);
    let python_names = [("VSS_USER_PASS", ""), ("VSS_API_USER_PASS", PASSWORD)];
    leak.run_env(&ALICE, &get_mfa, &python_names, "");
    leak.fails(&ALICE, &get_mfa, &[("VSS_USER_PASS", WRONG_PASSWORD)], "");
    leak.fails(
        &ALICE,
        &get_mfa,
        &[("VSS_USER_PASS", ""), ("VSS_API_USER_PASS", WRONG_PASSWORD)],
        "",
    );
    leak.fails(
        &ALICE,
        &["--password-stdin", "--no-session", "account", "get", "mfa"],
        &[],
        &format!("{WRONG_PASSWORD}\n"),
    );

    // bob (EMAIL) and carol (SMS): a code sent to log in with, passed as an argument and on
    // standard input; carol moves to an authenticator.
    leak.run(&BOB, &["account", "set", "mfa", "get-token"]);
    let mailed = outbox.mailed_code("bob");
    leak.run(&BOB, &["--totp", &mailed, "account", "get", "mfa"]);
    leak.run(&CAROL, &["account", "set", "mfa", "get-token"]);
    let texted = outbox.texted_code(CAROL_PHONE);
    let moved = json(&leak.run_with(
        &CAROL,
        &[
            "-o",
            "json",
            "--totp",
            "-",
            "account",
            "set",
            "mfa",
            "mk",
            "AUTHENTICATOR",
            "--replace",
            "--no-save-recovery-codes",
        ],
        &format!("{texted}\n"),
    ));
    let carol_key = moved["key"].as_str().unwrap().to_owned();
    leak.shows(
        [carol_key.clone(), moved["uri"].as_str().unwrap().to_owned()]
            .into_iter()
            .chain(strings(&moved["recovery_codes"])),
    );
    let carol_code = code(&carol_key, now());
    leak.secret(carol_code.clone());
    leak.run(&CAROL, &["account", "set", "mfa", "verify", &carol_code]);

    // erin and frank enrol with SMS and EMAIL.
    leak.run(
        &ERIN,
        &[
            "account",
            "set",
            "mfa",
            "mk",
            "SMS",
            "--phone",
            ERIN_PHONE,
            "--no-save-recovery-codes",
        ],
    );
    let texted = outbox.last_texted_code();
    leak.run(&ERIN, &["account", "set", "mfa", "verify", &texted]);
    leak.run(
        &FRANK,
        &[
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--recovery-codes-file",
            "frank.txt",
        ],
    );
    let mailed = outbox.mailed_code("frank");
    leak.run_with(
        &FRANK,
        &["account", "set", "mfa", "verify", "-"],
        &format!("{mailed}\n"),
    );
    let saved = std::fs::read_to_string(leak.home.path().join("frank.txt")).unwrap();
    leak.secrets.extend(
        saved
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(str::to_owned),
    );

    // root: enrols to administer, logs in with a code for a token, and runs every
    // administrator command with it (as an argument and on standard input), and one that logs
    // in with a recovery code.
    let enrolled = json(&leak.run(
        &ROOT,
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
    ));
    let root_key = enrolled["key"].as_str().unwrap().to_owned();
    let root_recovery = strings(&enrolled["recovery_codes"]);
    leak.shows(
        [
            root_key.clone(),
            enrolled["uri"].as_str().unwrap().to_owned(),
        ]
        .into_iter()
        .chain(root_recovery.iter().cloned()),
    );
    let t = now();
    let (verify, login) = (code(&root_key, t), code(&root_key, t + 30));
    leak.secret(verify.clone());
    leak.secret(login.clone());
    leak.run(&ROOT, &["account", "set", "mfa", "verify", &verify]);
    let token = leak
        .run(&ROOT, &["--totp", &login, "token", "mk"])
        .trim()
        .to_owned();
    assert!(token.len() > 40, "{token}");
    leak.shows([token.clone()]);
    let with_token = |args: &[&'static str]| -> Vec<String> {
        ["-t", token.as_str()]
            .iter()
            .chain(args)
            .map(|s| s.to_string())
            .collect()
    };
    for args in [
        &["admin", "settings", "totp", "show"][..],
        &["admin", "settings", "totp", "set", "--optional"],
        &["admin", "domain", "ls"],
        &["admin", "domain", "set", "default", "--totp-optional"],
        &["admin", "user", "ls"],
        &["admin", "user", "set", "bob", "--require-mfa", "yes"],
        &["admin", "user", "alert", "bob"],
    ] {
        let args = with_token(args);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        leak.run(&ROOT, &args);
    }
    leak.run_with(
        &ROOT,
        &[
            "--token", "-", "admin", "user", "totp", "disable", "--user", "bob", "-y",
        ],
        &format!("{token}\n"),
    );
    leak.run(
        &ROOT,
        &[
            "--no-session",
            "--recovery-code",
            &root_recovery[0],
            "admin",
            "audit",
            "ls",
        ],
    );
    // The token in the environment, under both names and through `-`; a recovery code there
    // too; then a spent recovery code, a spent one-time code and a forged token, refused.
    leak.run_env(
        &ROOT,
        &["admin", "user", "ls"],
        &[("VSS_TOKEN", &token)],
        "",
    );
    leak.run_env(
        &ROOT,
        &["admin", "domain", "ls"],
        &[("VSS_TOKEN", "-")],
        &format!("{token}\n"),
    );
    leak.run_env(&ROOT, &["status"], &[("VSS_API_TOKEN", &token)], "");
    let audit = ["--no-session", "admin", "audit", "ls"];
    leak.run_env(
        &ROOT,
        &audit,
        &[("VSS_RECOVERY_CODE", &root_recovery[1])],
        "",
    );
    leak.fails(
        &ROOT,
        &audit,
        &[("VSS_RECOVERY_CODE", &root_recovery[0])],
        "",
    );
    leak.fails(&ROOT, &audit, &[("VSS_USER_OTP", &verify)], "");
    leak.secret(FORGED_TOKEN);
    leak.fails(&ROOT, &["status"], &[("VSS_TOKEN", FORGED_TOKEN)], "");
    leak.fails(&ROOT, &["-t", FORGED_TOKEN, "admin", "user", "ls"], &[], "");

    // A login that lasts, with the same token: who, the token itself, a command run with it,
    // and the logout that revokes it.
    leak.run(&ROOT, &["-t", &token, "status"]);
    leak.run(&ROOT, &["-t", &token, "token", "show"]);
    leak.shows([token.clone()]);
    leak.run(&ROOT, &["-t", &token, "exec", "--", "true"]);
    // The account's tokens: listed, one shown, another (the recovery-code login's) deleted.
    let listed = leak.run(&ROOT, &["-t", &token, "-o", "json", "token", "ls"]);
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let ids: Vec<(String, bool)> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["id"].to_string(), t["in_use"] == true))
        .collect();
    let own = ids.iter().find(|(_, in_use)| *in_use).unwrap().0.clone();
    let other = ids.iter().find(|(_, in_use)| !*in_use).unwrap().0.clone();
    leak.run(&ROOT, &["-t", &token, "token", "get", &own]);
    leak.run(&ROOT, &["-t", &token, "token", "rm", &other]);
    leak.run(&ROOT, &["-t", &token, "logout"]);
    // The token revoked: refused, from the environment and on standard input.
    leak.fails(&ROOT, &["status"], &[("VSS_TOKEN", &token)], "");
    leak.fails(
        &ROOT,
        &["--token", "-", "status"],
        &[],
        &format!("{token}\n"),
    );

    // gwen: the VPN gateway (the server's API listener serves it), opened with a code as an
    // argument and one on standard input, its status and log, closed.
    let vpn_server = leak.url.clone();
    let vpn = |args: &[&'static str]| -> Vec<String> {
        ["--vpn-server", vpn_server.as_str()]
            .iter()
            .chain(args)
            .map(|s| s.to_string())
            .collect()
    };
    early_in_a_step();
    let t = now();
    let (first, second) = (code(&gwen_key, t), code(&gwen_key, t + 30));
    leak.secret(first.clone());
    leak.secret(second.clone());
    for (args, stdin) in [
        (vpn(&["vpn", "gw", "status"]), String::new()),
        (
            vpn(&["vpn", "gw", "on", "--otp"])
                .into_iter()
                .chain([first.clone()])
                .collect(),
            String::new(),
        ),
        (
            vpn(&["vpn", "gw", "on", "--otp", "-"]),
            format!("{second}\n"),
        ),
        (vpn(&["vpn", "gw", "log", "--since", "1d"]), String::new()),
        (vpn(&["vpn", "gw", "off"]), String::new()),
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        leak.run_with(&GWEN, &args, &stdin);
    }

    // What remains: the file edited (by a program, as $EDITOR), the endpoint goes, with its
    // secrets; a completion script.
    leak.run_env(
        &ALICE,
        &["configure", "edit"],
        &[("EDITOR", "sed -i s/timeout:/timeout:/")],
        "",
    );
    leak.run(&ALICE, &["configure", "rm", "leak"]);
    leak.run(&ALICE, &["completion", "bash"]);

    // Every command ran.
    let missing: Vec<String> = every_command().difference(&leak.covered).cloned().collect();
    assert!(
        missing.is_empty(),
        "commands without a case in the secret-leak test: {missing:?}"
    );

    // Every code and token the server sent.
    for mail in outbox.mails() {
        for label in ["Your verification code is:", "Your confirmation token is:"] {
            if let Some(value) = mail.value_after(label) {
                leak.secret(value);
            }
        }
    }
    for text in outbox.texts() {
        let body = text["body"].as_str().unwrap();
        leak.secret(
            body.chars()
                .filter(char::is_ascii_digit)
                .collect::<String>(),
        );
    }

    let server_log = server.kill();
    assert!(
        server_log.contains("DEBUG") || server_log.contains("TRACE"),
        "the server log is not verbose"
    );
    let debugged = leak
        .runs
        .iter()
        .filter(|r| r.stderr.contains("debug: "))
        .count();
    assert!(
        debugged >= leak.runs.len() - 6,
        "only {debugged} of {} commands printed debug output",
        leak.runs.len()
    );
    if let Some(found) = credential_shape(&server_log) {
        panic!("the server log holds a credential: {found}");
    }
    for run in &leak.runs {
        if let Some(found) = credential_shape(&run.stderr) {
            panic!("vss-cli {}: stderr holds a credential: {found}", run.args);
        }
        if let Some(found) = credential_shape(&run.stdout) {
            assert!(
                run.shows.contains(&found),
                "vss-cli {}: stdout holds a credential: {found}",
                run.args
            );
        }
    }
    for secret in &leak.secrets {
        assert!(
            !log_holds(&server_log, secret),
            "the server log holds {secret:?}"
        );
        for config in &leak.configs {
            assert!(!holds(config, secret), "the configuration holds {secret:?}");
        }
        for run in &leak.runs {
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
        "{} commands ({} in the command tree), {} server log lines, {} secrets: none leaked",
        leak.runs.len(),
        every_command().len(),
        server_log.lines().count(),
        leak.secrets.len()
    );
}

#[test]
fn a_code_in_a_log_is_a_code_not_a_time_stamps_fraction() {
    let line = "2026-12-07T04:20:31.493817Z DEBUG request{method=POST uri=/auth/request-token}";
    assert!(!log_holds(line, "493817"));
    assert!(log_holds(&format!("{line}: otp=493817"), "493817"));
    assert!(log_holds("otp \"493817\" refused", "493817"));
    assert!(!log_holds("a count of 14938175", "493817"));
}
