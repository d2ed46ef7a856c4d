//! The interactive paths through a real pseudo-terminal, answered as a person would; the QR
//! code printed on the terminal is rebuilt into an image and decoded.

use vss_testkit::pty::{self, exit_code, strip_ansi, utf8};
use vss_testkit::{Env, PASSWORD};

/// How a terminal shows a character cell: the luminance of its foreground and background.
#[derive(Clone, Copy)]
struct Theme {
    fg: u8,
    bg: u8,
}
const DARK_THEME: Theme = Theme { fg: 230, bg: 20 };
const LIGHT_THEME: Theme = Theme { fg: 20, bg: 240 };

/// Rebuilds the picture a terminal shows for the half-block lines of a QR code. Lines that
/// set their own colours (bright white on black) are drawn in those, whatever the theme.
fn picture(lines: &[&str], theme: Theme) -> (usize, usize, Vec<u8>) {
    const PX: usize = 4;
    let rows: Vec<(Theme, Vec<char>)> = lines
        .iter()
        .map(|l| {
            let colours = if l.contains("\x1b[97;40m") {
                Theme { fg: 255, bg: 0 }
            } else {
                theme
            };
            (colours, strip_ansi(l).chars().collect())
        })
        .collect();
    let width = rows.iter().map(|(_, r)| r.len()).max().unwrap() * PX;
    let height = rows.len() * 2 * PX;
    let mut img = vec![0u8; width * height];
    for (row, (t, cells)) in rows.iter().enumerate() {
        for (col, ch) in cells.iter().enumerate() {
            let (top, bottom) = match ch {
                '█' => (t.fg, t.fg),
                '▀' => (t.fg, t.bg),
                '▄' => (t.bg, t.fg),
                _ => (t.bg, t.bg),
            };
            for dy in 0..2 * PX {
                let v = if dy < PX { top } else { bottom };
                let y = row * 2 * PX + dy;
                for dx in 0..PX {
                    img[y * width + col * PX + dx] = v;
                }
            }
        }
    }
    (width, height, img)
}

/// Decodes a QR code from a greyscale picture, as a scanner app does; `inverted` also tries
/// light-on-dark, as most phone scanners do.
fn scan(width: usize, height: usize, img: &[u8], inverted: bool) -> Option<String> {
    let mut img = img.to_vec();
    if inverted {
        img.iter_mut().for_each(|v| *v = 255 - *v);
    }
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| img[y * width + x]);
    prepared
        .detect_grids()
        .into_iter()
        .find_map(|g| g.decode().ok().map(|(_, text)| text))
}

/// The QR lines in a transcript: the run of lines made of half blocks.
fn qr_lines(transcript: &str) -> Vec<&str> {
    transcript
        .split(['\r', '\n'])
        .filter(|l| {
            let plain = strip_ansi(l);
            !plain.trim().is_empty() && plain.chars().all(|c| matches!(c, '█' | '▀' | '▄' | ' '))
        })
        .collect()
}

/// Enrols AUTHENTICATOR at a terminal, answering every prompt; returns the decoded QR lines'
/// transcript and the key shown.
fn enrol_authenticator_interactively(env: &Env, user: &str, no_color: bool) -> (String, String) {
    let mut cmd = env.pty_command(user, &["account", "set", "mfa", "mk", "AUTHENTICATOR"]);
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let mut p = pty::spawn(cmd);
    p.exp_string("Password").unwrap();
    p.send_line(PASSWORD).unwrap();
    p.exp_string("Show a QR code").unwrap();
    p.send_line("y").unwrap();
    let qr_part = utf8(&p.exp_string("Display the key").unwrap());
    p.send_line("y").unwrap();
    p.exp_string("Key (if you cannot scan the QR code): ")
        .unwrap();
    let key_line = p.read_line().unwrap();
    let key: String = strip_ansi(&key_line).split_whitespace().collect();
    p.exp_string("Save the recovery codes to").unwrap();
    p.send_line("y").unwrap();
    p.exp_string("Wrote the recovery codes").unwrap();

    // A wrong code first: asked again, the enrolment is not started over.
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line("000000").unwrap();
    p.exp_string("2 tries left").unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&env.totp_now(&key)).unwrap();
    p.exp_string("MFA is enabled").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    (qr_part, key)
}

