//! Logging in: an API token from the password and, when the account has MFA, a second factor;
//! stored tokens reused until they expire; the shared "ask for a code, up to three tries".

use std::time::Duration;

use base64::Engine as _;

use crate::context::{Context, Proof};
use crate::error::{Error, Result};
use crate::terminal::{Prompter, Terminal};
use vss_wire::otp;
use vss_wire::Credentials;
use vss_wire::Secret;
use vss_wire::{ErrorKind, TokenClaims};

/// How many codes a person may type before the command gives up.
pub(crate) const TRIES: usize = 3;
/// A stored token this close to expiry is not reused.
const EXPIRY_MARGIN_SECS: i64 = 60;
/// Warn about running out of recovery codes at this many or fewer.
pub(crate) const FEW_RECOVERY_CODES: u32 = 3;

/// A question whose answer is checked by the server.
pub(crate) struct CodePrompt<'a> {
    /// The question, e.g. "Enter the 6-digit code".
    pub(crate) prompt: &'a str,
    /// Checks the form of an answer before it is sent; `Err` says what is wrong.
    pub(crate) check: fn(&str) -> std::result::Result<(), &'static str>,
}

/// A 6-digit code.
pub(crate) fn check_code(s: &str) -> std::result::Result<(), &'static str> {
    if otp::is_code(s) {
        Ok(())
    } else {
        Err("a code is 6 digits")
    }
}

