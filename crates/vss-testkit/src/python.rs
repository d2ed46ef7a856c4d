//! The public Python `vss-cli`, for tests that check what it writes, reads or sends: installed
//! once from PyPI into a throw-away virtualenv under `target/`, and reused by every later run.
//!
//! ```no_run
//! let Some(bin) = vss_testkit::python::venv_bin() else { return };
//! let status = std::process::Command::new(bin.join("vss-cli")).arg("--version").status();
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The release the client is compared with.
pub const VERSION: &str = "2026.4.0";

/// The `bin/` folder of a virtualenv with Python `vss-cli` [`VERSION`] (its `python`,
/// `vss-cli`, `pip`). Made on first use with `python3 -m venv` and pip, under a lock, so
/// parallel tests and test binaries share one; a finished one is reused.
///
/// Where it cannot be made (no `python3`, no `venv` module, PyPI out of reach), this returns
/// `None` after [`crate::tools::needed`] said why (or failed the test, under CI).
pub fn venv_bin() -> Option<PathBuf> {
    static VENV: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    match VENV.get_or_init(install) {
        Ok(bin) => Some(bin.clone()),
        Err(why) => {
            crate::tools::needed(
                &format!("the Python vss-cli {VERSION}"),
                false,
                &format!("python3 -m venv and pip from PyPI: {why}"),
            );
            None
        }
    }
}

/// `target/` of the running test (target/PROFILE/deps/TEST-HASH).
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    exe.ancestors()
        .nth(3)
        .expect("a test binary under target/PROFILE/deps")
        .to_owned()
}

