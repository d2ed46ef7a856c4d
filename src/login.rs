//! Obtaining an API token, with a second factor when the account has MFA, and the shared
//! "ask for a code, up to three tries" loop.

use crate::context::Context;
use crate::error::{Error, Result};
use crate::otp;
use crate::secret::Secret;
use crate::terminal::Prompter;
use crate::wire;

/// How many codes a person may type before the command gives up.
pub const TRIES: usize = 3;

/// What to do with a code that was refused.
pub struct CodePrompt<'a> {
    /// The question, e.g. "Enter the 6-digit code".
    pub prompt: &'a str,
    /// Checks the form of an answer before it is sent; `Err` says what is wrong.
    pub check: fn(&str) -> std::result::Result<(), &'static str>,
}

/// A 6-digit code.
pub fn check_code(s: &str) -> std::result::Result<(), &'static str> {
    if otp::is_code(s) {
        Ok(())
    } else {
        Err("a code is 6 digits")
    }
}

/// Asks for a value and tries it with `attempt`; a refused value (an authentication error)
/// is asked for again, up to [`TRIES`] times. Malformed answers are asked again without
/// spending a try.
pub fn ask_until_accepted<T>(
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
            eprintln!("{why}; try again");
            continue;
        }
        match attempt(&Secret::from(answer)) {
            Err(Error::Auth { message, hint }) => {
                tries_left -= 1;
                if tries_left == 0 {
                    return Err(Error::Auth { message, hint });
                }
                let plural = if tries_left == 1 { "try" } else { "tries" };
                eprintln!("{message}; {tries_left} {plural} left");
            }
            other => return other,
        }
    }
}

/// An API token: `--token`/`VSS_TOKEN` as given, or a login with the password and, when the
/// account has MFA, a one-time code (`--totp`/`VSS_USER_OTP`, else asked for on a terminal;
/// for EMAIL and SMS accounts a code is sent first).
pub fn api_token(ctx: &Context) -> Result<Secret> {
    if let Some(token) = &ctx.token {
        return Ok(token.clone());
    }
    let creds = ctx.credentials()?;
    let api = ctx.api()?;
    let first = ctx
        .term
        .spin("Logging in", || api.request_token(creds, ctx.totp.as_ref()));
    match first {
        Ok(reply) => Ok(Secret::from(reply.token)),
        Err(Error::Auth { message, .. })
            if message.starts_with(wire::OTP_ERROR_PREFIX) && ctx.totp.is_none() =>
        {
            // An EMAIL or SMS account gets a code now; an AUTHENTICATOR account is refused
            // (its codes come from the app), which is fine.
            match api.request_code(creds) {
                Ok(sent) => eprintln!("{}", sent.message),
                Err(Error::Refused { .. }) => {}
                Err(e) => return Err(e),
            }
            let prompter = ctx.term.prompter(
                "a one-time code (this account has MFA)",
                "pass --totp CODE or set VSS_USER_OTP",
            )?;
            let question = CodePrompt {
                prompt: "Enter the 6-digit code",
                check: check_code,
            };
            ask_until_accepted(prompter, &question, |code| {
                api.request_token(creds, Some(code))
            })
            .map(|reply| Secret::from(reply.token))
        }
        Err(Error::Auth { message, hint }) if message.starts_with(wire::OTP_ERROR_PREFIX) => {
            Err(Error::Auth {
                message,
                hint: hint.or(Some(
                    "check the code and that your device's clock is right; codes change every \
                     30 s"
                        .into(),
                )),
            })
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terminal::ScriptedPrompter;

    fn refused() -> Error {
        Error::Auth {
            message: "InvalidParameterValue: otp is invalid or expired".into(),
            hint: None,
        }
    }

    #[test]
    fn retries_a_refused_code_then_succeeds() {
        let p = ScriptedPrompter::default()
            .expect("code", "12345")
            .expect("code", "111111")
            .expect("code", "222222");
        let mut sent = Vec::new();
        let q = CodePrompt {
            prompt: "Enter the 6-digit code",
            check: check_code,
        };
        let out = ask_until_accepted(&p, &q, |c| {
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
    }

    #[test]
    fn gives_up_after_three_refusals() {
        let p = ScriptedPrompter::default()
            .expect("code", "111111")
            .expect("code", "222222")
            .expect("code", "333333");
        let q = CodePrompt {
            prompt: "Enter the 6-digit code",
            check: check_code,
        };
        let out: Result<()> = ask_until_accepted(&p, &q, |_| Err(refused()));
        assert_eq!(
            out.unwrap_err().exit_code(),
            crate::exit_codes::ExitCode::Auth
        );
        assert!(p.finished());
    }

    #[test]
    fn other_errors_stop_at_once() {
        let p = ScriptedPrompter::default().expect("code", "111111");
        let q = CodePrompt {
            prompt: "Enter the 6-digit code",
            check: check_code,
        };
        let out: Result<()> = ask_until_accepted(&p, &q, |_| {
            Err(Error::Network {
                endpoint: "http://x".into(),
                cause: "refused".into(),
            })
        });
        assert_eq!(
            out.unwrap_err().exit_code(),
            crate::exit_codes::ExitCode::Network
        );
    }
}