/// A 6-digit code or a recovery code (`abcd-efgh-ijkl-mnop`; case, dashes and spaces do not
/// matter).
pub(crate) fn check_code_or_recovery(s: &str) -> std::result::Result<(), &'static str> {
    let compact: String = s
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .collect();
    if otp::is_code(s)
        || (compact.len() == 16 && compact.chars().all(|c| c.is_ascii_alphanumeric()))
    {
        Ok(())
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
        let answer = answer.trim();
        if let Err(why) = (question.check)(answer) {
            malformed += 1;
            if malformed >= 2 * TRIES {
                return Err(Error::usage(format!("no valid answer given: {why}")));
            }
            term.tell(format!("{why}; try again"));
            continue;
        }
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
fn is_otp_refusal(e: &Error) -> bool {
    matches!(
        e,
        Error::Auth {
            kind: ErrorKind::InvalidOtp | ErrorKind::InvalidParameterValue,
            ..
        }
    )
}

/// ` (this computer's clock is N s behind the server's)` when the server's clock was seen,
/// else nothing: the clause a refused-code hint ends its clock advice with.
fn clock_offset(ctx: &Context) -> String {
    ctx.api()
        .ok()
        .and_then(|api| api.describe_offset())
        .map(|o| format!(" ({o})"))
        .unwrap_or_default()
}

/// Adds what to check to a refused code, the likeliest cause first: a code already used
/// (each works once), then a code too old, then a mistyped code or a wrong clock (with the
/// offset, when known).
pub(crate) fn explain_refused_code(ctx: &Context, e: Error) -> Error {
    if !is_otp_refusal(&e) {
        return e;
    }
    let clock = clock_offset(ctx);
    let resend = ctx.command_line(&["account", "set", "mfa", "get-token"]);
    e.with_hint(format!(
        "each code works once: if this one was just used, wait for the next (TOTP codes change \
         every 30 s); an e-mailed or texted code lasts 10 minutes (`{resend}` sends a new one); \
         else check the code, and that your device's clock is right{clock}"
    ))
}

/// Runs `attempt` with a proof of the current second factor: the one given up front
/// (`--totp`, `--totp auto`, `--recovery-code`), else — when the server asks for one — a code
/// sent by e-mail or SMS (for those methods) and typed in at the terminal.
///
/// `attempt(None)` is tried first when nothing was given, so accounts without MFA need no code.
pub(crate) fn with_second_factor<T>(
    ctx: &Context,
    creds: &Credentials,
    needs_proof: bool,
    attempt: impl FnMut(Option<&Secret>) -> Result<T>,
) -> Result<(T, bool)> {
    second_factor(ctx, creds, needs_proof, true, attempt)
}

/// [`with_second_factor`]; when `ask` is false, nothing is sent or asked for: without a proof
/// given up front, the server's refusal is the answer.
fn second_factor<T>(
    ctx: &Context,
    creds: &Credentials,
    needs_proof: bool,
    ask: bool,
    mut attempt: impl FnMut(Option<&Secret>) -> Result<T>,
) -> Result<(T, bool)> {
    let given = match &ctx.proof {
        Some(Proof::Code(c)) => Some((c.clone(), false)),
        Some(Proof::Recovery(c)) => Some((c.clone(), true)),
        Some(Proof::Auto) => return with_auto_code(ctx, attempt).map(|t| (t, false)),
        None => None,
    };
    if let Some((proof, recovery)) = given {
        return attempt(Some(&proof))
            .map(|t| (t, recovery))
            .map_err(|e| explain_refused_code(ctx, e));
    }
    if !needs_proof || !ask {
        match attempt(None) {
            Err(e) if is_otp_refusal(&e) && ask => {}
            Err(e) if is_otp_refusal(&e) => return Err(e.with_hint(no_code_hint(ctx))),
            other => return other.map(|t| (t, false)),
        }
    }
    // Without a terminal nothing is sent: a script that cannot type the code in gets a code
    // by asking for one (`get-token`), then passes it.
    let prompter = ctx.prompter("a one-time code (this account has MFA)", &no_code_hint(ctx))?;
    let api = ctx.api()?;
    // An EMAIL or SMS account gets a code now; an AUTHENTICATOR account is refused (its codes
    // come from the app), which is fine.
    match api.request_code(creds) {
        Ok(sent) => ctx
            .term
            .tell(sent.message_or("A code was sent by e-mail or SMS.")),
        Err(Error::Refused { .. }) => {}
        Err(e) => return Err(e),
    }
    let question = CodePrompt {
        prompt: "Enter the 6-digit code (or a recovery code)",
        check: check_code_or_recovery,
    };
    let mut recovery = false;
    let out = ask_until_accepted(&ctx.term, prompter, &question, |code| {
        recovery = !otp::is_code(code.expose());
        attempt(Some(code))
    })
    .map_err(|e| explain_refused_code(ctx, e))?;
    Ok((out, recovery))
}

/// How to pass a second factor without a terminal.
fn no_code_hint(ctx: &Context) -> String {
    let get_token = ctx.command_line(&["account", "set", "mfa", "get-token"]);
    format!(
        "with an authenticator app, pass its code: --totp CODE (or set VSS_USER_OTP); with \
         EMAIL or SMS, first have a code sent with `{get_token}`, then pass it with --totp \
         CODE; or use --recovery-code CODE"
    )
}

/// Runs `attempt` with the code of the stored TOTP secret (`--totp auto`). Each code works
/// once, so when it is refused — most likely because this time step's code was just used, by
/// another job or a `verify` — it waits for the next step (at most 30 s; a countdown on a
/// terminal) and tries that code once.
fn with_auto_code<T>(
    ctx: &Context,
    mut attempt: impl FnMut(Option<&Secret>) -> Result<T>,
) -> Result<T> {
    let (code, step) = ctx.auto_code()?;
    match attempt(Some(&code)) {
        Err(e) if is_otp_refusal(&e) => {}
        other => return other,
    }
    let next = (step + 1) * otp::STEP;
    let wait = Duration::from_millis(
        next.saturating_mul(1000)
            .saturating_sub(now_millis())
            .min(otp::STEP * 1000),
    );
    ctx.term.countdown(
        "The code of this 30-second step was refused (each code works once, and it may have \
         been used just now); trying the next one in",
        wait,
    );
    let (code, _) = ctx.auto_code()?;
    attempt(Some(&code)).map_err(|e| explain_refused_auto_code(ctx, e))
}

/// Adds what to check when the codes of two steps in a row made by `--totp auto` were refused.
fn explain_refused_auto_code(ctx: &Context, e: Error) -> Error {
    if !is_otp_refusal(&e) {
        return e;
    }
    let clock = clock_offset(ctx);
    e.with_hint(format!(
        "--totp auto: the codes of two time steps in a row were refused, so the TOTP secret \
         stored here no longer matches the account (MFA enrolled again, or reset?), or this \
         computer's clock is wrong{clock}; remove the secret with `{}` and log in with --totp \
         CODE",
        ctx.command_line(&["account", "set", "mfa", "forget-secret"])
    ))
}

/// Milliseconds since the Unix epoch, by this computer's clock.
fn now_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// The payload of a JWT, read without checking the signature (the server checks it).
pub(crate) fn claims(token: &str) -> Option<TokenClaims> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// A token fresh from the server.
pub(crate) struct Login {
    pub(crate) token: Secret,
}

/// Logs in with the password and, when needed, a second factor; stores the token for reuse
/// when the endpoint is configured. Tells the user how many recovery codes remain after using
/// one, and passes on the server's warnings.
pub(crate) fn login(ctx: &Context) -> Result<Login> {
    let creds = ctx.credentials()?;
    log_in_with(ctx, creds, true)
}

/// [`login`] with what is known without asking: the password given or stored, and a second
/// factor given up front. Nothing is asked or sent; without them the refusal is the answer.
pub(crate) fn login_unattended(ctx: &Context) -> Result<Login> {
    let Some(creds) = ctx.known_credentials()? else {
        return Err(Error::Auth {
            kind: ErrorKind::Unauthorized,
            message: format!(
                "no password for {} at {} is given or stored",
                ctx.known_username().unwrap_or("the account"),
                ctx.endpoint
            ),
            hint: Some(
                "log in once with `vss-cli configure mk` (it keeps the password in the \
                 keyring), or pass --password-stdin"
                    .into(),
            ),
        });
    };
    log_in_with(ctx, creds, false)
}

fn log_in_with(ctx: &Context, creds: &Credentials, ask: bool) -> Result<Login> {
    let api = ctx.api()?;
    let (reply, used_recovery) = second_factor(ctx, creds, false, ask, |proof| {
        ctx.term
            .spin("Logging in", || api.request_token(creds, proof))
    })?;
    if let Some(warning) = &reply.warning {
        ctx.term.warn(warning);
    }
    let token = Secret::from(reply.token);
    // Kept for reuse under our name; the Python tool's `token:` in the configuration is left
    // as it is.
    if let Some(name) = ctx.token_name()? {
        ctx.store().set(&name, &token)?;
    }
    if used_recovery {
        report_recovery_codes_left(ctx, &token);
    }
    Ok(Login { token })
}

fn report_recovery_codes_left(ctx: &Context, token: &Secret) {
    let left = ctx
        .api()
        .and_then(|api| api.user(token))
        .ok()
        .and_then(|profile| profile.totp.recovery_codes_left);
    // A server that does not say how many are left.
    let Some(left) = left else {
        ctx.term
            .info("Logged in with a recovery code; it cannot be used again.");
        return;
    };
    ctx.term
        .info(format!("Logged in with a recovery code; {left} left."));
    if left <= FEW_RECOVERY_CODES {
        ctx.term.hint(format!(
            "make a new set with `{}` (or move to a new phone with `{}`)",
            ctx.command_line(&["account", "set", "mfa", "recovery-codes"]),
            ctx.command_line(&["account", "set", "mfa", "mk", "METHOD", "--replace"])
        ));
    }
}

/// Where an API token came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Source {
    /// `--token` / `VSS_TOKEN`.
    Given,
    /// Our secret store.
    Stored,
    /// The Python tool's `token:` in the configuration file.
    PythonConfig,
    /// A login just now.
    Login,
}

