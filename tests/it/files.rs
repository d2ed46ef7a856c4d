//! The recovery-code and QR files of `mk` (a first time, a second time, `--replace`) and
//! `recovery-codes`: every check of the path happens before any call that changes the server
//! (a file that exists, a dangling symbolic link, a folder that takes no file), so a refusal
//! loses nothing; on a terminal an existing file is asked about (overwrite, another name, or
//! do not save); and a write that fails all the same after the server changed (a full disk,
//! really caused) prints the codes and says plainly that they were not saved.

use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;
use vss_testkit::fault::on_a_full_disk;
use vss_testkit::pty::{self, exit_code};
use vss_testkit::{assert_cmd_snapshot, json_out, Env, PASSWORD};

const NOTHING_CHANGED: &str = "nothing was changed on the server";

/// `vss-cli -o json account set mfa mk AUTHENTICATOR ARGS` as `user`; its JSON.
fn mk_authenticator(env: &Env, user: &str, args: &[&str]) -> Value {
    json_out(
        env.cli(user)
            .args(["-o", "json", "account", "set", "mfa", "mk", "AUTHENTICATOR"])
            .args(args),
    )
}

/// The account's MFA as `account get mfa` shows it, logging in with `code` if given.
fn status(env: &Env, user: &str, code: Option<&str>) -> Value {
    let mut cmd = env.cli(user);
    if let Some(code) = code {
        cmd.env("VSS_USER_OTP", code);
    }
    json_out(cmd.args(["-o", "json", "account", "get", "mfa"]))
}

/// The key in an `otpauth://` URI.
fn key_of(uri: &str) -> String {
    uri.split(['?', '&'])
        .find_map(|p| p.strip_prefix("secret="))
        .expect("a secret in the URI")
        .to_owned()
}

#[test]
fn a_second_mk_is_refused_before_the_server_changes_anything() {
    let env = Env::start();
    env.add_user("ann");
    let first = mk_authenticator(&env, "ann", &[]);
    let key = first["key"].as_str().unwrap().to_owned();
    let file = env.home.path().join("ann_VSS_recovery_codes.txt");
    let saved = std::fs::read_to_string(&file).unwrap();

    // The default name holds the first set: a second mk stops before asking the server.
    env.cli("ann")
        .args(["account", "set", "mfa", "mk", "AUTHENTICATOR"])
        .assert()
        .code(7)
        .stdout("")
        .stderr(
            predicate::str::contains("ann_VSS_recovery_codes.txt already exists")
                .and(predicate::str::contains(NOTHING_CHANGED)),
        );
    // So was a file named with --recovery-codes-file.
    std::fs::write(env.home.path().join("mine.txt"), "mine").unwrap();
    env.cli("ann")
        .args(["account", "set", "mfa", "mk", "EMAIL"])
        .args(["--recovery-codes-file", "mine.txt"])
        .assert()
        .code(7)
        .stderr(predicate::str::contains("mine.txt already exists"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), saved);
    assert_eq!(env.outbox().mails_to("ann").len(), 0, "no code was sent");
    // The first enrolment is still the one pending: its key, and the saved codes, work.
    env.cli("ann")
        .args(["account", "set", "mfa", "verify", &env.totp_now(&key)])
        .assert()
        .success();
    let code = first["recovery_codes"][0].as_str().unwrap();
    assert!(saved.contains(code));
    env.cli("ann")
        .args(["--recovery-code", code, "account", "get", "mfa"])
        .assert()
        .success();
}

#[test]
fn replace_and_new_recovery_codes_check_the_file_first() {
    let env = Env::start();
    env.add_user("bo");
    let (key, codes) = env.enable_with_codes("bo");
    std::fs::write(env.home.path().join("codes.txt"), "kept").unwrap();
    let code = env.totp_now(&key);

    env.cli("bo")
        .args(["--totp", &code, "account", "set", "mfa", "mk", "SMS"])
        .args(["--phone", "416-555-0100", "--replace"])
        .args(["--recovery-codes-file", "codes.txt"])
        .assert()
        .code(7)
        .stderr(
            predicate::str::contains("codes.txt already exists")
                .and(predicate::str::contains(NOTHING_CHANGED)),
        );
    env.cli("bo")
        .args(["--totp", &code, "account", "set", "mfa", "recovery-codes"])
        .args(["--recovery-codes-file", "codes.txt"])
        .assert()
        .code(7)
        .stderr(predicate::str::contains("codes.txt already exists"));
    assert_eq!(
        std::fs::read_to_string(env.home.path().join("codes.txt")).unwrap(),
        "kept"
    );
    assert!(env.outbox().texts().is_empty(), "no code was texted");
    // No replacement is pending, the code was not used, and the old set still works.
    let st = status(&env, "bo", Some(&code));
    assert_eq!(st["method"], "AUTHENTICATOR");
    assert!(st.get("pending_method").is_none(), "{st}");
    assert_eq!(st["recovery_codes_left"], 10);
    env.cli("bo")
        .args(["--recovery-code", &codes[0], "account", "get", "mfa"])
        .assert()
        .success();
}

