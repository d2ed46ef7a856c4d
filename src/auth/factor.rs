//! The second factor: a code given up front (`--totp`, spaces and dashes as apps and mails show
//! them), a recovery code, a code made from a kept TOTP secret (`--totp auto`), a code from a
//! program (`--totp-command`: a hardware key or a vault), or — on a terminal — a code typed at
//! the prompt (up to three tries), with one sent by e-mail or SMS first for those methods.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::Session;
use crate::error::{Error, Result};
use crate::secrets::Kind;
use crate::settings::{compact_code, CodeCommand, Proof};
use crate::terminal::{Prompter, Terminal};
use vss_redacted::constant_time_eq;
use vss_redacted::Secret;
use vss_totp as otp;
use vss_wire::Credentials;
use vss_wire::{ErrorKind, Method};

/// How many codes a person may type before the command gives up.
pub(crate) const TRIES: usize = 3;
/// How long a code-giving program may take (a key may wait for a touch).
const COMMAND_TIME_LIMIT: Duration = Duration::from_secs(60);
/// How far into the next time step a refused made code is made again.
const NEXT_STEP_MARGIN_MS: u64 = 500;

/// A question whose answer is checked by the server.
pub(crate) struct CodePrompt<'a> {
    /// The question, e.g. "Enter the 6-digit code".
    pub(crate) prompt: &'a str,
    /// Checks the form of an answer before it is sent and gives what is sent; `Err` says what
    /// is wrong.
    pub(crate) check: fn(&str) -> std::result::Result<String, &'static str>,
}

/// A 6-digit code (spaces and dashes inside are dropped).
pub(crate) fn check_code(s: &str) -> std::result::Result<String, &'static str> {
    compact_code(s).ok_or("a code is 6 digits")
}

/// A 6-digit code or a recovery code (`abcd-efgh-ijkl-mnop`; case, dashes and spaces do not
/// matter).
pub(crate) fn check_code_or_recovery(s: &str) -> std::result::Result<String, &'static str> {
    if let Some(code) = compact_code(s) {
        return Ok(code);
    }
    let compact: String = s
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .collect();
    if compact.len() == 16 && compact.chars().all(|c| c.is_ascii_alphanumeric()) {
        Ok(s.trim().to_owned())
    } else {
        Err("enter the 6-digit code, or a recovery code like abcd-efgh-ijkl-mnop")
    }
}

/// Asks for a value and tries it with `attempt`; a refused value (an authentication error)
/// is asked for again, up to [`TRIES`] times. Malformed answers are asked again without
/// spending a try. Why an answer was refused is told on `term`.
pub(crate) fn ask_until_accepted<T>(
    term: &Terminal,
    prompter: &dyn Prompter,
    question: &CodePrompt<'_>,
    mut attempt: impl FnMut(&Secret) -> Result<T>,
) -> Result<T> {
    let mut tries_left = TRIES;
    let mut malformed = 0;
    loop {
        let answer = prompter.input(question.prompt)?;
        let answer = match (question.check)(answer.trim()) {
            Ok(answer) => answer,
            Err(why) => {
                malformed += 1;
                if malformed >= 2 * TRIES {
                    return Err(Error::usage(format!("no valid answer given: {why}")));
                }
                term.tell(format!("{why}; try again"));
                continue;
            }
        };
        match attempt(&Secret::from(answer)) {
            Err(e @ Error::Auth { .. }) => {
                tries_left -= 1;
                if tries_left == 0 {
                    return Err(e);
                }
                let plural = if tries_left == 1 { "try" } else { "tries" };
                let note = if is_otp_refusal(&e) {
                    " (each code works once: if you just used this one, wait for the next)"
                } else {
                    ""
                };
                term.tell(format!("{e}{note}; {tries_left} {plural} left"));
            }
            other => return other,
        }
    }
}

/// True for the server's "a second factor is missing or wrong" (`InvalidOtp`, or from a server
/// that names no finer kind, a refused `InvalidParameterValue`).
pub(crate) fn is_otp_refusal(e: &Error) -> bool {
    matches!(
        e,
        Error::Auth {
            kind: ErrorKind::InvalidOtp | ErrorKind::InvalidParameterValue,
            ..
        }
    )
}

/// The method a refusal names (`MFA is enabled (SMS)`): the API's own words for them.
fn named_method(e: &Error) -> Option<Method> {
    let said = e.to_string();
    let words: Vec<&str> = said
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let named: Vec<Method> = Method::ALL
        .into_iter()
        .filter(|m| words.contains(&m.as_str()))
        .collect();
    match named.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Milliseconds since the Unix epoch, by this computer's clock.
fn now_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// The first group of 6 to 8 digits in `text` (a program's output: `ykman` prints the
/// account's name before the code, `op` just the code).
fn first_code(text: &str) -> Option<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|run| (6..=8).contains(&run.len()))
}

