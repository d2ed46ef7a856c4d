//! A day, not a command: one login, then the commands of a day reuse the token kept for the
//! account (`vss-cli_USER@ORIGIN_token`) without another code, until `logout` revokes it on the
//! server. Around it: `--no-session`, a remembered TOTP secret found by endpoint name and URL,
//! a mistyped endpoint name, tokens kept under older names (never sent over plain HTTP when
//! the name leaves out the scheme), `token ls|get|rm`, what `exec` hands a command,
//! `--totp-command` programs, `mk --secret-to`, codes typed with spaces, `status -o json` when
//! things fail, and pyvss's variable names.
//!
//! Each step is a real `vss-cli` run with the credentials in the environment, as a user's shell
//! has them, against the bundled server. Codes are computed from the key the server handed
//! out (by the test, or by `oathtool` in a program vss-cli runs); the server runs on this
//! computer's clock, which `vss-cli` also makes codes with. An account is verified with the
//! code of the previous time step (see [`enrol`]), so a test can log in with this step's code,
//! and then the next step's, at once.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use vss_testkit::programs::{room_in_step, Programs};
use vss_testkit::{json_out, totp_at, Answer, Env, Recorder, Trust, PASSWORD};

/// Runs `cmd` and compares what it did with the snapshot `name` (the filters of
/// [`crate::messages::settings`]; `command` is the command line, kept as the snapshot's
/// description). Returns what it did, as rendered.
fn snap(name: &str, command: &str, cmd: &mut assert_cmd::Command) -> String {
    let text = vss_testkit::snapshot::render(cmd);
    let mut settings = crate::messages::settings();
    settings.set_description(command);
    settings.bind(|| {
        let text = text.as_str();
        vss_testkit::snapshot::insta::assert_snapshot!(name, text)
    });
    text
}

/// The exit code a rendered run ended with.
fn exit_code(rendered: &str) -> i32 {
    rendered
        .strip_prefix("exit code: ")
        .and_then(|rest| rest.lines().next())
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("no exit code: {rendered}"))
}

/// Enrols `user` with AUTHENTICATOR (with `extra` arguments to `mk`) and verifies it with the
/// code of the previous time step, early enough in this one that this step's code and the
/// next one's are still unused: the test (or `vss-cli`, from a program or a remembered
/// secret) can log in at once. Returns the key and the recovery codes.
fn enrol(env: &Env, user: &str, extra: &[&str]) -> (String, Vec<String>) {
    let enrolled = json_out(
        env.cli(user)
            .args(["-o", "json", "account", "set", "mfa", "mk", "AUTHENTICATOR"])
            .arg("--no-save-recovery-codes")
            .args(extra),
    );
    let key = enrolled["key"].as_str().unwrap().to_owned();
    room_in_step(10.0);
    env.cli(user)
        .args(["account", "set", "mfa", "verify", &code(env, &key, -1)])
        .assert()
        .success();
    (key, vss_testkit::strings(&enrolled["recovery_codes"]))
}

/// The code of the time step `steps` away from the current one, as an app holding `key`
/// shows it then.
fn code(env: &Env, key: &str, steps: i64) -> String {
    totp_at(key, env.clock.unix() + 30 * steps)
}

/// The claims of a JWT, read without checking it.
fn claims(token: &str) -> Value {
    use base64::Engine as _;
    let payload = token.split('.').nth(1).expect("a JWT");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .expect("base64url");
    serde_json::from_slice(&bytes).expect("JSON claims")
}

/// The id the server gave a token: its `jti`.
fn token_id(token: &str) -> u64 {
    claims(token)["jti"]
        .as_str()
        .and_then(|j| j.parse().ok())
        .unwrap_or_else(|| panic!("no numeric jti: {}", claims(token)))
}

/// The client's secrets file, as text (empty when there is none).
fn secrets(env: &Env) -> String {
    std::fs::read_to_string(env.config_dir().join("secrets.yaml")).unwrap_or_default()
}