#[test]
fn a_dangling_link_or_a_folder_that_takes_no_file_is_refused_first() {
    let env = Env::start();
    env.add_user("cy");
    let home = env.home.path();
    std::os::unix::fs::symlink(home.join("nowhere/target.txt"), home.join("link.txt")).unwrap();
    std::fs::write(home.join("a-file"), "").unwrap();
    for (path, says) in [
        // Written through, it would land elsewhere; replacing it needs --force.
        ("link.txt", "link.txt already exists".to_owned()),
        (
            "no/such/folder/codes.txt",
            "cannot write a file in no/such/folder".to_owned(),
        ),
        (
            "a-file/codes.txt",
            "cannot write a file in a-file".to_owned(),
        ),
        // A folder where no one, root included, can make a file.
        ("/proc/codes.txt", "cannot write a file in /proc".to_owned()),
    ] {
        for flag in ["--recovery-codes-file", "--qr-png"] {
            env.cli("cy")
                .args(["account", "set", "mfa", "mk", "AUTHENTICATOR", flag, path])
                .assert()
                .code(7)
                .stdout("")
                .stderr(
                    predicate::str::contains(says.as_str())
                        .and(predicate::str::contains(NOTHING_CHANGED)),
                );
        }
    }
    assert!(std::fs::symlink_metadata(home.join("link.txt"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(!home.join("nowhere").exists());
    std::fs::create_dir(home.join("a-folder")).unwrap();
    settings().bind(|| {
        assert_cmd_snapshot!(
            "mk_recovery_codes_file_is_a_folder",
            env.cli("cy").args([
                "account",
                "set",
                "mfa",
                "mk",
                "EMAIL",
                "--recovery-codes-file",
                "a-folder",
                "--force"
            ])
        )
    });
    assert_eq!(status(&env, "cy", None)["state"], "disabled");
    // With --force the link itself is replaced by the file; nothing is written through it.
    env.cli("cy")
        .args(["account", "set", "mfa", "mk", "AUTHENTICATOR"])
        .args(["--recovery-codes-file", "link.txt", "--force"])
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(home.join("link.txt"))
        .unwrap()
        .is_file());
    assert!(!home.join("nowhere").exists());
}

/// `vss-cli ARGS` as `user` with `dir` on a full disk.
fn on_full_disk(env: &Env, user: &str, dir: &Path, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = on_a_full_disk(dir, &vss_testkit::client::client_binary());
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home.path())
        .env("VSS_SECRET_STORE", "file")
        .env("VSS_ENDPOINT", env.url())
        .env("VSS_USER", user)
        .env("VSS_USER_PASS", PASSWORD)
        .current_dir(env.home.path())
        .args(args);
    let mut cmd = assert_cmd::Command::from_std(cmd);
    cmd.write_stdin("");
    cmd
}

/// [`settings`], described by `vss-cli ARGS` as `user` with `dir` on a full disk (the way it
/// is made differs from one machine to another, so it is left out).
fn full_disk_settings(
    env: &Env,
    user: &str,
    dir: &Path,
    args: &[&str],
) -> vss_testkit::snapshot::insta::Settings {
    let mut typed = env.cli(user);
    typed.args(args);
    let mut settings = settings();
    settings.set_description(format!(
        "{}, with {}/ on a full disk",
        vss_testkit::snapshot::command_line(&typed),
        dir.file_name().unwrap().to_string_lossy()
    ));
    settings
}

/// The snapshot filters, with what changes here: the OS's words for a full disk (ENOSPC on a
/// tmpfs, EFBIG where no file may grow), keys, URIs and codes.
fn settings() -> vss_testkit::snapshot::insta::Settings {
    let mut settings = vss_testkit::snapshot::settings();
    settings.add_filter(
        r"(No space left on device|File too large) \(os error \d+\)",
        "[DISK FULL]",
    );
    settings.add_filter(r"\b[A-Z2-7]{32}\b", "[KEY]");
    settings.add_filter(
        r"(?m)(\s)[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$",
        "$1[CODE]",
    );
    settings
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "each command meeting a full disk, in turn"
)]
fn a_full_disk_after_the_server_changed_prints_the_codes_and_says_so() {
    let env = Env::start();
    env.add_user("di");
    let full = env.home.path().join("full");
    std::fs::create_dir(&full).unwrap();

    // mk: the enrolment goes on and is printed, codes and key included, then exit 7.
    let out = on_full_disk(
        &env,
        "di",
        &full,
        &[
            "-o",
            "json",
            "account",
            "set",
            "mfa",
            "mk",
            "AUTHENTICATOR",
            "--recovery-codes-file",
            "full/codes.txt",
            "--qr-png",
            "full/qr.png",
        ],
    )
    .output()
    .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{stderr}");
    let enrolled: Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes = vss_testkit::strings(&enrolled["recovery_codes"]);
    assert_eq!(codes.len(), 10);
    assert_eq!(enrolled["state"], "pending");
    assert_eq!(enrolled["recovery_codes_file"], Value::Null);
    assert!(
        stderr.contains("the QR code image was NOT written"),
        "{stderr}"
    );
    assert!(!full.join("codes.txt").exists() && !full.join("qr.png").exists());
    // What was printed is all it takes: the enrolment stays pending, as said, and the key in
    // the printed URI finishes it; the printed codes log in.
    let key = key_of(enrolled["uri"].as_str().unwrap());
    assert_eq!(key, enrolled["key"].as_str().unwrap());
    assert!(
        stderr.contains("is pending until a code is verified"),
        "{stderr}"
    );
    env.cli("di")
        .arg("--no-session")
        .args(["account", "set", "mfa", "verify", &env.totp_now(&key)])
        .assert()
        .success();
    env.cli("di")
        .arg("--no-session")
        .args(["--recovery-code", &codes[0], "account", "get", "mfa"])
        .assert()
        .success();

    // recovery-codes: the new set (the old one stopped working) is printed, then exit 7.
    env.next_step();
    let code = env.totp_now(&key);
    let args = [
        "--totp",
        code.as_str(),
        "account",
        "set",
        "mfa",
        "recovery-codes",
        "--recovery-codes-file",
        "full/codes.txt",
    ];
    full_disk_settings(&env, "di", &full, &args).bind(|| {
        assert_cmd_snapshot!(
            "recovery_codes_on_a_full_disk",
            on_full_disk(&env, "di", &full, &args)
        )
    });
    env.next_step();
    let out = on_full_disk(
        &env,
        "di",
        &full,
        &[
            "-o",
            "json",
            "--totp",
            &env.totp_now(&key),
            "account",
            "set",
            "mfa",
            "recovery-codes",
            "--recovery-codes-file",
            "full/codes.txt",
        ],
    )
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(7));
    let fresh: Value = serde_json::from_slice(&out.stdout).unwrap();
    let fresh = vss_testkit::strings(&fresh["recovery_codes"]);
    assert_eq!(fresh.len(), 10);
    env.cli("di")
        .arg("--no-session")
        .args(["--recovery-code", &fresh[0], "account", "get", "mfa"])
        .assert()
        .success();
    env.cli("di")
        .arg("--no-session")
        .args(["--recovery-code", &codes[1], "account", "get", "mfa"])
        .assert()
        .code(3);
}