fn install() -> Result<PathBuf, String> {
    let root = target_dir();
    let venv = root.join(format!("python-vss-cli-{VERSION}"));
    let bin = venv.join("bin");
    let done = venv.join(".installed");
    let lock = std::fs::File::create(root.join(format!("python-vss-cli-{VERSION}.lock")))
        .map_err(|e| format!("cannot create the lock file: {e}"))?;
    lock.lock()
        .map_err(|e| format!("cannot lock the virtualenv: {e}"))?;
    if done.exists() {
        return Ok(bin);
    }
    // A half-made one (an interrupted run) is made again.
    if venv.exists() {
        std::fs::remove_dir_all(&venv)
            .map_err(|e| format!("cannot remove {}: {e}", venv.display()))?;
    }
    run(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
    run(Command::new(bin.join("python"))
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .arg(format!("vss-cli=={VERSION}")))?;
    let mut marker =
        std::fs::File::create(&done).map_err(|e| format!("cannot mark the virtualenv: {e}"))?;
    writeln!(marker, "vss-cli=={VERSION}").map_err(|e| e.to_string())?;
    Ok(bin)
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {shown}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{shown} failed ({}): {}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// The Python `vss-cli` of the virtualenv at `bin` as a person runs it: a clean environment
/// (`PATH`, a `TERM`, `HOME` and the working directory `home`); the test adds the endpoint,
/// credentials and trust (`VSS_ENDPOINT`, `VSS_USER`, `VSS_USER_PASS`,
/// `REQUESTS_CA_BUNDLE`, ...) and arguments, and runs it on a pseudo-terminal
/// ([`crate::pty::spawn`]) where it asks questions.
pub fn command(bin: &Path, home: &Path) -> Command {
    let mut cmd = Command::new(bin.join("vss-cli"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("TERM", "xterm-256color")
        // Its spinner and colours on a terminal, in UTF-8 (it prints emoji).
        .env("LC_ALL", "C.UTF-8")
        .env("PYTHONIOENCODING", "utf-8")
        .current_dir(home);
    cmd
}

/// Runs the Python `script` with the virtualenv's interpreter and `args`, with only `HOME` and
/// `PATH` from outside (plus `envs`); returns its stdout, panicking with its output on failure.
pub fn run_script(
    bin: &Path,
    home: &Path,
    script: &str,
    args: &[&str],
    envs: &[(&str, &str)],
) -> String {
    let out = Command::new(bin.join("python"))
        .arg("-c")
        .arg(script)
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .envs(envs.iter().copied())
        .output()
        .expect("the virtualenv's python runs");
    assert!(
        out.status.success(),
        "the Python script failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The questions the Python `vss-cli` asks on a terminal, as it words them.
pub mod prompts {
    /// `mk AUTHENTICATOR`, first question.
    pub const SCAN_QR: &str =
        "Do you have a phone to scan a QR Code to generate TOTP codes? [y/N]: ";
    /// `mk AUTHENTICATOR`, second question.
    pub const SHOW_KEY: &str = "Do you like to display the security key? [y/N]: ";
    /// `mk`, when the server sent recovery codes.
    pub const SAVE_CODES: &str = "Would you like to save the codes into a text file? [y/N]: ";
    /// `mk`, last.
    pub const ENROL_CODE: &str = "Enter the 6-digit Code to verify enrolment was successful: ";
    /// `rm`, after the server e-mailed the confirmation token.
    pub const PASTE_TOKEN: &str = "Please, paste the token to continue: ";
}

/// What one run of the Python `vss-cli` printed on its terminal (UTF-8, colours removed), and
/// how it ended.
#[derive(Debug)]
pub struct Run {
    pub transcript: String,
    pub code: i32,
}

impl Run {
    /// Asserts the run succeeded; returns the transcript.
    #[track_caller]
    pub fn success(self) -> String {
        assert_eq!(
            self.code, 0,
            "the Python vss-cli failed:\n{}",
            self.transcript
        );
        self.transcript
    }
}

/// The Python `vss-cli` on a pseudo-terminal, answered question by question.
pub struct Conversation {
    session: crate::pty::PtySession,
    /// Raw terminal output so far (one `char` per byte, as rexpect gives it).
    raw: String,
}

impl Conversation {
    /// Starts `cmd` (see [`command`]) on a new pseudo-terminal.
    pub fn start(cmd: Command) -> Conversation {
        Conversation {
            session: crate::pty::spawn(cmd),
            raw: String::new(),
        }
    }

    /// Waits until the terminal shows `text`; returns everything shown so far.
    #[track_caller]
    pub fn wait_for(&mut self, text: &str) -> String {
        match self.session.exp_string(text) {
            Ok(before) => {
                self.raw.push_str(&before);
                self.raw.push_str(text);
                self.transcript()
            }
            Err(e) => panic!(
                "the Python vss-cli did not show {text:?} ({e}); it showed:\n{}",
                self.transcript()
            ),
        }
    }

    /// Waits for `question`, then types `answer` and Enter.
    #[track_caller]
    pub fn answer(&mut self, question: &str, answer: &str) -> &mut Conversation {
        self.wait_for(question);
        self.session.send_line(answer).unwrap();
        self
    }

    /// What the terminal showed so far, as a person reads it.
    pub fn transcript(&self) -> String {
        crate::pty::strip_ansi(&crate::pty::utf8(&self.raw))
    }

    /// Waits for the program to end.
    pub fn finish(mut self) -> Run {
        match self.session.exp_eof() {
            Ok(rest) => self.raw.push_str(&rest),
            Err(e) => panic!(
                "the Python vss-cli did not end ({e}); it showed:\n{}",
                self.transcript()
            ),
        }
        let code = crate::pty::exit_code(&self.session);
        Run {
            transcript: self.transcript(),
            code,
        }
    }
}

/// `vss-cli account --no-load set mfa mk METHOD [--phone PHONE]` of the Python tool, `cmd`
/// holding the endpoint and credentials: for AUTHENTICATOR it declines the QR code and shows
/// the key; it declines saving the recovery codes (unless `save_codes`); then it types the
/// code `code` gives, from what the terminal showed so far (the key is in it).
pub fn mk(
    mut cmd: Command,
    method: &str,
    phone: Option<&str>,
    save_codes: bool,
    code: impl FnOnce(&str) -> String,
) -> Run {
    cmd.args(["account", "--no-load", "set", "mfa", "mk", method]);
    if let Some(phone) = phone {
        cmd.args(["--phone", phone]);
    }
    let mut talk = Conversation::start(cmd);
    if method == "AUTHENTICATOR" {
        talk.answer(prompts::SCAN_QR, "n")
            .answer(prompts::SHOW_KEY, "y");
    }
    talk.answer(prompts::SAVE_CODES, if save_codes { "y" } else { "n" });
    let shown = talk.wait_for(prompts::ENROL_CODE);
    talk.session.send_line(&code(&shown)).unwrap();
    talk.finish()
}

/// The key the Python tool showed (`Use the following key if you are unable to scan the QR
/// Code:`, a blank line, the key), as a person reads it off the screen.
pub fn key_shown(transcript: &str) -> String {
    let after = transcript
        .split_once("Use the following key if you are unable to scan the QR Code:")
        .unwrap_or_else(|| panic!("no key shown:\n{transcript}"))
        .1;
    after
        .split_whitespace()
        .next()
        .unwrap_or_else(|| panic!("no key after the heading:\n{transcript}"))
        .to_owned()
}

/// `vss-cli account --no-load set mfa rm` of the Python tool: it pastes the token `token`
/// gives once the server has e-mailed it.
pub fn rm(mut cmd: Command, token: impl FnOnce() -> String) -> Run {
    cmd.args(["account", "--no-load", "set", "mfa", "rm"]);
    let mut talk = Conversation::start(cmd);
    talk.wait_for(prompts::PASTE_TOKEN);
    talk.session.send_line(&token()).unwrap();
    talk.finish()
}

/// The Python tool with `args`, asked nothing.
pub fn invoke(mut cmd: Command, args: &[&str]) -> Run {
    cmd.args(args);
    Conversation::start(cmd).finish()
}