#[test]
fn authenticator_at_a_terminal_shows_a_qr_that_scans_in_both_themes() {
    let env = Env::start();
    env.add_user("ana");
    let (transcript, key) = enrol_authenticator_interactively(&env, "ana", false);
    let lines = qr_lines(&transcript);
    assert!(lines.len() > 10, "no QR code in:\n{transcript}");
    for theme in [DARK_THEME, LIGHT_THEME] {
        let (w, h, img) = picture(&lines, theme);
        let uri = scan(w, h, &img, false).expect("the coloured QR code does not scan");
        assert!(uri.starts_with("otpauth://totp/VSS:ana?"), "{uri}");
        assert!(uri.contains(&format!("secret={key}")), "{uri} vs {key}");
    }
    // The recovery codes were saved privately where the prompt said.
    let file = env.home.path().join("ana_VSS_recovery_codes.txt");
    assert_eq!(vss_testkit::mode(&file), 0o600);
}

#[test]
fn authenticator_qr_without_colour_still_scans() {
    let env = Env::start();
    env.add_user("bo");
    let (transcript, key) = enrol_authenticator_interactively(&env, "bo", true);
    assert!(
        !transcript.contains("\x1b[97;40m"),
        "colour despite NO_COLOR"
    );
    let lines = qr_lines(&transcript);
    // Light-on-dark terminal: dark modules on light, as printed.
    let (w, h, img) = picture(&lines, DARK_THEME);
    let uri = scan(w, h, &img, false).expect("does not scan on a dark theme");
    assert!(uri.contains(&format!("secret={key}")));
    // Dark-on-light terminal: the picture is inverted; scanners that try both read it.
    let (w, h, img) = picture(&lines, LIGHT_THEME);
    let uri = scan(w, h, &img, true).expect("does not scan inverted on a light theme");
    assert!(uri.contains(&format!("secret={key}")));
}

#[test]
fn email_enable_and_disable_at_a_terminal() {
    let env = Env::start();
    env.add_user("cy");

    let cmd = env.pty_command("cy", &["account", "set", "mfa", "mk", "EMAIL"]);
    let mut p = pty::spawn(cmd);
    p.exp_string("Password").unwrap();
    p.send_line(PASSWORD).unwrap();
    p.exp_string("Recovery codes").unwrap();
    p.exp_string("Save the recovery codes to").unwrap();
    p.send_line("n").unwrap();
    p.exp_string("A code was sent by e-mail").unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&env.mailed_code("cy")).unwrap();
    p.exp_string("MFA is enabled").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    assert!(!env.home.path().join("cy_VSS_recovery_codes.txt").exists());

    // Disabling: confirm, then paste the token, with one typo on the way.
    let mut cmd = env.pty_command("cy", &["account", "set", "mfa", "rm"]);
    cmd.env("VSS_USER_PASS", PASSWORD);
    let mut p = pty::spawn(cmd);
    p.exp_string("Disable MFA on cy?").unwrap();
    p.send_line("y").unwrap();
    p.exp_string("Confirmation email sent.").unwrap();
    p.exp_string("Paste the confirmation token").unwrap();
    p.send_line("TYPO2345TYPO2345").unwrap();
    p.exp_string("tries left").unwrap();
    p.exp_string("Paste the confirmation token").unwrap();
    p.send_line(&env.mailed_token("cy")).unwrap();
    p.exp_string("TOTP has been disabled").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn login_at_a_terminal_asks_for_the_code() {
    let env = Env::start();
    env.add_user("di");
    env.cli("di")
        .args([
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--no-save-recovery-codes",
        ])
        .assert()
        .success();
    env.cli("di")
        .args(["account", "set", "mfa", "verify", &env.mailed_code("di")])
        .assert()
        .success();
    // A new code is sent at most every 30 seconds.
    env.next_step();

    let mut cmd = env.pty_command("di", &["account", "get", "mfa"]);
    cmd.env("VSS_USER_PASS", PASSWORD);
    let mut p = pty::spawn(cmd);
    p.exp_string("A code was sent by e-mail").unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&env.mailed_code("di")).unwrap();
    p.exp_string("EMAIL").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}

/// Files in a folder, for "nothing left behind" checks.
fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn ctrl_c_at_a_prompt_exits_130_and_leaves_nothing_behind() {
    let env = Env::start();
    env.add_user("eve");
    let before = files_in(env.home.path());

    // At the password prompt (echo is off there).
    let cmd = env.pty_command("eve", &["account", "set", "mfa", "mk", "AUTHENTICATOR"]);
    let mut p = pty::spawn(cmd);
    p.exp_string("Password").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 130);

    // At a question after the enrolment started.
    let mut cmd = env.pty_command("eve", &["account", "set", "mfa", "mk", "AUTHENTICATOR"]);
    cmd.env("VSS_USER_PASS", PASSWORD);
    let mut p = pty::spawn(cmd);
    p.exp_string("Show a QR code").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 130);
    assert_eq!(files_in(env.home.path()), before);
}