#[test]
fn the_message_of_a_full_disk_when_enrolling() {
    let env = Env::start();
    env.add_user("ed");
    let full = env.home.path().join("full");
    std::fs::create_dir(&full).unwrap();
    let args = [
        "account",
        "set",
        "mfa",
        "mk",
        "EMAIL",
        "--recovery-codes-file",
        "full/codes.txt",
    ];
    full_disk_settings(&env, "ed", &full, &args)
        .bind(|| assert_cmd_snapshot!("mk_on_a_full_disk", on_full_disk(&env, "ed", &full, &args)));
    // The code was sent all the same, and finishes the enrolment.
    env.cli("ed")
        .args(["account", "set", "mfa", "verify", &env.mailed_code("ed")])
        .assert()
        .success();
    // AUTHENTICATOR with a QR image: the URI, which holds the key, is printed instead.
    env.add_user("eli");
    let args = [
        "account",
        "set",
        "mfa",
        "mk",
        "AUTHENTICATOR",
        "--qr-png",
        "full/qr.png",
        "--no-save-recovery-codes",
    ];
    full_disk_settings(&env, "eli", &full, &args).bind(|| {
        assert_cmd_snapshot!(
            "mk_qr_png_on_a_full_disk",
            on_full_disk(&env, "eli", &full, &args)
        )
    });
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one terminal session, read top to bottom"
)]
fn at_a_terminal_an_existing_file_is_asked_about_before_anything_changes() {
    let env = Env::start();
    env.add_user("fay");
    let home = env.home.path();
    std::fs::write(home.join("codes.txt"), "kept").unwrap();
    let mut cmd = env.pty_command(
        "fay",
        &[
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--recovery-codes-file",
            "codes.txt",
        ],
    );
    cmd.env("VSS_USER_PASS", PASSWORD);
    let mut p = pty::spawn(cmd);
    p.exp_string(
        "codes.txt already exists: overwrite it (o), save under another name (a), or do not save \
         the codes (n)?",
    )
    .unwrap();
    // Asked before the enrolment started.
    assert_eq!(status(&env, "fay", None)["state"], "disabled");
    p.send_line("x").unwrap();
    p.exp_string("Answer o, a or n.").unwrap();
    p.send_line("a").unwrap();
    p.exp_string("Save the recovery codes to").unwrap();
    p.send_line("other.txt").unwrap();
    p.exp_string("Wrote the recovery codes to other.txt")
        .unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&env.mailed_code("fay")).unwrap();
    p.exp_string("MFA is enabled").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    assert_eq!(
        std::fs::read_to_string(home.join("codes.txt")).unwrap(),
        "kept"
    );
    let other = std::fs::read_to_string(home.join("other.txt")).unwrap();
    assert_eq!(other.lines().filter(|l| !l.starts_with('#')).count(), 10);

    // Overwrite, when asked (a second account, the same file).
    env.add_user("gus");
    let mut cmd = env.pty_command(
        "gus",
        &[
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--recovery-codes-file",
            "codes.txt",
        ],
    );
    cmd.env("VSS_USER_PASS", PASSWORD);
    let mut p = pty::spawn(cmd);
    p.exp_string("codes.txt already exists").unwrap();
    p.send_line("o").unwrap();
    p.exp_string("Wrote the recovery codes to codes.txt")
        .unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert!(std::fs::read_to_string(home.join("codes.txt"))
        .unwrap()
        .contains("# Account:  gus"));

    // Do not save: nothing is written, the codes are shown.
    env.add_user("hal");
    let mut cmd = env.pty_command(
        "hal",
        &[
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--recovery-codes-file",
            "codes.txt",
        ],
    );
    cmd.env("VSS_USER_PASS", PASSWORD);
    let mut p = pty::spawn(cmd);
    p.exp_string("codes.txt already exists").unwrap();
    p.send_line("n").unwrap();
    p.exp_string("Recovery codes let you log in").unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&env.mailed_code("hal")).unwrap();
    p.exp_string("MFA is enabled").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    assert!(std::fs::read_to_string(home.join("codes.txt"))
        .unwrap()
        .contains("# Account:  gus"));
}

#[test]
fn at_a_terminal_a_full_disk_after_the_server_changed_asks_where_else() {
    let env = Env::start();
    env.add_user("ivy");
    let full = env.home.path().join("full");
    std::fs::create_dir(&full).unwrap();
    let mut cmd = on_a_full_disk(&full, &vss_testkit::client::client_binary());
    let pty_env = env.pty_command("ivy", &[]);
    cmd.env_clear()
        .envs(pty_env.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .env("VSS_USER_PASS", PASSWORD)
        .current_dir(env.home.path())
        .args(["account", "set", "mfa", "mk", "EMAIL"])
        .args(["--recovery-codes-file", "full/codes.txt"]);
    let mut p = pty::spawn(cmd);
    p.exp_string("Recovery codes let you log in").unwrap();
    p.exp_string("cannot write full/codes.txt: ").unwrap();
    p.exp_string("Save the recovery codes under another name (a), or do not save them (n)?")
        .unwrap();
    p.send_line("o").unwrap();
    p.exp_string("Answer a or n.").unwrap();
    p.send_line("n").unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&env.mailed_code("ivy")).unwrap();
    p.exp_string("MFA is enabled").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}
