//! `vss-cli account set mfa mk METHOD`: enrol (or, with `--replace`, move to a new factor),
//! show the QR code and recovery codes, save them, and verify the first code.

use std::path::PathBuf;

use serde::Serialize;

use super::recovery_file;
use crate::api::Api;
use crate::auth::{self, factor, CodePrompt};
use crate::cli::MkArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::fsutil;
use crate::output::Format;
use crate::qr;
use crate::secrets::Kind;
use crate::settings::{CodeCommand, Proof};
use crate::terminal::Note;
use vss_redacted::Secret;
use vss_wire::Credentials;
use vss_wire::{EnableRequest, EnableResponse, ErrorKind, Method, MfaState};

/// What `mk` reports on stdout.
#[derive(Serialize)]
struct Enrolment {
    method: Method,
    /// None when the server named none, in the reply or its `otpauth://` URI.
    issuer: Option<String>,
    state: MfaState,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    recovery_codes: Vec<String>,
    recovery_codes_file: Option<PathBuf>,
}

pub(crate) fn run(args: &MkArgs, ctx: &Context) -> Result<()> {
    let method = Method::from(args.method);
    let secret_to = check_flags(args, method)?;
    // Every check of the files happens before the server starts the enrolment.
    let creds = ctx.auth.credentials()?;
    let destination = recovery_file::plan(&args.file, ctx, &creds.username)?;
    if let Some(path) = &args.qr_png {
        recovery_file::check_new_file(path, args.file.force)?;
    }
    let api = ctx.auth.api()?;
    let enrolled = start(args, ctx, api, creds, method)?;
    // From here the server holds a pending enrolment: Ctrl-C says how to finish or undo it.
    let mut pending = Pending::new(args, ctx, method);
    if pending.interactive {
        ctx.term.info(enrolled.message_or(if args.replace {
            "The move to the new factor has started; verify it with a code of the new factor."
        } else {
            "The enrolment has started; verify it with a code to turn MFA on."
        }));
    }
    let issuer = issuer(&enrolled);

    // A file that cannot be written now, after all the checks (a full disk), loses nothing:
    // the enrolment goes on, what the file would have held is printed, and the command then
    // fails saying so.
    let mut not_written: Vec<Error> = Vec::new();
    let shown_on_terminal =
        pending.hand_over_key(secret_to.as_ref(), &enrolled, &mut not_written)?;
    pending.say();
    if let (true, Some(key)) = (args.remember_secret, &enrolled.key) {
        remember_secret(ctx, creds, key)?;
    }
    let codes_file = pending.show_and_save_codes(
        &destination,
        creds,
        issuer.as_deref(),
        &enrolled,
        &mut not_written,
    )?;
    if method != Method::Authenticator {
        pending.send_first_code(api, creds)?;
    }
    let state = pending.verify(api, creds)?;
    pending.note.finished();

    // On a table, leave out what the terminal already showed; keep whatever would else be lost.
    let table = ctx.settings.format == Format::Table;
    let report = Enrolment {
        method,
        issuer,
        state,
        // Handed to a key or vault, the key is never printed.
        key: enrolled
            .key
            .clone()
            .filter(|_| !table && secret_to.is_none()),
        uri: enrolled
            .uri
            .clone()
            .filter(|_| !(table && shown_on_terminal) && secret_to.is_none()),
        recovery_codes: if !table || (codes_file.is_none() && !pending.interactive) {
            enrolled.recovery_codes.clone()
        } else {
            Vec::new()
        },
        recovery_codes_file: codes_file,
    };
    ctx.term.print(ctx.settings.format, &report)?;
    match not_written.into_iter().next() {
        None => Ok(()),
        Some(e) => Err(e),
    }
}

/// Refuses the flags that only an AUTHENTICATOR enrolment takes on another method; returns the
/// command `--secret-to` hands the key to.
fn check_flags(args: &MkArgs, method: Method) -> Result<Option<CodeCommand>> {
    if args.remember_secret && method != Method::Authenticator {
        return Err(Error::usage(
            "--remember-secret keeps an AUTHENTICATOR secret; EMAIL and SMS codes are sent",
        ));
    }
    match &args.secret_to {
        Some(_) if method != Method::Authenticator => Err(Error::usage(
            "--secret-to hands an AUTHENTICATOR key to a key or vault; EMAIL and SMS codes are \
             sent",
        )),
        Some(line) => Ok(Some(CodeCommand::parse(line, "--secret-to")?)),
        None => Ok(None),
    }
}

