//! The interactive paths through a real pseudo-terminal, answered as a person would; the QR
//! code printed on the terminal is rebuilt into an image and decoded. The main flows (enrolling
//! an authenticator, enrolling and removing EMAIL, a login asking for the code) are pinned
//! whole as snapshots of the screen a person reads at the end: every prompt with its answer,
//! every line in between, colours and redrawn lines (spinners, answered questions) as the
//! terminal shows them.

use vss_testkit::pty::{self, exit_code, strip_ansi, utf8, PtySession};
use vss_testkit::{Env, PASSWORD};

/// The width of the terminal the pinned flows run on: wider than any line they print.
const SCREEN_COLUMNS: usize = 200;

/// What a terminal `columns` wide shows after `output` (UTF-8): characters written where the
/// cursor is, carriage returns, line feeds, cursor moves up, down and along a line, lines and
/// screens cleared; colours and other settings left out. Trailing blanks are trimmed.
fn screen(output: &str, columns: usize) -> String {
    let mut lines: Vec<Vec<char>> = vec![Vec::new()];
    let (mut row, mut col) = (0usize, 0usize);
    let mut chars = output.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => col = 0,
            '\n' => row += 1,
            '\x1b' => {
                if chars.peek() != Some(&'[') {
                    chars.next();
                    continue;
                }
                chars.next();
                let mut params = String::new();
                let mut command = ' ';
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        command = c;
                        break;
                    }
                    params.push(c);
                }
                let n = params.parse::<usize>().unwrap_or(0);
                match command {
                    'A' => row = row.saturating_sub(n.max(1)),
                    'B' => row += n.max(1),
                    'C' => col += n.max(1),
                    'D' => col = col.saturating_sub(n.max(1)),
                    'G' => col = n.max(1) - 1,
                    'K' | 'J' => {
                        if row < lines.len() {
                            let line = &mut lines[row];
                            match n {
                                0 => line.truncate(col),
                                1 => line.iter_mut().take(col + 1).for_each(|c| *c = ' '),
                                _ => line.clear(),
                            }
                        }
                        if command == 'J' && n == 0 {
                            lines.truncate(row + 1);
                        }
                    }
                    _ => {}
                }
            }
            c if c.is_control() => {}
            c => {
                if col >= columns {
                    row += 1;
                    col = 0;
                }
                if lines.len() <= row {
                    lines.resize(row + 1, Vec::new());
                }
                let line = &mut lines[row];
                if line.len() <= col {
                    line.resize(col + 1, ' ');
                }
                line[col] = c;
                col += 1;
            }
        }
        if lines.len() <= row {
            lines.resize(row + 1, Vec::new());
        }
    }
    let mut text: Vec<String> = lines
        .iter()
        .map(|l| l.iter().collect::<String>().trim_end().to_owned())
        .collect();
    while text.last().is_some_and(String::is_empty) {
        text.pop();
    }
    text.join("\n") + "\n"
}

/// A session on a pseudo-terminal whose whole output is kept, to be read back as the screen.
struct Shown {
    p: PtySession,
    output: String,
}

impl Shown {
    fn spawn(cmd: std::process::Command) -> Shown {
        Shown {
            p: pty::spawn_sized(cmd, SCREEN_COLUMNS as u16, 100),
            output: String::new(),
        }
    }

    /// Waits for `text`; returns what came before it.
    fn expect(&mut self, text: &str) -> String {
        let before = self.p.exp_string(text).unwrap();
        self.output.push_str(&before);
        self.output.push_str(text);
        before
    }

    fn read_line(&mut self) -> String {
        let line = self.p.read_line().unwrap();
        self.output.push_str(&line);
        self.output.push_str("\r\n");
        line
    }

    fn send_line(&mut self, line: &str) {
        self.p.send_line(line).unwrap();
    }

    /// Waits for the program to end; returns its exit code.
    fn end(&mut self) -> i32 {
        let rest = self.p.exp_eof().unwrap();
        self.output.push_str(&rest);
        exit_code(&self.p)
    }

    /// The screen at the end, a QR code's lines as one line saying how many there were.
    fn screen(&self) -> String {
        let mut out = Vec::new();
        let mut qr = 0;
        for line in screen(&utf8(&self.output), SCREEN_COLUMNS).lines() {
            let blocks =
                !line.trim().is_empty() && line.chars().all(|c| matches!(c, '█' | '▀' | '▄' | ' '));
            if blocks {
                qr += 1;
                continue;
            }
            if qr > 0 {
                out.push(format!("[QR CODE: {qr} lines]"));
                qr = 0;
            }
            out.push(line.to_owned());
        }
        out.join("\n") + "\n"
    }
}