impl Session {
    /// ` (this computer's clock is N s behind the server's)` when the server's clock was
    /// seen, else nothing: the clause a refused-code hint ends its clock advice with.
    fn clock_offset(&self) -> String {
        self.api()
            .ok()
            .and_then(|api| api.describe_offset())
            .map(|o| format!(" ({o})"))
            .unwrap_or_default()
    }

    /// Adds what to check to a refused code, the likeliest cause first: a code already used
    /// (each works once), then a code too old, then a mistyped code or a wrong clock (with
    /// the offset, when known).
    pub(crate) fn explain_refused_code(&self, e: Error) -> Error {
        if !is_otp_refusal(&e) {
            return e;
        }
        let clock = self.clock_offset();
        let resend = self.command_line(&["account", "set", "mfa", "get-token"]);
        e.with_hint(format!(
            "each code works once: if this one was just used, wait for the next (TOTP codes \
             change every 30 s); an e-mailed or texted code lasts 10 minutes (`{resend}` sends \
             a new one); else check the code, and that your device's clock is right{clock}"
        ))
    }

    /// Runs `attempt` with a proof of the current second factor: the one given up front,
    /// else — when the server asks for one — a code sent by e-mail or SMS (for those methods)
    /// and typed in at the terminal.
    ///
    /// `attempt(None)` is tried first when nothing was given, so accounts without MFA need
    /// no code. Returns whether a recovery code was used.
    pub(crate) fn with_second_factor<T>(
        &self,
        creds: &Credentials,
        needs_proof: bool,
        attempt: impl FnMut(Option<&Secret>) -> Result<T>,
    ) -> Result<(T, bool)> {
        self.second_factor(creds, needs_proof, true, attempt)
    }

    /// [`Session::with_second_factor`]; when `ask` is false, nothing is sent or asked for:
    /// without a proof given up front, the server's refusal is the answer.
    pub(super) fn second_factor<T>(
        &self,
        creds: &Credentials,
        needs_proof: bool,
        ask: bool,
        mut attempt: impl FnMut(Option<&Secret>) -> Result<T>,
    ) -> Result<(T, bool)> {
        let given = match &self.settings.proof {
            Some(Proof::Code(c)) => Some((c.clone(), false)),
            Some(Proof::Recovery(c)) => Some((c.clone(), true)),
            Some(Proof::Auto) => {
                return self
                    .with_made_code(|| self.auto_code(), attempt)
                    .map(|t| (t, false))
            }
            Some(Proof::Command(command)) => {
                return self
                    .with_made_code(|| self.command_code(command), attempt)
                    .map(|t| (t, false))
            }
            None => None,
        };
        if let Some((proof, recovery)) = given {
            return attempt(Some(&proof))
                .map(|t| (t, recovery))
                .map_err(|e| self.explain_refused_code(e));
        }
        // The method, when the server's refusal names it.
        let mut method = None;
        if !needs_proof || !ask {
            match attempt(None) {
                Err(e) if is_otp_refusal(&e) && ask => method = named_method(&e),
                Err(e) if is_otp_refusal(&e) => {
                    let hint = self.no_code_hint(named_method(&e));
                    return Err(e.with_hint(hint));
                }
                other => return other.map(|t| (t, false)),
            }
        }
        // Without a terminal nothing is sent: a script that cannot type the code in gets a
        // code by asking for one (`get-token`), then passes it.
        let what = if needs_proof {
            "a code of the account's current second factor"
        } else {
            "a one-time code (this account has MFA)"
        };
        let prompter = self.prompter(what, &self.no_code_hint(method))?;
        let api = self.api()?;
        // An EMAIL or SMS account gets a code now; an AUTHENTICATOR account is refused (its
        // codes come from the app), which is fine.
        match api.request_code(creds) {
            Ok(sent) => self
                .term
                .tell(sent.message_or("A code was sent by e-mail or SMS.")),
            Err(Error::Refused { .. }) => {}
            Err(e) => return Err(e),
        }
        let question = CodePrompt {
            // A proof asked for up front is of the factor the account has now (a replacement
            // is verified with the new one later).
            prompt: if needs_proof {
                "Enter the 6-digit code of your current second factor (or a recovery code)"
            } else {
                "Enter the 6-digit code (or a recovery code)"
            },
            check: check_code_or_recovery,
        };
        let mut recovery = false;
        let out = ask_until_accepted(&self.term, prompter, &question, |code| {
            recovery = !otp::is_code(code.expose());
            attempt(Some(code))
        })
        .map_err(|e| self.explain_refused_code(e))?;
        Ok((out, recovery))
    }