/// What the program wrote after `marker`, as a person reads it: colours stripped, lines
/// ended with `\n`.
fn said_after(transcript: &str, marker: &str) -> String {
    let plain = strip_ansi(&utf8(transcript)).replace("\r\n", "\n");
    let at = plain
        .find(marker)
        .unwrap_or_else(|| panic!("{marker:?} not in {plain:?}"));
    plain[at..].to_owned()
}

/// The command shown after `label` in `note`, run by `sh` as a person pasting it would (with
/// `vss-cli` on the PATH and the password in the environment); `CODE` replaced by `code`.
fn paste(env: &Env, note: &str, label: &str, code: &str) -> std::process::Output {
    let line = note
        .lines()
        .find_map(|l| l.trim().strip_prefix(label))
        .unwrap_or_else(|| panic!("no {label:?} in {note}"))
        .trim()
        .replace("CODE", code);
    let bin = vss_testkit::client::client_binary();
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    std::process::Command::new("sh")
        .args(["-c", &line])
        .env_clear()
        .env("PATH", path)
        .env("HOME", env.home.path())
        .env("VSS_SECRET_STORE", "file")
        .env("VSS_USER_PASS", PASSWORD)
        .current_dir(env.home.path())
        .output()
        .unwrap()
}

#[test]
fn ctrl_c_after_the_enrolment_started_says_it_is_pending_and_how_to_finish_or_cancel_it() {
    let env = Env::start();
    env.add_user("fay");

    // The key was not shown yet: starting over is the way to finish.
    let mut cmd = env.pty_command("fay", &["account", "set", "mfa", "mk", "AUTHENTICATOR"]);
    cmd.env("VSS_USER_PASS", PASSWORD);
    let mut p = pty::spawn(cmd);
    p.exp_string("Show a QR code").unwrap();
    p.send_control('c').unwrap();
    let said = said_after(&p.exp_eof().unwrap(), "The MFA enrolment");
    assert_eq!(exit_code(&p), 130);
    vss_testkit::snapshot::settings().bind(|| {
        vss_testkit::snapshot::insta::assert_snapshot!("ctrl_c_before_the_key_was_shown", said)
    });

    // EMAIL, at the code prompt: the code was sent; the printed commands work as shown.
    let mut cmd = env.pty_command(
        "fay",
        &[
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--no-save-recovery-codes",
        ],
    );
    cmd.env("VSS_USER_PASS", PASSWORD);
    let mut p = pty::spawn(cmd);
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_control('c').unwrap();
    let said = said_after(&p.exp_eof().unwrap(), "The MFA enrolment");
    assert_eq!(exit_code(&p), 130);
    vss_testkit::snapshot::settings()
        .bind(|| vss_testkit::snapshot::insta::assert_snapshot!("ctrl_c_at_the_code_prompt", said));
    let status = |env: &Env| {
        vss_testkit::json_out(env.cli("fay").args(["-o", "json", "account", "get", "mfa"]))
    };
    assert_eq!(status(&env)["state"], "pending");
    let out = paste(&env, &said, "finish it:", &env.mailed_code("fay"));
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("MFA has been enabled (EMAIL)"), "{stderr}");

    // A replacement, interrupted: the current factor stays.
    env.add_user("gil");
    let key = env.enable_authenticator("gil");
    let mut cmd = env.pty_command(
        "gil",
        &[
            "account",
            "set",
            "mfa",
            "mk",
            "SMS",
            "--phone",
            "+14165550100",
            "--replace",
            "--no-save-recovery-codes",
        ],
    );
    cmd.env("VSS_USER_PASS", PASSWORD)
        .env("VSS_USER_OTP", env.totp_now(&key));
    let mut p = pty::spawn(cmd);
    p.exp_string("Enter the 6-digit code to verify").unwrap();
    p.send_control('c').unwrap();
    let said = said_after(&p.exp_eof().unwrap(), "The move to SMS");
    assert_eq!(exit_code(&p), 130);
    vss_testkit::snapshot::settings().bind(|| {
        vss_testkit::snapshot::insta::assert_snapshot!("ctrl_c_during_a_replacement", said)
    });
}