/// Compares `shown` (the screen of the command `command`) with the snapshot `name`, with the
/// port, temporary paths and dates (the usual filters), recovery codes, the key shown, and
/// `secrets` (codes, tokens) replaced by placeholders.
fn assert_screen(name: &str, command: &str, shown: &str, secrets: &[(&str, &str)]) {
    let mut settings = vss_testkit::snapshot::settings();
    settings.add_filter(
        r"\b[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}\b",
        "[RECOVERY CODE]",
    );
    settings.add_filter(
        r"(?m)^(Key \(if you cannot scan the QR code\): ).+$",
        "${1}[KEY]",
    );
    for (secret, placeholder) in secrets {
        settings.add_filter(&regex::escape(secret), *placeholder);
    }
    settings.set_description(command);
    settings.bind(|| vss_testkit::snapshot::insta::assert_snapshot!(name, shown));
}

#[test]
fn the_screen_is_what_a_terminal_shows() {
    // A spinner redrawn in place and replaced, a prompt drawn again with its answer one line
    // up, a question whose default is redrawn, colours.
    let output = "\rPassword: \r\n\x1b[1A\r\x1b[2K\x1b[1B\x1b[1APassword: [hidden]\r\n\
                  ⠁ Working  \r\x1b[2K⠉ Working  \r\x1b[2KDone.\r\n\
                  Save? [Y/n] \x1b[?25l\r\x1b[2KSave? [y/N] \x1b[?25h\r\n\
                  \x1b[1mbold\x1b[0m and 12345\x1b[3Dabc\x1b[K\r\n";
    assert_eq!(
        screen(output, 80),
        "Password: [hidden]\nDone.\nSave? [y/N]\nbold and 12abc\n"
    );
    assert_eq!(screen("abcdef", 4), "abcd\nef\n");
}

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
/// transcript, the key shown, the code that verified it and the screen at the end.
fn enrol_authenticator_interactively(
    env: &Env,
    user: &str,
    no_color: bool,
) -> (String, String, String, String) {
    let mut cmd = env.pty_command(user, &["account", "set", "mfa", "mk", "AUTHENTICATOR"]);
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let mut p = Shown::spawn(cmd);
    p.expect("Password");
    p.send_line(PASSWORD);
    p.expect("Show a QR code");
    p.send_line("y");
    let qr_part = utf8(&p.expect("Display the key"));
    p.send_line("y");
    p.expect("Key (if you cannot scan the QR code): ");
    let key_line = p.read_line();
    let key: String = strip_ansi(&key_line).split_whitespace().collect();
    p.expect("Save the recovery codes to");
    p.send_line("y");
    p.expect("Wrote the recovery codes");

    // A wrong code first: asked again, the enrolment is not started over.
    p.expect("Enter the 6-digit code");
    p.send_line("000000");
    p.expect("2 tries left");
    p.expect("Enter the 6-digit code");
    let code = env.totp_now(&key);
    p.send_line(&code);
    p.expect("MFA is enabled");
    assert_eq!(p.end(), 0);
    (qr_part, key, code, p.screen())
}