    /// How to pass a second factor without a terminal: for `method` when the server named
    /// it, else for each.
    fn no_code_hint(&self, method: Option<Method>) -> String {
        let get_token = self.command_line(&["account", "set", "mfa", "get-token"]);
        let app = "--totp CODE (or set VSS_USER_OTP), or name a program that prints one with \
                   --totp-command (or VSS_TOTP_COMMAND)";
        let sent =
            format!("first have a code sent with `{get_token}`, then pass it with --totp CODE");
        match method {
            Some(Method::Authenticator) => {
                format!("pass the code your authenticator app shows: {app}; or use --recovery-code CODE")
            }
            Some(m @ (Method::Email | Method::Sms)) => {
                let by = if m == Method::Sms { "SMS" } else { "e-mail" };
                format!("this account's codes come by {by}: {sent}; or use --recovery-code CODE")
            }
            None => format!(
                "with an authenticator app, pass its code: {app}; with EMAIL or SMS, {sent}; or \
                 use --recovery-code CODE"
            ),
        }
    }

    /// Runs `attempt` with a code that `make` makes (from the kept TOTP secret, or a program)
    /// with its time step. Each code works once, so when it is refused — most likely because
    /// this time step's code was just used, by another job or a `verify` — it waits for the
    /// next step (at most 30 s; a countdown on a terminal) and tries that step's code once.
    pub(crate) fn with_made_code<T>(
        &self,
        make: impl Fn() -> Result<(Secret, u64)>,
        mut attempt: impl FnMut(Option<&Secret>) -> Result<T>,
    ) -> Result<T> {
        let (code, step) = make()?;
        match attempt(Some(&code)) {
            Err(e) if is_otp_refusal(&e) => {}
            other => return other,
        }
        // A little past the next step, for a program whose clock is a little behind ours
        // (a coarse system clock, a key's own).
        let next = (step + 1) * otp::STEP;
        let wait = Duration::from_millis(
            (next.saturating_mul(1000) + NEXT_STEP_MARGIN_MS)
                .saturating_sub(now_millis())
                .min(otp::STEP * 1000 + NEXT_STEP_MARGIN_MS),
        );
        self.term.countdown(
            "The code of this 30-second step was refused (each code works once, and it may \
             have been used just now); trying the next one in",
            wait,
        );
        let mut fresh = make()?.0;
        // A program still on the old step gives the same code: it is asked again shortly.
        for _ in 0..3 {
            if !constant_time_eq(fresh.expose().as_bytes(), code.expose().as_bytes()) {
                break;
            }
            std::thread::sleep(Duration::from_secs(1));
            fresh = make()?.0;
        }
        let code = fresh;
        attempt(Some(&code)).map_err(|e| self.explain_refused_made_code(e))
    }

    /// Adds what to check when the codes of two steps in a row were refused.
    fn explain_refused_made_code(&self, e: Error) -> Error {
        if !is_otp_refusal(&e) {
            return e;
        }
        let clock = self.clock_offset();
        match &self.settings.proof {
            Some(Proof::Command(command)) => e.with_hint(format!(
                "{}: the codes `{}` gave for two time steps in a row were refused: check that \
                 it gives the code of this account at {}, and that this computer's clock is \
                 right{clock}",
                command.source,
                command.program(),
                self.settings.endpoint
            )),
            _ => e.with_hint(format!(
                "--totp auto: the codes of two time steps in a row were refused, so the TOTP \
                 secret stored here no longer matches the account (MFA enrolled again, or \
                 reset?), or this computer's clock is wrong{clock}; remove the secret with \
                 `{}` and log in with --totp CODE",
                self.command_line(&["account", "set", "mfa", "forget-secret"])
            )),
        }
    }