/// Asks the server to start the enrolment, or with `--replace` the move to a new factor after
/// proving the current one.
fn start(
    args: &MkArgs,
    ctx: &Context,
    api: &Api,
    creds: &Credentials,
    method: Method,
) -> Result<EnableResponse> {
    if args.replace {
        // Prove the current factor; the server keeps it working until the new one is verified.
        return Ok(ctx
            .auth
            .with_second_factor(creds, true, |proof| {
                let request = EnableRequest {
                    method,
                    phone: args.phone.clone(),
                    otp: proof.map(|p| p.expose().to_owned()),
                };
                ctx.term
                    .spin("Starting the replacement", || api.enable(creds, &request))
            })?
            .0);
    }
    let request = EnableRequest {
        method,
        phone: args.phone.clone(),
        otp: None,
    };
    ctx.term
        .spin("Starting the enrolment", || api.enable(creds, &request))
        .map_err(|e| match e {
            Error::Refused {
                kind: kind @ ErrorKind::Conflict,
                ..
            } => Error::Refused {
                kind,
                message: format!("MFA is already enabled for {}", creds.username),
                hint: Some(format!(
                    "to move to a new phone or method, prove the current factor: {}; to turn \
                     MFA off: {}",
                    ctx.auth.command_line(&mk_words(args, method, true)),
                    ctx.auth.command_line(&["account", "set", "mfa", "rm"])
                )),
            },
            other => other,
        })
}

/// Keeps the TOTP secret in the credential store (`--remember-secret`), warning that this
/// machine then holds both factors.
fn remember_secret(ctx: &Context, creds: &Credentials, key: &str) -> Result<()> {
    let place = ctx
        .auth
        .keep(Kind::TotpSecret, &creds.username, &Secret::from(key))?;
    ctx.term.warn(format!(
        "the TOTP secret is now kept in {} on this machine, which then holds both factors; \
         `--totp auto` makes codes from it. Remove it with `{}`.",
        ctx.auth.store().describe(place),
        ctx.auth
            .command_line(&["account", "set", "mfa", "forget-secret"])
    ));
    Ok(())
}

/// An enrolment the server holds pending until a code is verified, with what Ctrl-C says
/// about it meanwhile.
struct Pending<'a> {
    args: &'a MkArgs,
    ctx: &'a Context,
    method: Method,
    interactive: bool,
    stage: Stage,
    /// The recovery codes were shown but are not in a file (yet).
    codes_unsaved: bool,
    /// What Ctrl-C says, kept up to date with [`Pending::say`].
    note: Note,
}

impl<'a> Pending<'a> {
    fn new(args: &'a MkArgs, ctx: &'a Context, method: Method) -> Self {
        let stage = if method == Method::Authenticator {
            Stage::KeyNotShown
        } else {
            Stage::CodeNotSent
        };
        let note = ctx
            .term
            .leave_note(pending_note(ctx, args, method, stage, false));
        Pending {
            args,
            ctx,
            method,
            interactive: ctx.term.interactive(),
            stage,
            codes_unsaved: false,
            note,
        }
    }

    /// Has Ctrl-C say how far the enrolment got, and whether the recovery codes shown are in
    /// a file.
    fn say(&self) {
        self.note.update(pending_note(
            self.ctx,
            self.args,
            self.method,
            self.stage,
            self.codes_unsaved,
        ));
    }