/// Writes the client's secrets file as the client writes it (`--secret-store file`): a YAML
/// map of names to secrets, mode 0600, in a 0700 folder.
fn write_secrets(env: &Env, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    let dir = env.config_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let path = dir.join("secrets.yaml");
    std::fs::write(&path, text).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

/// Writes the client's configuration file.
fn write_config(env: &Env, text: &str) {
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(env.config_dir().join("config.yaml"), text).unwrap();
}

/// The port of `http://127.0.0.1:PORT`.
fn port_of(url: &str) -> u16 {
    url.rsplit(':').next().unwrap().parse().unwrap()
}

/// What `cmd` printed on stdout, asserting success.
fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "failed ({:?}): {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `-o json token show`: the token and where it came from.
fn shown(cmd: &mut assert_cmd::Command) -> (String, String) {
    let shown = json_out(cmd.args(["-o", "json", "token", "show"]));
    (
        shown["token"].as_str().unwrap().to_owned(),
        shown["source"].as_str().unwrap().to_owned(),
    )
}

#[test]
fn a_day_with_mfa_spends_one_code_and_ends_with_the_token_refused() {
    let env = Env::start();
    env.add_user("ada");
    let (key, _) = enrol(&env, "ada", &[]);

    // Morning: one login, with the code of the app.
    let code = code(&env, &key, 0);
    let text = snap(
        "day_morning_status_logs_in_with_a_code",
        "vss-cli --totp CODE status",
        env.cli("ada").args(["--totp", &code, "status"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    let kept = secrets(&env);
    assert!(
        kept.contains(&format!("vss-cli_ada@{}_token", env.url())),
        "{kept}"
    );

    // The rest of the day: no code.
    let mfa = json_out(env.cli("ada").args(["-o", "json", "account", "get", "mfa"]));
    assert_eq!(mfa["state"], "enabled");
    let (token, source) = shown(&mut env.cli("ada"));
    assert_eq!(source, "stored");
    assert!(kept.contains(&token));
    assert_eq!(claims(&token)["otp"], true);
    assert_eq!(
        stdout_of(env.cli("ada").args(["token", "show"])),
        format!("{token}\n")
    );
    let st = json_out(env.cli("ada").args(["-o", "json", "status"]));
    assert_eq!(st["logged_in"], true);
    assert_eq!(st["username"], "ada");
    assert_eq!(st["token"]["source"], "stored");
    assert_eq!(st["token"]["kept_in"], "file");
    assert_eq!(st["token"]["otp"], true);
    assert_eq!(st["mfa"]["method"], "AUTHENTICATOR");
    let child = stdout_of(
        env.cli("ada")
            .args(["exec", "--", "sh", "-c", "echo $VSS_API_TOKEN"]),
    );
    assert_eq!(child, format!("{token}\n"));

    // Evening: logout revokes it on the server.
    let text = snap(
        "day_evening_logout",
        "vss-cli logout",
        env.cli("ada").arg("logout"),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    assert!(!secrets(&env).contains(&token));
    assert_eq!(env.server.profile(&token).status.as_u16(), 401);

    // The next command needs a code again, and without a terminal fails at once.
    let text = snap(
        "day_after_logout_status_needs_a_code",
        "vss-cli status",
        env.cli("ada").arg("status"),
    );
    assert_eq!(exit_code(&text), 3, "{text}");
    // Any other command says the same and exits 2, as a prompt without a terminal does (the
    // exit codes of --help: "a prompt was needed but there is no terminal").
    env.cli("ada")
        .args(["account", "get", "mfa"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--totp CODE"));
}

#[test]
fn no_session_keeps_nothing_and_uses_nothing_kept() {
    let env = Env::start();
    env.add_user("ben");
    let (key, _) = enrol(&env, "ben", &[]);

    let text = snap(
        "day_no_session_status",
        "vss-cli --no-session --totp CODE status",
        env.cli("ben")
            .args(["--no-session", "--totp", &code(&env, &key, 0), "status"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    assert!(!secrets(&env).contains("_token"), "{}", secrets(&env));
    env.cli("ben").arg("status").assert().code(3);

    let st = json_out(env.cli("ben").args([
        "--no-session",
        "--totp",
        &code(&env, &key, 1),
        "-o",
        "json",
        "status",
    ]));
    assert_eq!(st["token"]["source"], "login");
    assert_eq!(st["token"]["kept_in"], Value::Null);
    assert!(!secrets(&env).contains("_token"), "{}", secrets(&env));
    env.cli("ben").arg("status").assert().code(3);

    // A token kept by an earlier login is not used, nor replaced.
    env.add_user("cal");
    env.cli("cal").arg("status").assert().success();
    let (kept, _) = shown(&mut env.cli("cal"));
    let st = json_out(
        env.cli("cal")
            .args(["--no-session", "-o", "json", "status"]),
    );
    assert_eq!(st["token"]["source"], "login");
    assert_eq!(shown(&mut env.cli("cal")), (kept, "stored".to_owned()));
}

#[test]
fn vss_no_session_set_to_1_keeps_nothing() {
    let env = Env::start();
    env.add_user("dan");
    let st = json_out(
        env.cli("dan")
            .env("VSS_NO_SESSION", "1")
            .args(["-o", "json", "status"]),
    );
    assert_eq!(st["token"]["source"], "login");
    assert_eq!(st["token"]["kept_in"], Value::Null);
    assert!(!secrets(&env).contains("_token"), "{}", secrets(&env));
    // 0 turns it off: the login's token is kept.
    let st = json_out(
        env.cli("dan")
            .env("VSS_NO_SESSION", "0")
            .args(["-o", "json", "status"]),
    );
    assert_eq!(st["token"]["kept_in"], "file");
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one day of commands, read top to bottom"
)]
fn a_remembered_totp_secret_serves_the_account_by_url_and_by_endpoint_name() {
    let env = Env::start();
    env.add_user("cleo");
    let url = env.url();
    let as_cleo = || {
        let mut cmd = env.bare_cli();
        cmd.env("VSS_USER_PASS", PASSWORD)
            .args(["-e", &url, "-u", "cleo"]);
        cmd
    };
    let enrolled = json_out(as_cleo().args([
        "-o",
        "json",
        "account",
        "set",
        "mfa",
        "mk",
        "AUTHENTICATOR",
        "--remember-secret",
        "--no-save-recovery-codes",
    ]));
    let key = enrolled["key"].as_str().unwrap();
    let kept = secrets(&env);
    assert!(
        kept.contains(&format!("vss-cli_cleo@{url}_totp-secret")) && kept.contains(key),
        "{kept}"
    );
    room_in_step(10.0);
    as_cleo()
        .args(["account", "set", "mfa", "verify", &code(&env, key, -1)])
        .assert()
        .success();
    // The endpoint gets a name; the login that proves it takes its code from the secret.
    as_cleo()
        .args([
            "--totp",
            "auto",
            "configure",
            "mk",
            "--endpoint-name",
            "lab",
        ])
        .assert()
        .success();

    // By name (the user and password come from the configuration) and by URL, the secret
    // is found: each login waits for a step of its own (each code works once).
    let by_name = stdout_of(
        env.bare_cli()
            .args(["-e", "lab", "--totp", "auto", "token", "mk"]),
    );
    let by_url = stdout_of(as_cleo().args(["--totp", "auto", "token", "mk"]));
    for token in [&by_name, &by_url] {
        let claims = claims(token.trim_end());
        assert_eq!(
            (&claims["sub"], &claims["otp"]),
            (&json!("cleo"), &json!(true))
        );
    }
    assert_ne!(by_name, by_url);

    let text = snap(
        "day_forget_secret_by_endpoint_name",
        "vss-cli -e lab account set mfa forget-secret",
        env.bare_cli()
            .args(["-e", "lab", "account", "set", "mfa", "forget-secret"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    let kept = secrets(&env);
    assert!(
        !kept.contains("totp-secret") && !kept.contains(key),
        "{kept}"
    );
    for endpoint in ["lab", url.as_str()] {
        env.bare_cli()
            .env("VSS_USER_PASS", PASSWORD)
            .args([
                "-e",
                endpoint,
                "-u",
                "cleo",
                "--no-session",
                "--totp",
                "auto",
            ])
            .args(["token", "mk"])
            .assert()
            .code(2)
            .stderr(predicates::str::contains("no TOTP secret is stored"));
    }
}

#[test]
fn a_totp_secret_an_earlier_release_kept_under_the_host_name_is_found_by_endpoint_name() {
    let env = Env::start();
    env.add_user("dora");
    let (key, _) = enrol(&env, "dora", &[]);
    let url = env.url();
    // An earlier release kept a secret remembered with `-e URL -u dora` under the host's
    // name; the endpoint was then configured under a name of its own.
    let old_name = format!("vss-cli_127_0_0_1-{}_dora_totp-secret", port_of(&url));
    write_secrets(&env, &format!("{old_name}: {key}\n"));
    write_config(
        &env,
        &format!("endpoints:\n- name: lab\n  url: {url}\n  username: dora\n"),
    );
    let made = json_out(
        env.bare_cli()
            .env("VSS_USER_PASS", PASSWORD)
            .args(["-e", "lab", "--totp", "auto", "-o", "json", "token", "mk"]),
    );
    assert_eq!(made["otp"], true);
    // Moved to the account's name.
    let kept = secrets(&env);
    assert!(
        kept.contains(&format!("vss-cli_dora@{url}_totp-secret")) && kept.contains(&key),
        "{kept}"
    );
    assert!(!kept.contains(&old_name), "{kept}");
}

#[test]
fn tokens_earlier_releases_kept_are_found_and_moved_to_the_accounts_name() {
    let env = Env::start();
    env.add_user("gus");
    env.add_user("hal");
    let url = env.url();
    let (gus, hal) = (env.server.token("gus"), env.server.token("hal"));
    // gus's under the name of his configured endpoint, hal's as the first releases named it.
    write_config(
        &env,
        &format!("endpoints:\n- name: lab\n  url: {url}\n  username: gus\n"),
    );
    write_secrets(
        &env,
        &format!("vss-cli_lab_token: {gus}\n'{url} hal token': {hal}\n"),
    );
    let (token, source) = shown(env.bare_cli().args(["-e", "lab"]));
    assert_eq!((token, source.as_str()), (gus.clone(), "stored"));
    let (token, source) = shown(env.bare_cli().args(["-e", &url, "-u", "hal"]));
    assert_eq!((token, source.as_str()), (hal.clone(), "stored"));
    let kept = secrets(&env);
    for (user, token) in [("gus", &gus), ("hal", &hal)] {
        assert!(
            kept.contains(&format!("vss-cli_{user}@{url}_token")) && kept.contains(token.as_str()),
            "{kept}"
        );
    }
    assert!(
        !kept.contains("vss-cli_lab_token") && !kept.contains(" hal token"),
        "{kept}"
    );
    // By URL, gus's is the same one.
    let (token, source) = shown(env.bare_cli().args(["-e", &url, "-u", "gus"]));
    assert_eq!((token, source.as_str()), (gus, "stored"));
}

#[test]
fn a_mistyped_endpoint_name_is_refused_before_anything_is_sent() {
    let demo = Recorder::http(|_| {
        Answer::json(
            500,
            json!({"error": "InternalError", "message": "nothing should reach this"}),
        )
    });
    let env = Env::start();
    write_config(
        &env,
        &format!(
            "endpoints:\n- name: demo\n  url: {}\n  username: eve\n- name: prod\n  url: \
             https://cloud-api.invalid\n  username: eve\n",
            demo.url()
        ),
    );
    let text = snap(
        "day_endpoint_name_mistyped",
        "vss-cli -e demoo status (demo and prod configured)",
        env.bare_cli()
            .env("VSS_USER_PASS", PASSWORD)
            .args(["-e", "demoo", "status"]),
    );
    assert_eq!(exit_code(&text), 2, "{text}");
    assert!(text.contains("demo, prod"), "{text}");
    // As a shell has it.
    env.bare_cli()
        .env("VSS_ENDPOINT", "demoo")
        .env("VSS_USER", "eve")
        .env("VSS_USER_PASS", PASSWORD)
        .args(["token", "mk"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "\"demoo\" is not the name of a configured endpoint",
        ));
    assert_eq!(demo.connections(), 0);
    // The name itself reaches it.
    env.bare_cli()
        .env("VSS_USER_PASS", PASSWORD)
        .args(["-e", "demo", "status"])
        .assert()
        .code(6);
    assert!(demo.connections() > 0);
}

#[test]
fn a_token_kept_under_the_host_name_serves_https_only() {
    // Over HTTPS, a token an earlier release kept under the host's name (which leaves out
    // the scheme) is taken, and moved to the account's name.
    let env = Env::start_https(Trust::Flag);
    env.add_user("fern");
    let url = env.url();
    let token = env.server.token("fern");
    let old_name = format!("vss-cli_127_0_0_1-{}_fern_token", port_of(&url));
    write_secrets(&env, &format!("{old_name}: {token}\n"));
    let text = snap(
        "day_https_takes_a_token_kept_under_the_host_name",
        "vss-cli -e https://127.0.0.1:PORT -u fern status (a token kept under the host's name)",
        env.bare_cli().args(["-e", &url, "-u", "fern", "status"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    let kept = secrets(&env);
    assert!(
        kept.contains(&format!("vss-cli_fern@{url}_token")) && kept.contains(&token),
        "{kept}"
    );
    assert!(!kept.contains(&old_name), "{kept}");
    let st = json_out(
        env.bare_cli()
            .args(["-e", &url, "-u", "fern", "-o", "json", "status"]),
    );
    assert_eq!(st["token"]["source"], "stored");

    // Over plain HTTP at a host and port with such an entry, a token the server would take
    // is never sent: not for status, not for a login's follow-up, not for logout.
    let env = Env::start();
    env.add_user("fern");
    let token = env.server.token("fern");
    let proxy = Recorder::pass_through(&env.url(), None);
    let url = proxy.url();
    let old_name = format!("vss-cli_127_0_0_1-{}_fern_token", proxy.port());
    write_secrets(&env, &format!("{old_name}: {token}\n"));
    let text = snap(
        "day_http_does_not_take_a_token_kept_under_the_host_name",
        "vss-cli -e http://127.0.0.1:PORT -u fern status (a token kept under the host's name)",
        env.bare_cli().args(["-e", &url, "-u", "fern", "status"]),
    );
    assert_eq!(exit_code(&text), 3, "{text}");
    let st = json_out(
        env.bare_cli()
            .env("VSS_USER_PASS", PASSWORD)
            .args(["-e", &url, "-u", "fern", "-o", "json", "status"]),
    );
    assert_eq!(st["token"]["source"], "login");
    let (fresh, source) = shown(env.bare_cli().args(["-e", &url, "-u", "fern"]));
    assert_eq!(source, "stored");
    assert_ne!(fresh, token);
    env.bare_cli()
        .args(["-e", &url, "-u", "fern", "logout"])
        .assert()
        .success();
    let bearers: Vec<String> = proxy
        .requests()
        .iter()
        .filter_map(|r| r.header("authorization"))
        .filter(|a| a.starts_with("Bearer "))
        .map(str::to_owned)
        .collect();
    assert!(!bearers.is_empty());
    assert!(
        bearers.iter().all(|b| *b == format!("Bearer {fresh}")),
        "a Bearer other than the fresh login's was sent"
    );
    // Nobody revoked it either: it still works where it belongs.
    assert_eq!(env.server.profile(&token).status.as_u16(), 200);
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one day of commands, read top to bottom"
)]
fn token_ls_marks_the_kept_token_and_rm_others_deletes_the_rest() {
    let env = Env::start();
    env.add_user("tom");
    // Two logins: one kept, one for a script (not kept).
    env.cli("tom").arg("status").assert().success();
    let other = stdout_of(env.cli("tom").args(["--no-session", "token", "mk"]));
    let other = other.trim_end();
    let (kept, source) = shown(&mut env.cli("tom"));
    assert_eq!(source, "stored");
    let (kept_id, other_id) = (token_id(&kept), token_id(other));
    assert_ne!(kept_id, other_id);

    let listed = json_out(env.cli("tom").args(["-o", "json", "token", "ls"]));
    let rows = listed.as_array().expect("a list");
    let ids: Vec<u64> = rows.iter().map(|r| r["id"].as_u64().unwrap()).collect();
    assert_eq!(ids.len(), 2, "{listed:#}");
    assert!(
        ids.contains(&kept_id) && ids.contains(&other_id),
        "{listed:#}"
    );
    let in_use: Vec<u64> = rows
        .iter()
        .filter(|r| r["in_use"] == true)
        .map(|r| r["id"].as_u64().unwrap())
        .collect();
    assert_eq!(in_use, [kept_id], "{listed:#}");
    for row in rows {
        for field in [
            "id",
            "created_on",
            "updated_on",
            "last_access",
            "ip_address",
            "valid",
            "type",
            "expiration",
            "duration",
            "in_use",
        ] {
            assert!(row.get(field).is_some(), "no {field}: {row}");
        }
    }

    let got = json_out(
        env.cli("tom")
            .args(["-o", "json", "token", "get", &other_id.to_string()]),
    );
    assert_eq!(
        (&got["id"], &got["in_use"]),
        (&json!(other_id), &json!(false))
    );
    let got = json_out(
        env.cli("tom")
            .args(["-o", "json", "token", "get", &kept_id.to_string()]),
    );
    assert_eq!(
        (&got["id"], &got["in_use"]),
        (&json!(kept_id), &json!(true))
    );

    // A token given is the one in use.
    let listed = json_out(
        env.cli("tom")
            .env("VSS_TOKEN", other)
            .args(["-o", "json", "token", "ls"]),
    );
    let in_use: Vec<&Value> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["in_use"] == true)
        .map(|r| &r["id"])
        .collect();
    assert_eq!(in_use, [&json!(other_id)], "{listed:#}");

    let text = snap(
        "day_token_rm_others",
        "vss-cli token rm --others",
        env.cli("tom").args(["token", "rm", "--others"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    assert!(
        text.contains(&format!("Deleted token {other_id}.")),
        "{text}"
    );
    assert_eq!(env.server.profile(other).status.as_u16(), 401);
    assert_eq!(env.server.profile(&kept).status.as_u16(), 200);
    assert_eq!(
        shown(&mut env.cli("tom")),
        (kept.clone(), "stored".to_owned())
    );
    let listed = json_out(env.cli("tom").args(["-o", "json", "token", "ls"]));
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed:#}");
    assert_eq!(listed[0]["id"], kept_id);
    assert_eq!(listed[0]["in_use"], true);

    // Deleting the one in use here forgets it here too: the next command logs in again.
    env.cli("tom")
        .args(["token", "rm", &kept_id.to_string()])
        .assert()
        .success();
    assert_eq!(env.server.profile(&kept).status.as_u16(), 401);
    assert!(!secrets(&env).contains(&kept));
    let (fresh, source) = shown(&mut env.cli("tom"));
    assert_eq!(source, "login");
    assert_ne!(fresh, kept);
}

/// The environment a command started by `exec` saw: `env`'s output as a map.
fn environment(printed: &str) -> BTreeMap<String, String> {
    printed
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect()
}

#[test]
fn exec_hands_over_the_token_and_no_secret() {
    let env = Env::start();
    env.add_user("max");
    let (key, recovery) = enrol(&env, "max", &[]);
    let code = code(&env, &key, 0);
    let secret_variables = [
        "VSS_USER_PASS",
        "VSS_API_USER_PASS",
        "VSS_USER_OTP",
        "VSS_API_USER_OTP",
        "VSS_RECOVERY_CODE",
    ];
    let printed = stdout_of(
        env.cli("max")
            .env("VSS_API_USER_PASS", PASSWORD)
            .env("VSS_USER_OTP", &code)
            .env("VSS_API_USER_OTP", &code)
            .args(["exec", "--", "env"]),
    );
    let seen = environment(&printed);
    let token = &seen["VSS_TOKEN"];
    assert_eq!(&seen["VSS_API_TOKEN"], token);
    assert_eq!(seen["VSS_ENDPOINT"], env.url());
    let claims = claims(token);
    assert_eq!(
        (&claims["sub"], &claims["otp"]),
        (&json!("max"), &json!(true))
    );
    let expires = chrono::DateTime::parse_from_rfc3339(&seen["VSS_TOKEN_EXPIRES_AT"])
        .unwrap_or_else(|e| panic!("{e}: {}", seen["VSS_TOKEN_EXPIRES_AT"]));
    assert_eq!(Some(expires.timestamp()), claims["exp"].as_i64());
    for name in secret_variables {
        assert!(!seen.contains_key(name), "{name} was passed on");
    }
    assert!(!printed.contains(PASSWORD) && !printed.contains(&code));

    // With the token kept: the recovery code given is not spent, nor passed on.
    let printed = stdout_of(
        env.cli("max")
            .env("VSS_API_USER_PASS", PASSWORD)
            .env("VSS_RECOVERY_CODE", &recovery[0])
            .args(["exec", "--", "env"]),
    );
    let seen = environment(&printed);
    assert_eq!(&seen["VSS_TOKEN"], token);
    for name in secret_variables {
        assert!(!seen.contains_key(name), "{name} was passed on");
    }
    assert!(!printed.contains(&recovery[0]));
}

#[test]
fn exec_min_valid_logs_in_again_when_the_kept_token_has_less_left() {
    let env = Env::start();
    env.add_user("ned");
    // A login two minutes ago, by the server's clock: its token has 58 minutes left.
    env.clock.advance(-120);
    env.cli("ned").arg("status").assert().success();
    env.clock.advance(120);
    let (kept, _) = shown(&mut env.cli("ned"));
    let token_of = |args: &[&str]| {
        stdout_of(env.cli("ned").arg("exec").args(args).args([
            "--",
            "sh",
            "-c",
            "printf %s \"$VSS_TOKEN\"",
        ]))
    };
    // A minute left is enough by default, and 58 minutes enough for --min-valid 3400s.
    assert_eq!(token_of(&[]), kept);
    assert_eq!(token_of(&["--min-valid", "3400s"]), kept);
    // Not for 3590 s: a new login, whose token is kept instead.
    let fresh = token_of(&["--min-valid", "3590s"]);
    assert_ne!(fresh, kept);
    assert_eq!(claims(&fresh)["sub"], "ned");
    assert_eq!(shown(&mut env.cli("ned")), (fresh, "stored".to_owned()));
}

/// `vss-cli` for `user` with `programs` first on `PATH`.
fn with_programs(env: &Env, user: &str, programs: &Programs) -> assert_cmd::Command {
    let mut cmd = env.cli(user);
    cmd.env("PATH", programs.path());
    cmd
}

/// `printf 'VSS:USER  CODE'` as `ykman oath accounts code` prints an account and its code,
/// the code made by `oathtool` from `key` now.
fn ykman_body(user: &str, key: &str) -> String {
    format!("printf 'VSS:{user}  %s\\n' \"$(oathtool --totp -b {key})\"")
}

#[test]
fn totp_command_runs_a_code_program_only_when_a_login_is_needed() {
    if !vss_testkit::tools::program("oathtool", "apt-get install oathtool") {
        return;
    }
    let env = Env::start();
    let programs = Programs::in_dir(&env.home.path().join("bin"));

    // Like `ykman oath accounts code VSS:yuki`: the account's name, then its code.
    env.add_user("yuki");
    let (key, _) = enrol(&env, "yuki", &[]);
    programs.script("ykman", &ykman_body("yuki", &key));
    let ykman = "ykman oath accounts code VSS:yuki";
    // A day of three commands: the program runs for the first one's login only.
    let text = snap(
        "day_totp_command_status",
        "vss-cli --totp-command 'ykman oath accounts code VSS:yuki' status",
        with_programs(&env, "yuki", &programs).args(["--totp-command", ykman, "status"]),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    assert_eq!(programs.runs("ykman"), 1);
    with_programs(&env, "yuki", &programs)
        .args(["--totp-command", ykman, "account", "get", "mfa"])
        .assert()
        .success();
    with_programs(&env, "yuki", &programs)
        .env("VSS_TOTP_COMMAND", ykman)
        .args(["exec", "true"])
        .assert()
        .success();
    assert_eq!(programs.runs("ykman"), 1);

    // Like `op item get VSS --otp`: just the code; named by VSS_TOTP_COMMAND.
    env.add_user("opal");
    let (key, _) = enrol(&env, "opal", &[]);
    programs.script("op", &format!("oathtool --totp -b {key}"));
    let st = json_out(
        with_programs(&env, "opal", &programs)
            .env("VSS_TOTP_COMMAND", "op item get VSS --otp")
            .args(["-o", "json", "status"]),
    );
    assert_eq!(
        (&st["username"], &st["token"]["source"]),
        (&json!("opal"), &json!("login"))
    );
    assert_eq!(st["token"]["otp"], true);
    assert_eq!(programs.runs("op"), 1);

    // One that takes a second (a key waiting for a touch), named by the endpoint's
    // `totp_command` in the configuration file.
    env.add_user("sol");
    let (key, _) = enrol(&env, "sol", &[]);
    programs.script("pass", &format!("sleep 1\noathtool --totp -b {key}"));
    let config = env.home.path().join("sol.yaml");
    std::fs::write(
        &config,
        format!(
            "endpoints:\n- name: slow\n  url: {}\n  username: sol\n  totp_command: pass otp \
             VSS/sol\n",
            env.url()
        ),
    )
    .unwrap();
    let st = json_out(
        with_programs(&env, "sol", &programs)
            .env_remove("VSS_ENDPOINT")
            .env_remove("VSS_USER")
            .args([
                "-c",
                config.to_str().unwrap(),
                "-e",
                "slow",
                "-o",
                "json",
                "status",
            ]),
    );
    assert_eq!(
        (&st["username"], &st["token"]["source"]),
        (&json!("sol"), &json!("login"))
    );
    assert_eq!(programs.runs("pass"), 1);
}

#[test]
fn a_code_program_that_fails_or_prints_no_code_is_named() {
    let env = Env::start();
    env.add_user("zoe");
    let programs = Programs::in_dir(&env.home.path().join("bin"));
    // Nothing kept yet: each command needs a login, and the program fails before a code is
    // sent (so no step is spent).
    enrol(&env, "zoe", &[]);
    programs.script("ykman", "echo 'ERROR: No YubiKey detected!' >&2\nexit 1");
    let text = snap(
        "day_totp_command_fails",
        "vss-cli --totp-command 'ykman oath accounts code VSS' token mk (ykman exits 1)",
        with_programs(&env, "zoe", &programs).args([
            "--totp-command",
            "ykman oath accounts code VSS",
            "token",
            "mk",
        ]),
    );
    assert_eq!(exit_code(&text), 2, "{text}");
    assert!(
        text.contains("`ykman`") && text.contains("exit status 1"),
        "{text}"
    );

    programs.script("vault", "echo 'the vault is locked'");
    let text = snap(
        "day_totp_command_prints_no_code",
        "VSS_TOTP_COMMAND='vault code VSS' vss-cli status (vault prints no digits)",
        with_programs(&env, "zoe", &programs)
            .env("VSS_TOTP_COMMAND", "vault code VSS")
            .arg("status"),
    );
    assert_eq!(exit_code(&text), 2, "{text}");
    assert!(text.contains("`vault`"), "{text}");
    // With -o json, status still prints one document.
    let out = with_programs(&env, "zoe", &programs)
        .env("VSS_TOTP_COMMAND", "vault code VSS")
        .args(["-o", "json", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let st: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(st["logged_in"], false);
    assert!(
        st["problem"]
            .as_str()
            .unwrap()
            .contains("printed no group of 6 to 8 digits"),
        "{st}"
    );

    let text = snap(
        "day_totp_command_not_found",
        "vss-cli --totp-command 'no-such-program --otp' token mk",
        with_programs(&env, "zoe", &programs).args([
            "--totp-command",
            "no-such-program --otp",
            "token",
            "mk",
        ]),
    );
    assert_eq!(exit_code(&text), 2, "{text}");
    assert_eq!(programs.runs("ykman") + programs.runs("vault"), 3);
    // Nothing was kept, and no login got through.
    assert!(!secrets(&env).contains("_token"));
}

#[test]
fn a_code_the_server_refuses_makes_the_program_run_once_more_in_the_next_step() {
    if !vss_testkit::tools::program("oathtool", "apt-get install oathtool") {
        return;
    }
    let env = Env::start();
    env.add_user("rex");
    let (key, _) = enrol(&env, "rex", &[]);
    let programs = Programs::in_dir(&env.home.path().join("bin"));
    // The first run gives a stale code (of a minute ago: used, or too old); the next ones
    // the code of their time.
    let runs = programs.dir().join(".ykman.runs");
    programs.script(
        "ykman",
        &format!(
            "if [ \"$(wc -l < '{}')\" -le 1 ]; then t=$(( $(date +%s) - 60 )); else t=$(date \
             +%s); fi\nprintf 'VSS:rex  %s\\n' \"$(oathtool --totp -b {key} -N @$t)\"",
            runs.display()
        ),
    );
    let out = with_programs(&env, "rex", &programs)
        .args([
            "--totp-command",
            "ykman oath accounts code VSS:rex",
            "token",
            "mk",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(programs.runs("ykman"), 2);
    let token = String::from_utf8(out.stdout).unwrap();
    assert_eq!(claims(token.trim_end())["otp"], true);
}

#[test]
fn the_configured_code_program_is_the_endpoints_own_users() {
    let env = Env::start();
    env.add_user("sol");
    env.add_user("uma");
    let programs = Programs::in_dir(&env.home.path().join("bin"));
    enrol(&env, "uma", &[]);
    // sol's program, in the entry of sol's endpoint; uma works at the same URL.
    programs.script("pass", "echo 123456");
    write_config(
        &env,
        &format!(
            "endpoints:\n- name: solo\n  url: {}\n  username: sol\n  totp_command: pass otp \
             VSS/sol\n",
            env.url()
        ),
    );
    let out = with_programs(&env, "uma", &programs)
        .args(["token", "mk"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(programs.runs("pass"), 0, "uma's login ran sol's program");
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "two accounts and a vault, read top to bottom"
)]
fn mk_secret_to_hands_the_key_over_and_never_shows_it() {
    if !vss_testkit::tools::program("oathtool", "apt-get install oathtool") {
        return;
    }
    let env = Env::start();
    env.add_user("ivy");
    let programs = Programs::in_dir(&env.home.path().join("bin"));
    let vault = env.home.path().join("vault");
    std::fs::create_dir_all(&vault).unwrap();
    let file = vault.join("vss.uri");
    // A vault's code command: the code of the otpauth:// URI it holds.
    programs.script(
        "vault-code",
        &format!(
            "uri=$(cat '{}')\nkey=${{uri#*secret=}}\nkey=${{key%%&*}}\noathtool --totp -b \"$key\"",
            file.display()
        ),
    );
    let secret_to = format!("sh -c \"cat > {}\"", file.display());
    let mut cmd = with_programs(&env, "ivy", &programs);
    cmd.args(["--totp-command", "vault-code"])
        .args(["account", "set", "mfa", "mk", "AUTHENTICATOR"])
        .args(["--secret-to", &secret_to, "--no-save-recovery-codes"]);
    let text = snap(
        "day_mk_secret_to",
        "vss-cli --totp-command vault-code account set mfa mk AUTHENTICATOR --secret-to 'sh -c \
         \"cat > FILE\"' --no-save-recovery-codes",
        &mut cmd,
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    let uri = std::fs::read_to_string(&file).unwrap();
    let uri = uri.trim_end();
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    let key = uri
        .split_once("secret=")
        .map(|(_, rest)| rest.split('&').next().unwrap())
        .unwrap();
    let grouped: Vec<String> = key
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    for shown in [uri, key, &grouped.join(" ")] {
        assert!(!text.contains(shown), "shown: {shown}\n{text}");
    }
    assert!(text.contains("enabled"), "{text}");
    // The server has it enabled with that key: the next step's code logs in.
    let st = json_out(env.cli("ivy").args([
        "--totp",
        &code(&env, key, 1),
        "-o",
        "json",
        "account",
        "get",
        "mfa",
    ]));
    assert_eq!(
        (&st["state"], &st["method"]),
        (&json!("enabled"), &json!("AUTHENTICATOR"))
    );
    // Nothing of it was kept here.
    assert!(!secrets(&env).contains(key));

    // Without --totp-command and without a terminal the enrolment waits for a code; -o json,
    // which prints the key and URI of an enrolment, prints neither.
    env.add_user("jo");
    let file = vault.join("jo.uri");
    let secret_to = format!("sh -c \"cat > {}\"", file.display());
    let out = env
        .cli("jo")
        .args(["-o", "json", "account", "set", "mfa", "mk", "AUTHENTICATOR"])
        .args(["--secret-to", &secret_to, "--no-save-recovery-codes"])
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{stderr}");
    let uri = std::fs::read_to_string(&file).unwrap();
    let uri = uri.trim_end();
    let key = uri
        .split_once("secret=")
        .unwrap()
        .1
        .split('&')
        .next()
        .unwrap();
    for shown in [uri, key] {
        assert!(
            !stdout.contains(shown) && !stderr.contains(shown),
            "{stdout}{stderr}"
        );
    }
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["state"], "pending");
    assert!(
        report.get("key").is_none() && report.get("uri").is_none(),
        "{report}"
    );
    assert!(stderr.contains("account set mfa verify CODE"), "{stderr}");
    env.cli("jo")
        .args(["account", "set", "mfa", "verify", &code(&env, key, 0)])
        .assert()
        .success();
}

#[test]
fn codes_typed_with_a_space_or_a_dash_log_in() {
    let env = Env::start();
    env.add_user("kai");
    let (key, _) = enrol(&env, "kai", &[]);
    let now = code(&env, &key, 0);
    let spaced = format!("{} {}", &now[..3], &now[3..]);
    let st = json_out(
        env.cli("kai")
            .args(["--totp", &spaced, "-o", "json", "status"]),
    );
    assert_eq!(
        (&st["token"]["source"], &st["token"]["otp"]),
        (&json!("login"), &json!(true))
    );
    let next = code(&env, &key, 1);
    let dashed = format!("{}-{}", &next[..3], &next[3..]);
    let token = stdout_of(
        env.cli("kai")
            .env("VSS_USER_OTP", &dashed)
            .args(["token", "mk"]),
    );
    assert_eq!(claims(token.trim_end())["otp"], true);
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "each failing server checked for one document"
)]
fn status_json_is_one_document_whatever_fails() {
    let env = Env::start();
    env.add_user("lea");
    let document = |cmd: &mut assert_cmd::Command, name: &str, command: &str, code: i32| {
        let out = cmd.output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let st: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "not one JSON document ({e}): {}",
                String::from_utf8_lossy(&out.stdout)
            )
        });
        assert_eq!(st["logged_in"], false, "{st}");
        assert!(st["problem"].is_string(), "{st}");
        snap(name, command, cmd);
        st
    };
    let down = vss_testkit::http::RefusingPort::new();
    let st = document(
        env.cli("lea")
            .env("VSS_ENDPOINT", down.url())
            .args(["-o", "json", "status"]),
        "day_status_json_server_down",
        "vss-cli -o json status (nothing listens)",
        5,
    );
    assert_eq!(st["endpoint"], down.url());
    let failing = Recorder::http(|_| {
        Answer::json(
            500,
            json!({"error": "InternalError", "message": "database is locked"}),
        )
    });
    document(
        env.cli("lea")
            .env("VSS_ENDPOINT", failing.url())
            .args(["-o", "json", "status"]),
        "day_status_json_server_failing",
        "vss-cli -o json status (the server answers 500)",
        6,
    );
    document(
        env.cli("lea")
            .env_remove("VSS_USER_PASS")
            .args(["-o", "json", "status"]),
        "day_status_json_not_logged_in",
        "vss-cli -o json status (no password)",
        3,
    );

    // A token kept, and the server failing when it is checked: the same, and the token is
    // kept for when the server is back.
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let failing = Arc::new(AtomicBool::new(false));
    let fails = Arc::clone(&failing);
    let proxy = Recorder::proxy(
        &env.url(),
        None,
        |_| {},
        move |_, answer| {
            if fails.load(Ordering::SeqCst) {
                *answer = Answer::json(
                    500,
                    json!({"error": "InternalError", "message": "database is locked"}),
                );
            }
        },
    );
    let at_proxy = || {
        let mut cmd = env.cli("lea");
        cmd.env("VSS_ENDPOINT", proxy.url());
        cmd
    };
    at_proxy().arg("status").assert().success();
    let (kept, _) = shown(&mut at_proxy());
    failing.store(true, Ordering::SeqCst);
    let out = at_proxy().args(["-o", "json", "status"]).output().unwrap();
    assert_eq!(out.status.code(), Some(6));
    let st: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(st["logged_in"], false);
    failing.store(false, Ordering::SeqCst);
    assert_eq!(shown(&mut at_proxy()), (kept, "stored".to_owned()));
}

#[test]
fn pyvss_variable_names_are_read_and_ours_win() {
    let env = Env::start();
    env.add_user("pia");
    let (key, _) = enrol(&env, "pia", &[]);
    let pyvss = || {
        let mut cmd = env.bare_cli();
        cmd.env("VSS_ENDPOINT", env.url());
        cmd
    };
    let text = snap(
        "day_status_with_pyvss_variables",
        "VSS_API_USER=pia VSS_API_USER_PASS=... VSS_API_USER_OTP=CODE vss-cli status",
        pyvss()
            .env("VSS_API_USER", "pia")
            .env("VSS_API_USER_PASS", PASSWORD)
            .env("VSS_API_USER_OTP", code(&env, &key, 0))
            .arg("status"),
    );
    assert_eq!(exit_code(&text), 0, "{text}");
    assert!(text.contains("token.otp         true"), "{text}");
    let (token, source) = shown(pyvss().env("VSS_API_USER", "pia"));
    assert_eq!(source, "stored");

    // Both namings set: ours are used.
    let st = json_out(
        pyvss()
            .arg("--no-session")
            .env("VSS_USER", "pia")
            .env("VSS_API_USER", "nobody")
            .env("VSS_USER_PASS", PASSWORD)
            .env("VSS_API_USER_PASS", "not the password")
            .env("VSS_USER_OTP", code(&env, &key, 1))
            .env("VSS_API_USER_OTP", "000000")
            .args(["-o", "json", "status"]),
    );
    assert_eq!(
        (&st["username"], &st["token"]["source"]),
        (&json!("pia"), &json!("login"))
    );

    // VSS_API_TOKEN is the token to use.
    let st = json_out(
        pyvss()
            .env("VSS_API_TOKEN", &token)
            .args(["-o", "json", "status"]),
    );
    assert_eq!(
        (&st["username"], &st["token"]["source"]),
        (&json!("pia"), &json!("given"))
    );
    let st = json_out(
        pyvss()
            .env("VSS_TOKEN", &token)
            .env("VSS_API_TOKEN", "not.a.token")
            .args(["-o", "json", "status"]),
    );
    assert_eq!(st["token"]["source"], "given");
    pyvss()
        .env("VSS_TOKEN", "not.a.token")
        .env("VSS_API_TOKEN", &token)
        .args(["status"])
        .assert()
        .code(3);
}