    /// The kept TOTP secret's current code, for `--totp auto`, and its time step.
    pub(crate) fn auto_code(&self) -> Result<(Secret, u64)> {
        let user = self.username()?.to_owned();
        let (stored, _) = self.kept(Kind::TotpSecret, &user)?.ok_or_else(|| {
            Error::usage(format!(
                "--totp auto: no TOTP secret is stored for {user} at {}",
                self.settings.endpoint
            ))
            .with_hint(format!(
                "keep one when you enrol: {}, or name a program that gives codes with \
                 --totp-command",
                self.command_line(&[
                    "account",
                    "set",
                    "mfa",
                    "mk",
                    "AUTHENTICATOR",
                    "--remember-secret"
                ])
            ))
        })?;
        let secret = otp::from_base32(stored.expose())
            .map_err(|e| Error::file(format!("the stored TOTP secret is damaged: {e}")))?;
        let now = chrono::Utc::now().timestamp() as u64;
        otp::code_at(&secret, now)
            .map(|code| (Secret::from(code), now / otp::STEP))
            .map_err(|e| Error::file(e.to_string()))
    }

    /// Runs the code-giving program (without a shell, standard input closed, at most
    /// [`COMMAND_TIME_LIMIT`]) and takes the first group of 6 to 8 digits it prints, with the
    /// time step it was read in. On a terminal the user sees that it is waited for (a key
    /// may need a touch); what the program says on stderr reaches the user as it is.
    pub(crate) fn command_code(&self, command: &CodeCommand) -> Result<(Secret, u64)> {
        let program = command.program();
        let failed = |why: String| {
            Error::usage(format!(
                "{}: `{program}` gave no one-time code: {why}",
                command.source
            ))
            .with_hint(format!(
                "run `{}` yourself to see what it says, or pass the code with --totp CODE",
                crate::terminal::shell_command(command.words.iter().map(String::as_str))
            ))
        };
        let output = self
            .term
            .spin(
                &format!("Waiting for `{program}` to give a one-time code"),
                || run_with_limit(&command.words, None, COMMAND_TIME_LIMIT),
            )
            .map_err(failed)?;
        let text = String::from_utf8_lossy(&output);
        let code = first_code(&text)
            .ok_or_else(|| failed("it printed no group of 6 to 8 digits".into()))?
            .to_owned();
        let step = chrono::Utc::now().timestamp() as u64 / otp::STEP;
        Ok((Secret::from(code), step))
    }
}

/// Writes `secret` (an `otpauth://` URI) to the standard input of `command`, which keeps it
/// (a vault's or a key's insert command); what it prints goes to stderr, so that standard
/// output stays data. The secret never appears among its arguments.
pub(crate) fn hand_secret_to(
    term: &Terminal,
    command: &CodeCommand,
    secret: &Secret,
) -> Result<()> {
    let program = command.program();
    term.spin(&format!("Handing the key to `{program}`"), || {
        run_with_limit(
            &command.words,
            Some(format!("{}\n", secret.expose()).as_bytes()),
            COMMAND_TIME_LIMIT,
        )
    })
    .map(|printed| {
        if !printed.is_empty() {
            term.tell(String::from_utf8_lossy(&printed).trim_end());
        }
    })
    .map_err(|why| {
        Error::usage(format!(
            "--secret-to: `{program}` did not take the key: {why}"
        ))
    })
}