/// The token kept for this endpoint and user — ours, else the Python tool's `token:` — while
/// it is more than a minute from expiry and, when the user name is known, theirs.
pub(crate) fn stored_token(ctx: &Context) -> Result<Option<(Secret, Source)>> {
    if let Some(name) = ctx.token_name()? {
        if let Some((stored, _)) = ctx.store().get(&name)? {
            if usable(ctx, &stored) {
                return Ok(Some((stored, Source::Stored)));
            }
        }
    }
    Ok(ctx
        .entry
        .as_ref()
        .and_then(|e| e.python_token())
        .filter(|python| usable(ctx, python))
        .map(|python| (python, Source::PythonConfig)))
}

/// Forgets the token kept in our store for this endpoint and user (the server refused it);
/// the Python tool's `token:` is never rewritten.
pub(crate) fn forget_stored_token(ctx: &Context) -> Result<()> {
    if let Some(name) = ctx.token_name()? {
        ctx.store().delete(&name)?;
    }
    Ok(())
}

/// True when `token` is not about to expire and, when the user name is known, is theirs.
fn usable(ctx: &Context, token: &Secret) -> bool {
    let now = chrono::Utc::now().timestamp();
    claims(token.expose()).is_some_and(|c| {
        c.exp > now + EXPIRY_MARGIN_SECS && ctx.given_username().is_none_or(|u| u == c.sub)
    })
}