    /// Gets an AUTHENTICATOR key to the person: handed to `--secret-to`'s command, or shown on
    /// the terminal, and written as a QR code image with `--qr-png`. An image that cannot be
    /// written joins `not_written` (or, at a terminal, is warned about and the key shown).
    /// Returns true when the QR code or key was shown on the terminal.
    fn hand_over_key(
        &mut self,
        secret_to: Option<&CodeCommand>,
        enrolled: &EnableResponse,
        not_written: &mut Vec<Error>,
    ) -> Result<bool> {
        let (args, ctx) = (self.args, self.ctx);
        let mut shown_on_terminal = match (secret_to, &enrolled.uri) {
            (Some(command), Some(uri)) => {
                factor::hand_secret_to(&ctx.term, command, &Secret::from(uri.as_str()))?;
                ctx.term.info(format!(
                    "The key is with `{}`; it was not shown or saved here.",
                    command.program()
                ));
                self.stage = Stage::Ready;
                false
            }
            (Some(_), None) => {
                return Err(Error::server(
                    "the server's reply holds no otpauth:// URI to hand to --secret-to",
                ))
            }
            (None, _) => show_authenticator(args, ctx, enrolled)?,
        };
        if let (Some(path), Some(uri), Some(key)) = (&args.qr_png, &enrolled.uri, &enrolled.key) {
            let written = vss_qr::png(uri)
                .map_err(|e| Error::file(e.to_string()))
                .and_then(|png| Ok(fsutil::write_private(path, &png, args.file.force)?));
            match written {
                Ok(()) => {
                    ctx.term
                        .info(format!("Wrote the QR code to {}", path.display()));
                    self.stage = Stage::Ready;
                }
                Err(e) if self.interactive => {
                    ctx.term.warn(e.to_string());
                    if !shown_on_terminal {
                        ctx.term
                            .tell_bold("Key (type it into your app): ", &group(key));
                        shown_on_terminal = true;
                    }
                }
                Err(e) => not_written.push(e.with_hint(
                    "the QR code image was NOT written; its otpauth:// URI, which holds the key, \
                     is printed on standard output",
                )),
            }
        }
        if shown_on_terminal {
            self.stage = Stage::Ready;
        }
        Ok(shown_on_terminal)
    }

    /// Shows the recovery codes at a terminal and saves them where `destination` says. A file
    /// that cannot be written joins `not_written`. Returns the file they were saved in.
    fn show_and_save_codes(
        &mut self,
        destination: &recovery_file::Destination,
        creds: &Credentials,
        issuer: Option<&str>,
        enrolled: &EnableResponse,
        not_written: &mut Vec<Error>,
    ) -> Result<Option<PathBuf>> {
        let (args, ctx, interactive) = (self.args, self.ctx, self.interactive);
        // Shown, and meant to be saved: until they are in a file, Ctrl-C says they were not.
        let to_save =
            interactive && !enrolled.recovery_codes.is_empty() && !args.file.no_save_recovery_codes;
        if interactive && !enrolled.recovery_codes.is_empty() {
            recovery_file::show(ctx, &enrolled.recovery_codes);
            self.codes_unsaved = to_save;
            self.say();
        }
        // A replacement keeps the account's recovery codes; an enrolment without any is told.
        if enrolled.recovery_codes.is_empty() && !args.replace {
            ctx.term
                .info("The server issued no recovery codes with this enrolment: none to save.");
        }
        let codes_file = match recovery_file::save(
            &args.file,
            destination,
            ctx,
            &creds.username,
            issuer,
            &enrolled.recovery_codes,
        ) {
            Ok(file) => file,
            Err(Error::Interrupted) => return Err(Error::Interrupted),
            Err(e) => {
                let shown = if interactive {
                    "shown above"
                } else {
                    "printed on standard output with the rest of the enrolment"
                };
                not_written.push(recovery_file::not_saved(e, shown));
                None
            }
        };
        self.codes_unsaved = to_save && codes_file.is_none();
        self.say();
        Ok(codes_file)
    }

    /// Has the server send the first code of an EMAIL or SMS enrolment (of the new factor, for
    /// a replacement).
    fn send_first_code(&mut self, api: &Api, creds: &Credentials) -> Result<()> {
        let ctx = self.ctx;
        // A replacement's code is for the new factor; an enrolment's, as the Python tool asks.
        let sent = ctx.term.spin("Requesting a code", || {
            if self.args.replace {
                api.request_pending_code(creds)
            } else {
                api.request_code(creds)
            }
        })?;
        self.stage = Stage::Ready;
        self.say();
        let ours = match self.method {
            Method::Sms => "A code was sent by SMS.",
            _ => "A code was sent by e-mail.",
        };
        let said = sent.message_or(ours);
        if self.interactive {
            ctx.term.tell(said);
        } else {
            ctx.term.info(said);
        }
        Ok(())
    }