/// Runs `words` (with `input` on its standard input, else none) and returns what it printed
/// on stdout, or why it failed: not found, not executable, a failure status, or no end within
/// `limit` (then it is killed).
fn run_with_limit(
    words: &[String],
    input: Option<&[u8]>,
    limit: Duration,
) -> std::result::Result<Vec<u8>, String> {
    let mut child = Command::new(&words[0])
        .args(&words[1..])
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => "no such command (looked for in PATH)".to_owned(),
            std::io::ErrorKind::PermissionDenied => "it is not an executable file".to_owned(),
            _ => crate::error::root_cause(&e),
        })?;
    if let (Some(input), Some(mut stdin)) = (input, child.stdin.take()) {
        use std::io::Write;
        // A program that exits without reading is told apart below by its status.
        let _ = stdin.write_all(input);
    }
    let mut stdout = child.stdout.take().expect("stdout is piped");
    // Read on another thread, so that a program printing more than a pipe holds cannot stall.
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = stdout.by_ref().take(64 * 1024).read_to_end(&mut out);
        out
    });
    let deadline = Instant::now() + limit;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "it did not finish within {} s, and was stopped",
                    limit.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(e.to_string()),
        }
    };
    let out = reader.join().unwrap_or_default();
    if !status.success() {
        use std::os::unix::process::ExitStatusExt;
        return Err(match (status.code(), status.signal()) {
            (Some(code), _) => format!("it failed with exit status {code}"),
            (None, Some(signal)) => format!("it was ended by signal {signal}"),
            _ => "it failed".to_owned(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terminal::{buffered, Captured, ScriptedPrompter};

    fn terminal() -> (Terminal, Captured) {
        buffered(true, false, None, Box::new(ScriptedPrompter::default()))
    }

    fn refused() -> Error {
        Error::Auth {
            kind: ErrorKind::InvalidOtp,
            message: "InvalidParameterValue: otp is invalid or expired".into(),
            hint: None,
        }
    }

    fn question() -> CodePrompt<'static> {
        CodePrompt {
            prompt: "Enter the 6-digit code",
            check: check_code,
        }
    }

    #[test]
    fn retries_a_refused_code_then_succeeds() {
        let p = ScriptedPrompter::default()
            .expect("code", "12345")
            .expect("code", "111111")
            .expect("code", "222 222");
        let mut sent = Vec::new();
        let (term, captured) = terminal();
        let out = ask_until_accepted(&term, &p, &question(), |c| {
            sent.push(c.expose().to_owned());
            if c.expose() == "222222" {
                Ok(7)
            } else {
                Err(refused())
            }
        });
        assert_eq!(out.unwrap(), 7);
        assert_eq!(sent, ["111111", "222222"]);
        assert!(p.finished());
        // Told why, on stderr; nothing on stdout.
        assert_eq!(
            captured.stderr(),
            "a code is 6 digits; try again\n\
             InvalidParameterValue: otp is invalid or expired (each code works once: if you \
             just used this one, wait for the next); 2 tries left\n"
        );
        assert_eq!(captured.stdout(), "");
    }

    #[test]
    fn gives_up_after_three_refusals() {
        let p = ScriptedPrompter::default()
            .expect("code", "111111")
            .expect("code", "222222")
            .expect("code", "333333");
        let (term, _) = terminal();
        let out: Result<()> = ask_until_accepted(&term, &p, &question(), |_| Err(refused()));
        assert_eq!(
            out.unwrap_err().exit_code(),
            crate::exit_codes::ExitCode::Auth
        );
        assert!(p.finished());
    }

    #[test]
    fn answers_that_are_never_a_code_end_the_questions() {
        let mut p = ScriptedPrompter::default();
        for answer in ["", "x", "12", "code", "1234567", "abc"] {
            p = p.expect("code", answer);
        }
        let (term, captured) = terminal();
        let out: Result<()> = ask_until_accepted(&term, &p, &question(), |_| Ok(()));
        let code = term.fail(&out.unwrap_err()).code();
        assert!(p.finished());
        crate::testing::snapshot(
            "malformed_answers",
            "what the question for a one-time code says when no answer is a code (exit code and standard error)",
            &format!("exit code: {code}\n{}", captured.stderr()),
        );
    }

    #[test]
    fn other_errors_stop_at_once() {
        let p = ScriptedPrompter::default().expect("code", "111111");
        let (term, _) = terminal();
        let out: Result<()> = ask_until_accepted(&term, &p, &question(), |_| {
            Err(Error::Network {
                endpoint: "http://x".into(),
                cause: "refused".into(),
                hint: None,
            })
        });
        assert_eq!(
            out.unwrap_err().exit_code(),
            crate::exit_codes::ExitCode::Network
        );
    }

    #[test]
    fn auto_codes_refused_twice_point_to_the_stored_secret() {
        use crate::testing::{snapshot, Bench};
        let bench = Bench::new(
            &[
                "-e",
                "https://vss.example.org",
                "-u",
                "ann",
                "--totp",
                "auto",
            ],
            false,
            None,
            ScriptedPrompter::default(),
        );
        let refused = bench.ctx.auth.explain_refused_made_code(refused());
        let outcome = bench.outcome(Err(refused));
        snapshot("totp_auto_refused_twice", "what `vss-cli -e https://vss.example.org -u ann --totp auto` says when the codes made from the kept secret are refused twice", &outcome);
    }

    #[test]
    fn recovery_codes_are_accepted_at_the_prompt() {
        assert_eq!(check_code_or_recovery("123 456").unwrap(), "123456");
        assert!(check_code_or_recovery("abcd-efgh-ijkl-mnop").is_ok());
        assert!(check_code_or_recovery("ABCD EFGH IJKL MNOP").is_ok());
        assert!(check_code_or_recovery("abcd").is_err());
    }

    #[test]
    fn the_first_group_of_six_to_eight_digits_is_the_code() {
        assert_eq!(first_code("VSS:ann  721725\n"), Some("721725"));
        assert_eq!(first_code("Touch your key\n12345678"), Some("12345678"));
        assert_eq!(first_code("2026 ann 123456789 654321"), Some("654321"));
        assert_eq!(first_code("no code"), None);
    }
}