/// An API token: `--token`/`VSS_TOKEN`, else one stored for this account that has not expired
/// (ours, then the Python tool's), else a fresh login.
fn api_token(ctx: &Context) -> Result<(Secret, Source)> {
    if let Some(token) = &ctx.token {
        return Ok((token.clone(), Source::Given));
    }
    if let Some(stored) = stored_token(ctx)? {
        return Ok(stored);
    }
    Ok((login(ctx)?.token, Source::Login))
}

/// Runs a Bearer call with an API token; a stored token the server refuses (expired or
/// revoked) is dropped (ours) or passed over (the Python tool's) and replaced by logging in
/// again.
pub(crate) fn with_token<T>(ctx: &Context, call: impl Fn(&Secret) -> Result<T>) -> Result<T> {
    with_token_from(ctx, call).map(|(out, _, _)| out)
}

/// [`with_token`], with the token the call succeeded with and where it came from.
pub(crate) fn with_token_from<T>(
    ctx: &Context,
    call: impl Fn(&Secret) -> Result<T>,
) -> Result<(T, Secret, Source)> {
    let (token, source) = api_token(ctx)?;
    match (call(&token), source) {
        (Err(Error::Auth { .. }), Source::Stored) => {
            let _ = forget_stored_token(ctx);
            let fresh = login(ctx)?.token;
            call(&fresh).map(|out| (out, fresh, Source::Login))
        }
        (Err(Error::Auth { .. }), Source::PythonConfig) => {
            let fresh = login(ctx)?.token;
            call(&fresh).map(|out| (out, fresh, Source::Login))
        }
        (Err(e @ Error::Auth { .. }), Source::Given) => Err(e.with_hint(
            "the API token was refused (expired or revoked): get a new one with `vss-cli token \
             mk`, or unset VSS_TOKEN to log in",
        )),
        (other, source) => other.map(|out| (out, token, source)),
    }
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
            .expect("code", "222222");
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
        let code = crate::commands::fail(&term, &out.unwrap_err()).code();
        assert!(p.finished());
        crate::commands::testing::snapshot(
            "malformed_answers",
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
        use crate::commands::testing::{snapshot, Bench};
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
        let refused = explain_refused_auto_code(&bench.ctx, refused());
        let outcome = bench.outcome(Err(refused));
        snapshot("totp_auto_refused_twice", &outcome);
    }

    #[test]
    fn recovery_codes_are_accepted_at_the_prompt() {
        assert!(check_code_or_recovery("123456").is_ok());
        assert!(check_code_or_recovery("abcd-efgh-ijkl-mnop").is_ok());
        assert!(check_code_or_recovery("ABCD EFGH IJKL MNOP").is_ok());
        assert!(check_code_or_recovery("abcd").is_err());
    }

    #[test]
    fn reads_jwt_claims() {
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(br#"{"sub":"jm","iat":1,"exp":2,"otp":true}"#);
        let c = claims(&format!("h.{payload}.s")).unwrap();
        assert_eq!((c.sub.as_str(), c.exp, c.otp), ("jm", 2, true));
        assert!(claims("not a token").is_none());
    }
}