    /// Verifies the first code: made by `--totp-command`'s command, asked for at a terminal,
    /// or else left to `verify`, which is said. Returns the state MFA is left in.
    fn verify(&self, api: &Api, creds: &Credentials) -> Result<MfaState> {
        let (args, ctx, method) = (self.args, self.ctx, self.method);
        let what = if args.replace {
            "replacement"
        } else {
            "enrolment"
        };
        let verify = ctx
            .auth
            .command_line(&["account", "set", "mfa", "verify", "CODE"]);
        if let Some(Proof::Command(command)) = &ctx.settings.proof {
            // The code of the new factor comes from the key or vault that holds it.
            ctx.auth
                .with_made_code(
                    || ctx.auth.command_code(command),
                    |code| {
                        let code = code.expect("a made code");
                        ctx.term.spin("Verifying", || api.verify(creds, code))
                    },
                )
                .map_err(|e| match e {
                    Error::Auth { .. } => e.with_hint(format!(
                        "the {what} is still pending; finish it with: {verify}"
                    )),
                    other => other,
                })?;
            ctx.term
                .info(format!("MFA is enabled on {} ({method}).", creds.username));
            Ok(MfaState::Enabled)
        } else if self.interactive {
            let question = CodePrompt {
                prompt: &format!("Enter the 6-digit code to verify the {what}"),
                check: auth::check_code,
            };
            auth::ask_until_accepted(
                &ctx.term,
                ctx.auth.prompter("the code", "")?,
                &question,
                |code| api.verify(creds, code),
            )
            .map_err(|e| match e {
                Error::Auth { .. } => e.with_hint(match self.stage {
                    Stage::KeyNotShown => format!(
                        "the {what} is still pending, and no app has its key: start over with: {}",
                        ctx.auth.command_line(&mk_words(args, method, args.replace))
                    ),
                    _ => format!("the {what} is still pending; finish it with: {verify}"),
                }),
                other => other,
            })?;
            ctx.term
                .info(format!("MFA is enabled on {} ({method}).", creds.username));
            Ok(MfaState::Enabled)
        } else {
            ctx.term.info(format!(
                "MFA {what} ({method}) is pending until a code is verified{}. Finish it with:",
                if args.replace {
                    "; the current factor keeps working until then"
                } else {
                    ""
                },
            ));
            ctx.term.info(format!("  {verify}"));
            Ok(MfaState::Pending)
        }
    }
}

/// How far a started enrolment got, for what Ctrl-C says.
#[derive(Clone, Copy)]
enum Stage {
    /// AUTHENTICATOR, and neither the QR code nor the key reached the person.
    KeyNotShown,
    /// EMAIL or SMS, and the first code is not sent yet.
    CodeNotSent,
    /// A code can be verified.
    Ready,
}

/// The words of this `mk` (method, phone), with `--replace` when `replace`.
fn mk_words(args: &MkArgs, method: Method, replace: bool) -> Vec<&str> {
    let mut words = vec!["account", "set", "mfa", "mk", method.as_str()];
    if let Some(phone) = &args.phone {
        words.extend(["--phone", phone.as_str()]);
    }
    if replace {
        words.push("--replace");
    }
    words
}

/// What Ctrl-C says once the server holds the pending enrolment: that it is pending, and the
/// exact commands that finish or undo it.
/// With `codes_unsaved`, the recovery codes were shown but are not in a file yet: they are
/// said to be lost, with how to make a new set.
fn pending_note(
    ctx: &Context,
    args: &MkArgs,
    method: Method,
    stage: Stage,
    codes_unsaved: bool,
) -> Vec<String> {
    let verify = ctx
        .auth
        .command_line(&["account", "set", "mfa", "verify", "CODE"]);
    let finish = match stage {
        Stage::Ready => format!("  finish it:   {verify}"),
        Stage::CodeNotSent => format!(
            "  finish it:   {}, then {verify}",
            ctx.auth
                .command_line(&["account", "set", "mfa", "get-token", "--pending"])
        ),
        Stage::KeyNotShown => format!(
            "  start over:  {} (the key was not shown yet)",
            ctx.auth.command_line(&mk_words(args, method, args.replace))
        ),
    };
    if args.replace {
        vec![
            format!(
                "The move to {method} is pending: the current factor keeps working until a code \
                 of the new one is verified."
            ),
            finish,
            "  leave it:    nothing to do; the current factor stays".into(),
        ]
    } else {
        let mut note = vec![
            format!(
                "The MFA enrolment ({method}) is pending: MFA is not on until a code is verified."
            ),
            finish,
            format!(
                "  cancel it:   {}",
                ctx.auth.command_line(&["account", "set", "mfa", "rm"])
            ),
        ];
        if codes_unsaved {
            note.push(format!(
                "The recovery codes shown above were NOT saved. Once MFA is on, make a new set \
                 with `{}` (those shown then stop working).",
                ctx.auth
                    .command_line(&["account", "set", "mfa", "recovery-codes"])
            ));
        }
        note
    }
}