#[test]
fn authenticator_at_a_terminal_shows_a_qr_that_scans_in_both_themes() {
    let env = Env::start();
    env.add_user("ana");
    let (transcript, key, code, shown) = enrol_authenticator_interactively(&env, "ana", false);
    assert_screen(
        "terminal_mk_authenticator",
        "vss-cli account set mfa mk AUTHENTICATOR (at a terminal: the password, y, y, y, a \
         wrong code, the right one)",
        &shown,
        &[(&code, "[CODE]")],
    );
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
    let (transcript, key, _, _) = enrol_authenticator_interactively(&env, "bo", true);
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
    let mut p = Shown::spawn(cmd);
    p.expect("Password");
    p.send_line(PASSWORD);
    p.expect("Recovery codes");
    p.expect("Save the recovery codes to");
    p.send_line("n");
    p.expect("A code was sent by e-mail");
    p.expect("Enter the 6-digit code");
    let code = env.mailed_code("cy");
    p.send_line(&code);
    p.expect("MFA is enabled");
    assert_eq!(p.end(), 0);
    assert!(!env.home.path().join("cy_VSS_recovery_codes.txt").exists());
    assert_screen(
        "terminal_mk_email",
        "vss-cli account set mfa mk EMAIL (at a terminal: the password, n, the mailed code)",
        &p.screen(),
        &[(&code, "[CODE]")],
    );

    // Disabling: confirm, then paste the token, with one typo on the way.
    let mut cmd = env.pty_command("cy", &["account", "set", "mfa", "rm"]);
    cmd.env("VSS_USER_PASS", PASSWORD);
    let mut p = Shown::spawn(cmd);
    p.expect("Disable MFA on cy?");
    p.send_line("y");
    p.expect("Confirmation email sent.");
    p.expect("Paste the confirmation token");
    p.send_line("TYPO2345TYPO2345");
    p.expect("tries left");
    p.expect("Paste the confirmation token");
    let token = env.mailed_token("cy");
    p.send_line(&token);
    p.expect("TOTP has been disabled");
    assert_eq!(p.end(), 0);
    assert_screen(
        "terminal_rm",
        "vss-cli account set mfa rm (at a terminal: y, a mistyped token, the mailed one)",
        &p.screen(),
        &[(&token, "[TOKEN]")],
    );
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
    let mut p = Shown::spawn(cmd);
    p.expect("A code was sent by e-mail");
    p.expect("Enter the 6-digit code");
    let code = env.mailed_code("di");
    p.send_line(&code);
    p.expect("EMAIL");
    assert_eq!(p.end(), 0);
    assert_screen(
        "terminal_login_asks_for_the_code",
        "vss-cli account get mfa (at a terminal, the password in VSS_USER_PASS: the mailed code)",
        &p.screen(),
        &[(&code, "[CODE]")],
    );
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
    let described = vss_testkit::snapshot::described(&format!(
        "what Ctrl-C at the first question (the key not shown yet) of {} says",
        vss_testkit::snapshot::std_command_line(&cmd)
    ));
    let mut p = pty::spawn(cmd);
    p.exp_string("Show a QR code").unwrap();
    p.send_control('c').unwrap();
    let said = said_after(&p.exp_eof().unwrap(), "The MFA enrolment");
    assert_eq!(exit_code(&p), 130);
    described.bind(|| {
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
    let described = vss_testkit::snapshot::described(&format!(
        "what Ctrl-C at the code prompt of {} says",
        vss_testkit::snapshot::std_command_line(&cmd)
    ));
    let mut p = pty::spawn(cmd);
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_control('c').unwrap();
    let said = said_after(&p.exp_eof().unwrap(), "The MFA enrolment");
    assert_eq!(exit_code(&p), 130);
    described
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
    let described = vss_testkit::snapshot::described(&format!(
        "what Ctrl-C at the code prompt of {} says",
        vss_testkit::snapshot::std_command_line(&cmd)
    ));
    let mut p = pty::spawn(cmd);
    p.exp_string("Enter the 6-digit code to verify").unwrap();
    p.send_control('c').unwrap();
    let said = said_after(&p.exp_eof().unwrap(), "The move to SMS");
    assert_eq!(exit_code(&p), 130);
    described.bind(|| {
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
    let described = vss_testkit::snapshot::described(&format!(
        "what Ctrl-C at the question where to save the recovery codes of {} says",
        vss_testkit::snapshot::std_command_line(&cmd)
    ));
    let mut p = pty::spawn(cmd);
    p.exp_string("Save the recovery codes").unwrap();
    p.send_control('c').unwrap();
    let said = said_after(&p.exp_eof().unwrap(), "The MFA enrolment");
    assert_eq!(exit_code(&p), 130);
    assert_eq!(files_in(env.home.path()), before);
    described.bind(|| {
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
    let described = vss_testkit::snapshot::described(&format!(
        "what {} says on a terminal of 100 columns and 20 lines",
        vss_testkit::snapshot::std_command_line(&cmd)
    ));
    let mut p = pty::spawn_sized(cmd, 100, 20);
    let before = p.exp_string("Display the key to type in by hand?").unwrap();
    let said = said_after(&before, "The QR code needs");
    assert!(
        qr_lines(&utf8(&before)).is_empty(),
        "a QR code was drawn: {before}"
    );
    described.bind(|| {
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
    let described = vss_testkit::snapshot::described(&format!(
        "what {} says on a terminal of 40 columns and 50 lines",
        vss_testkit::snapshot::std_command_line(&cmd)
    ));
    let mut p = pty::spawn_sized(cmd, 40, 50);
    // Measured first: no question about a QR code that could not be scanned, and none drawn.
    let before = p.exp_string("Display the key to type in by hand?").unwrap();
    let said = said_after(&before, "The QR code needs");
    assert!(
        qr_lines(&utf8(&before)).is_empty(),
        "a QR code was drawn: {before}"
    );
    described.bind(|| {
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