#[test]
fn ctrl_c_at_the_save_question_says_the_codes_shown_were_not_saved() {
    let env = Env::start();
    env.add_user("ida");
    let before = files_in(env.home.path());
    let mut cmd = env.pty_command("ida", &["account", "set", "mfa", "mk", "EMAIL"]);
    cmd.env("VSS_USER_PASS", PASSWORD);
    let mut p = pty::spawn(cmd);
    p.exp_string("Save the recovery codes").unwrap();
    p.send_control('c').unwrap();
    let said = said_after(&p.exp_eof().unwrap(), "The MFA enrolment");
    assert_eq!(exit_code(&p), 130);
    assert_eq!(files_in(env.home.path()), before);
    vss_testkit::snapshot::settings().bind(|| {
        vss_testkit::snapshot::insta::assert_snapshot!("ctrl_c_at_the_save_question", said)
    });
}

#[test]
fn a_terminal_shorter_than_the_qr_code_gets_the_key_instead() {
    let env = Env::start();
    env.add_user("ike");
    let mut cmd = env.pty_command("ike", &["account", "set", "mfa", "mk", "AUTHENTICATOR"]);
    cmd.env("VSS_USER_PASS", PASSWORD);
    // 100 columns, 20 lines: wide enough, too short for the code and the next question.
    let mut p = pty::spawn_sized(cmd, 100, 20);
    let before = p.exp_string("Display the key to type in by hand?").unwrap();
    let said = said_after(&before, "The QR code needs");
    assert!(
        qr_lines(&utf8(&before)).is_empty(),
        "a QR code was drawn: {before}"
    );
    vss_testkit::snapshot::settings().bind(|| {
        vss_testkit::snapshot::insta::assert_snapshot!("qr_code_too_tall_for_the_terminal", said)
    });
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn a_prompt_wider_than_the_terminal_is_written_once() {
    let env = Env::start();
    env.add_user("jo");
    let mut cmd = env.pty_command("jo", &["account", "set", "mfa", "mk", "AUTHENTICATOR"]);
    cmd.env("VSS_USER_PASS", PASSWORD);
    // 50 columns: "Show a QR code to scan with your authenticator app?" does not fit with its
    // answer; typed keys must not make it drawn again and again.
    let mut p = pty::spawn_sized(cmd, 50, 60);
    p.exp_string("Show a QR code").unwrap();
    p.send("x").unwrap();
    p.send("\x7f").unwrap();
    p.send_line("n").unwrap();
    let after = p.exp_string("Display the key").unwrap();
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    let all = format!("{after}{rest}");
    assert_eq!(
        all.matches("Show a QR code").count(),
        0,
        "the question was drawn again while typing: {all}"
    );
}

#[test]
fn a_terminal_narrower_than_the_qr_code_gets_the_key_instead() {
    let env = Env::start();
    env.add_user("hal");
    let mut cmd = env.pty_command("hal", &["account", "set", "mfa", "mk", "AUTHENTICATOR"]);
    cmd.env("VSS_USER_PASS", PASSWORD);
    let mut p = pty::spawn_sized(cmd, 40, 50);
    // Measured first: no question about a QR code that could not be scanned, and none drawn.
    let before = p.exp_string("Display the key to type in by hand?").unwrap();
    let said = said_after(&before, "The QR code needs");
    assert!(
        qr_lines(&utf8(&before)).is_empty(),
        "a QR code was drawn: {before}"
    );
    vss_testkit::snapshot::settings().bind(|| {
        vss_testkit::snapshot::insta::assert_snapshot!("qr_code_too_wide_for_the_terminal", said)
    });
    // The key is offered (yes by default) and works.
    p.send_line("").unwrap();
    p.exp_string("Key (if you cannot scan the QR code): ")
        .unwrap();
    let key: String = strip_ansi(&p.read_line().unwrap())
        .split_whitespace()
        .collect();
    p.exp_string("Save the recovery codes to").unwrap();
    p.send_line("n").unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&env.totp_now(&key)).unwrap();
    p.exp_string("MFA is enabled").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);

    // Wide enough, the same terminal asks and draws it.
    env.add_user("ida");
    let mut cmd = env.pty_command("ida", &["account", "set", "mfa", "mk", "AUTHENTICATOR"]);
    cmd.env("VSS_USER_PASS", PASSWORD);
    let mut p = pty::spawn_sized(cmd, 120, 50);
    p.exp_string("Show a QR code").unwrap();
    p.send_line("y").unwrap();
    let drawn = p.exp_string("Display the key").unwrap();
    assert!(qr_lines(&utf8(&drawn)).len() > 10, "{drawn}");
}