/// Shows the QR code and key of an AUTHENTICATOR enrolment on the terminal, asking first
/// unless a flag answered. A QR code wider than the terminal would wrap and not scan: it is
/// not drawn, and the key (and `--qr-png`) offered instead. Returns true when the QR code or
/// key was shown.
fn show_authenticator(args: &MkArgs, ctx: &Context, enrolled: &EnableResponse) -> Result<bool> {
    let (Some(uri), Some(key)) = (&enrolled.uri, &enrolled.key) else {
        return Ok(false);
    };
    if !ctx.term.interactive() {
        return Ok(false);
    }
    let prompter = ctx.auth.prompter("an answer", "")?;
    let (drawn, columns) =
        qr::terminal(uri, ctx.term.color).map_err(|e| Error::server(e.to_string()))?;
    // The QR code, the line after it and the question that follows must fit, or its top
    // scrolls away before it can be scanned (its blank top margin may go: the code has a
    // margin of two lines).
    let lines = drawn.lines().count() + 1;
    let too_narrow = ctx.term.width().filter(|width| *width < columns);
    let too_short = ctx.term.height().filter(|height| *height < lines);
    let show_qr = if args.no_qr {
        false
    } else if let Some(width) = too_narrow {
        not_drawn(
            ctx,
            args,
            &format!(
                "The QR code needs {columns} columns and this terminal has {width}: it would \
                 wrap and not scan, so it is not shown."
            ),
            "wider",
        );
        false
    } else if let Some(height) = too_short {
        not_drawn(
            ctx,
            args,
            &format!(
                "The QR code needs {lines} lines and this terminal has {height}: its top would \
                 scroll away before it could be scanned, so it is not shown."
            ),
            "taller",
        );
        false
    } else if args.qr || args.file.yes {
        true
    } else {
        prompter.confirm("Show a QR code to scan with your authenticator app?", true)?
    };
    if show_qr {
        ctx.term.tell(
            "Scan the QR code with an authenticator app (Google Authenticator, Authy, DUO, \
             1Password, ...):",
        );
        ctx.term.tell("");
        ctx.term.picture(&drawn);
        ctx.term.tell("");
    }
    // Where the QR code does not fit, --yes shows what can be shown: the key.
    let show_key = args.show_key
        || (args.file.yes && (too_narrow.is_some() || too_short.is_some()))
        || (!args.file.yes && prompter.confirm("Display the key to type in by hand?", !show_qr)?);
    if show_key {
        ctx.term
            .tell_bold("Key (if you cannot scan the QR code): ", &group(key));
        ctx.term.tell("");
    }
    if !show_qr && !show_key && args.qr_png.is_none() {
        ctx.term.tell(
            "note: neither the QR code nor the key was shown, so no app can make codes yet; \
             press Ctrl-C and run mk again (the enrolment starts over), or use --qr-png PATH",
        );
    }
    Ok(show_qr || show_key)
}

/// Says why the QR code is not drawn, and what to do instead: the image `--qr-png` writes,
/// the key, or a `bigger` window.
fn not_drawn(ctx: &Context, args: &MkArgs, why: &str, bigger: &str) {
    ctx.term.tell(why);
    ctx.term.tell(match &args.qr_png {
        Some(path) => format!(
            "Scan the image --qr-png writes to {} instead, or type the key into your app.",
            path.display()
        ),
        None => format!(
            "Type the key into your app instead, or run mk again in a {bigger} window, or with \
             --qr-png PATH to save the QR code as an image."
        ),
    });
}

/// The issuer the reply names, else the one in its `otpauth://` URI, else none.
fn issuer(enrolled: &EnableResponse) -> Option<String> {
    enrolled
        .issuer()
        .map(str::to_owned)
        .or_else(|| enrolled.uri.as_deref().and_then(vss_totp::issuer_of_uri))
}

/// `ABCDEFGH...` → `ABCD EFGH ...`, easier to type.
fn group(key: &str) -> String {
    key.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::MfaCommand;
    use crate::terminal::ScriptedPrompter;
    use crate::testing::{mfa, server_with, snapshot, Bench};
    use vss_testkit::{Answer, Recorder, PASSWORD};

    fn mk_args(args: &[&str]) -> MkArgs {
        let mut argv = vec!["mk"];
        argv.extend_from_slice(args);
        let MfaCommand::Mk(args) = mfa(&argv) else {
            unreachable!()
        };
        args
    }

    /// A person at a terminal `columns` wide, logged in as `user` at `url`.
    fn at_terminal(url: &str, user: &str, columns: usize, prompter: ScriptedPrompter) -> Bench {
        Bench::new(
            &["-e", url, "-u", user, "-p", PASSWORD],
            true,
            Some(columns),
            prompter,
        )
    }

    /// The key the terminal showed, as a person reads it off the screen.
    fn key_shown(stderr: &str) -> String {
        stderr
            .lines()
            .find_map(|l| l.strip_prefix("Key (if you cannot scan the QR code): "))
            .expect("no key shown")
            .split_whitespace()
            .collect()
    }

    #[test]
    fn groups_the_key() {
        assert_eq!(group("ABCDEFGHIJ"), "ABCD EFGH IJ");
    }

    #[test]
    fn the_issuer_comes_from_the_reply_else_its_uri() {
        let reply = |text: &str| serde_json::from_str::<EnableResponse>(text).unwrap();
        let uri = "otpauth://totp/VSS:jm?secret=JBSWY3DPEHPK3PXP&issuer=VSS";
        assert_eq!(
            issuer(&reply(&format!(r#"{{"uri": "{uri}", "new": [1]}}"#))).as_deref(),
            Some("VSS")
        );
        assert_eq!(
            issuer(&reply(&format!(r#"{{"issuer": " ", "uri": "{uri}"}}"#))).as_deref(),
            Some("VSS")
        );
        assert_eq!(
            issuer(&reply(&format!(r#"{{"issuer": "ITS", "uri": "{uri}"}}"#))).as_deref(),
            Some("ITS")
        );
        assert_eq!(issuer(&reply("{}")), None);
    }

    /// An endpoint that enrols everyone with the same key (so the QR code is the same each
    /// run) and accepts every code.
    fn fixed_endpoint(uri: String) -> Recorder {
        Recorder::http(move |request| {
            let body = if request.path == "/tf/enable" {
                serde_json::json!({
                    "message": "MFA enrolment started; verify it with a code to enable it.",
                    "type": "info", "issuer": "VSS", "key": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
                    "uri": uri, "recovery_codes": ["aaaa-bbbb-cccc-dddd", "eeee-ffff-gggg-hhhh"],
                })
            } else {
                serde_json::json!({"message": "MFA has been enabled (AUTHENTICATOR)", "type": "info"})
            };
            Answer::json(200, body)
        })
    }

    #[test]
    fn at_a_terminal_the_qr_code_key_and_codes_are_shown_then_the_code_asked_for() {
        let fake = fixed_endpoint(
            "otpauth://totp/VSS:ann?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=VSS".into(),
        );
        let prompter = ScriptedPrompter::default()
            .expect("Show a QR code", "y")
            .expect("Display the key", "y")
            .expect("Enter the 6-digit code to verify the enrolment", "123456");
        let bench = at_terminal(&fake.url(), "ann", 120, prompter);
        let codes = bench.path("codes.txt");
        let codes = codes.to_str().unwrap();
        let args = mk_args(&["AUTHENTICATOR", "--recovery-codes-file", codes]);
        let outcome = bench.outcome(run(&args, &bench.ctx));
        snapshot("mk_at_a_terminal", "what `vss-cli -u ann account set mfa mk AUTHENTICATOR --recovery-codes-file FILE` prints at a terminal 120 columns wide, showing the QR code and the key", &outcome);
    }

    #[test]
    fn a_qr_code_too_big_to_draw_is_an_error() {
        let fake = fixed_endpoint(format!("otpauth://totp/VSS:{}", "a".repeat(4000)));
        let prompter = ScriptedPrompter::default();
        let bench = at_terminal(&fake.url(), "ann", 120, prompter);
        let args = mk_args(&["AUTHENTICATOR", "--no-save-recovery-codes"]);
        let outcome = bench.outcome(run(&args, &bench.ctx));
        snapshot("mk_qr_code_too_big_to_draw", "what `vss-cli -u ann account set mfa mk AUTHENTICATOR --no-save-recovery-codes` prints at a terminal when the server's otpauth:// URI is too long for a QR code", &outcome);
    }

    #[test]
    fn email_at_a_terminal_sends_the_code_and_asks_for_it() {
        let server = server_with("ann");
        let outbox = server.outbox();
        let prompter = ScriptedPrompter::default()
            .expect("Save the recovery codes to", "n")
            .expect_with(
                "Enter the 6-digit code to verify the enrolment",
                move || outbox.mailed_code("ann"),
            );
        let bench = at_terminal(&server.url(), "ann", 120, prompter);
        let outcome = bench.outcome(run(&mk_args(&["EMAIL"]), &bench.ctx));
        snapshot("mk_email_at_a_terminal", "what `vss-cli -u ann account set mfa mk EMAIL` prints at a terminal: the recovery codes not saved, the mailed code asked for", &outcome);
    }

    #[test]
    fn a_narrow_terminal_gets_the_key_and_the_image_instead_of_the_qr_code() {
        let server = server_with("ann");
        let clock = server.clock().clone();
        let bench = Bench::new(
            &["-e", &server.url(), "-u", "ann", "-p", PASSWORD],
            true,
            Some(30),
            ScriptedPrompter::default(),
        );
        let stderr = bench.captured.clone();
        bench.prompter.also_expect_with(
            "Enter the 6-digit code to verify the enrolment",
            move || vss_testkit::totp_at(&key_shown(&stderr.stderr()), clock.unix()),
        );
        let png = bench.path("qr.png");
        let args = mk_args(&[
            "AUTHENTICATOR",
            "--qr-png",
            png.to_str().unwrap(),
            "--yes",
            "--no-save-recovery-codes",
        ]);
        let outcome = bench.outcome(run(&args, &bench.ctx));
        snapshot("mk_narrow_terminal_with_qr_png", "what `vss-cli -u ann account set mfa mk AUTHENTICATOR --qr-png FILE --yes --no-save-recovery-codes` prints at a terminal 30 columns wide", &outcome);
        assert!(png.exists());
    }

    #[test]
    fn nothing_shown_and_every_code_refused_leaves_the_enrolment_pending() {
        let server = server_with("ann");
        let prompter = ScriptedPrompter::default()
            .expect("Show a QR code", "n")
            .expect("Display the key", "n")
            .expect("Save the recovery codes to", "n")
            .expect("Enter the 6-digit code", "000000")
            .expect("Enter the 6-digit code", "000000")
            .expect("Enter the 6-digit code", "000000");
        let bench = at_terminal(&server.url(), "ann", 120, prompter);
        let outcome = bench.outcome(run(&mk_args(&["AUTHENTICATOR"]), &bench.ctx));
        snapshot("mk_nothing_shown_every_code_refused", "what `vss-cli -u ann account set mfa mk AUTHENTICATOR` prints at a terminal when neither the QR code nor the key is shown and every code is refused", &outcome);
    }

    #[test]
    fn every_code_refused_leaves_an_email_enrolment_pending_with_the_way_to_finish() {
        let server = server_with("ann");
        let prompter = ScriptedPrompter::default()
            .expect("Enter the 6-digit code", "000000")
            .expect("Enter the 6-digit code", "000000")
            .expect("Enter the 6-digit code", "000000");
        let bench = at_terminal(&server.url(), "ann", 120, prompter);
        let args = mk_args(&["EMAIL", "--no-save-recovery-codes"]);
        let outcome = bench.outcome(run(&args, &bench.ctx));
        snapshot("mk_email_every_code_refused", "what `vss-cli -u ann account set mfa mk EMAIL --no-save-recovery-codes` prints at a terminal when every code is refused", &outcome);
    }

    /// A server that answers every call with `{}`: no message, issuer or recovery codes.
    fn saying_nothing() -> Recorder {
        Recorder::http(|_| Answer::json(200, serde_json::json!({})))
    }

    #[test]
    fn at_a_terminal_replies_of_nothing_get_our_own_words() {
        let fake = saying_nothing();
        let prompter = ScriptedPrompter::default()
            .expect("Enter the 6-digit code to verify the enrolment", "123456");
        let bench = at_terminal(&fake.url(), "ann", 120, prompter);
        let outcome = bench.outcome(run(&mk_args(&["EMAIL"]), &bench.ctx));
        snapshot("mk_replies_of_nothing", "what `vss-cli -u ann account set mfa mk EMAIL` prints at a terminal when every reply of the server is `{}`", &outcome);
        let sent: Vec<String> = fake.requests().iter().map(|r| r.line()).collect();
        assert_eq!(
            sent,
            [
                "POST /tf/enable",
                "POST /tf/request-token",
                "POST /tf/verify"
            ]
        );
    }

    #[test]
    fn at_a_terminal_a_replacement_told_nothing_gets_our_own_words() {
        let fake = saying_nothing();
        let prompter = ScriptedPrompter::default()
            .expect("Enter the 6-digit code to verify the replacement", "123456");
        let bench = Bench::new(
            &[
                "-e",
                &fake.url(),
                "-u",
                "ann",
                "-p",
                PASSWORD,
                "--totp",
                "654321",
            ],
            true,
            Some(120),
            prompter,
        );
        let args = mk_args(&["SMS", "--phone", "416-555-0100", "--replace"]);
        let outcome = bench.outcome(run(&args, &bench.ctx));
        snapshot("mk_replace_replies_of_nothing", "what `vss-cli -u ann --totp CODE account set mfa mk SMS --phone 416-555-0100 --replace` prints at a terminal when every reply of the server is `{}`", &outcome);
        // The proof goes with the enable call, and the code asked for is the new factor's.
        let bodies: Vec<Option<serde_json::Value>> =
            fake.requests().iter().map(|r| r.json()).collect();
        assert_eq!(
            bodies,
            [
                Some(
                    serde_json::json!({"method": "SMS", "phone": "416-555-0100", "otp": "654321"})
                ),
                Some(serde_json::json!({"purpose": "verify"})),
                Some(serde_json::json!({"otp": "123456"})),
            ]
        );
    }

    #[test]
    fn what_ctrl_c_says_at_each_stage() {
        let bench = Bench::new(
            &["-e", "https://vss.example.org", "-u", "ann"],
            false,
            None,
            ScriptedPrompter::default(),
        );
        let mut said = String::new();
        for (args, stage) in [
            (&["EMAIL"][..], Stage::CodeNotSent),
            (&["SMS", "--phone", "+14165550100"], Stage::Ready),
            (&["AUTHENTICATOR"], Stage::KeyNotShown),
            (
                &["SMS", "--phone", "+14165550100", "--replace"],
                Stage::CodeNotSent,
            ),
            (&["AUTHENTICATOR", "--replace"], Stage::KeyNotShown),
        ] {
            let args = mk_args(args);
            let method = Method::from(args.method);
            for line in pending_note(&bench.ctx, &args, method, stage, false) {
                said.push_str(&line);
                said.push('\n');
            }
            said.push('\n');
        }
        // Ctrl-C at "Save the recovery codes ...?": the codes shown were not saved.
        let args = mk_args(&["AUTHENTICATOR"]);
        for line in pending_note(&bench.ctx, &args, Method::Authenticator, Stage::Ready, true) {
            said.push_str(&line);
            said.push('\n');
        }
        snapshot("mk_ctrl_c_notes", "what Ctrl-C says during `vss-cli account set mfa mk` at each stage, of an enrolment and of a replacement, and with the recovery codes shown but not saved", &said);
    }
}
