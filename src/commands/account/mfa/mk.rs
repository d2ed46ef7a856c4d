//! `vss-cli account set mfa mk METHOD`: enrol (or, with `--replace`, move to a new factor),
//! show the QR code and recovery codes, save them, and verify the first code.

use std::path::PathBuf;

use serde::Serialize;

use crate::cli::MkArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::fsutil;
use crate::login::{self, CodePrompt};
use crate::output::{self, Format};
use crate::qr;
use crate::recovery_file;
use crate::secrets::Kind;
use vss_wire::Secret;
use vss_wire::{CodePurpose, EnableRequest, EnableResponse, ErrorKind, Method, MfaState};

/// What `mk` reports on stdout.
#[derive(Serialize)]
struct Enrolment {
    method: Method,
    issuer: String,
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
    if args.remember_secret && method != Method::Authenticator {
        return Err(Error::usage(
            "--remember-secret keeps an AUTHENTICATOR secret; EMAIL and SMS codes are sent",
        ));
    }
    // Refuse up front what would fail after the server has started the enrolment.
    recovery_file::precheck(&args.file)?;
    if let Some(path) = &args.qr_png {
        recovery_file::refuse_existing(path, args.file.force)?;
    }
    let creds = ctx.credentials()?;
    let api = ctx.api()?;
    let enrolled = if args.replace {
        // Prove the current factor; the server keeps it working until the new one is verified.
        login::with_second_factor(ctx, creds, true, |proof| {
            let request = EnableRequest {
                method,
                phone: args.phone.clone(),
                otp: proof.map(|p| p.expose().to_owned()),
            };
            ctx.term
                .spin("Starting the replacement", || api.enable(creds, &request))
        })?
        .0
    } else {
        let request = EnableRequest {
            method,
            phone: args.phone.clone(),
            otp: None,
        };
        ctx.term
            .spin("Starting the enrolment", || api.enable(creds, &request))
            .map_err(|e| match e {
                Error::Refused {
                    kind: ErrorKind::Conflict,
                    ..
                } => e.with_hint(format!(
                    "to move to a new phone or method, prove the current factor: vss-cli account \
                     set mfa mk {method} --replace; to turn MFA off: vss-cli account set mfa rm"
                )),
                other => other,
            })?
    };
    let interactive = ctx.term.interactive();
    if interactive {
        eprintln!("{}", enrolled.message);
    }

    let shown_on_terminal = show_authenticator(args, ctx, &enrolled)?;
    if let (Some(path), Some(uri)) = (&args.qr_png, &enrolled.uri) {
        let png = vss_wire::qr::png(uri).map_err(|e| Error::file(e.to_string()))?;
        fsutil::write_private(path, &png, args.file.force)?;
        eprintln!("Wrote the QR code to {}", path.display());
    }
    if let (true, Some(key)) = (args.remember_secret, &enrolled.key) {
        let place = ctx.store().set(
            &ctx.secret_name(Kind::TotpSecret)?,
            &Secret::from(key.as_str()),
        )?;
        eprintln!(
            "warning: the TOTP secret is now kept in {} on this machine, which then holds both \
             factors; `--totp auto` makes codes from it. Remove it with `vss-cli account set mfa \
             forget-secret`.",
            ctx.store().describe(place)
        );
    }
    if interactive && !enrolled.recovery_codes.is_empty() {
        recovery_file::show(ctx, &enrolled.recovery_codes);
    }
    let codes_file = recovery_file::save(
        &args.file,
        ctx,
        &creds.username,
        &enrolled.issuer,
        &enrolled.recovery_codes,
        "the enrolment was not finished and stays pending; run mk again with \
         --recovery-codes-file PATH or --force",
    )?;

    if method != Method::Authenticator {
        let sent = ctx.term.spin("Requesting a code", || {
            api.request_code(creds, CodePurpose::Verify)
        })?;
        eprintln!("{}", sent.message);
    }

    let what = if args.replace {
        "replacement"
    } else {
        "enrolment"
    };
    let state = if interactive {
        let question = CodePrompt {
            prompt: &format!("Enter the 6-digit code to verify the {what}"),
            check: login::check_code,
        };
        login::ask_until_accepted(ctx.term.prompter("the code", "")?, &question, |code| {
            api.verify(creds, code)
        })
        .map_err(|e| match e {
            Error::Auth { .. } => login::explain_refused_code(ctx, e).with_hint(format!(
                "the {what} is still pending; finish it with: {}",
                super::verify_command(ctx)
            )),
            other => other,
        })?;
        eprintln!("MFA is enabled on {} ({method}).", creds.username);
        MfaState::Enabled
    } else {
        eprintln!(
            "MFA {what} ({method}) is pending until a code is verified{}. Finish it with:\n  {}",
            if args.replace {
                "; the current factor keeps working until then"
            } else {
                ""
            },
            super::verify_command(ctx)
        );
        MfaState::Pending
    };

    // On a table, leave out what the terminal already showed; keep whatever would else be lost.
    let table = ctx.format == Format::Table;
    let report = Enrolment {
        method,
        issuer: enrolled.issuer.clone(),
        state,
        key: enrolled.key.clone().filter(|_| !table),
        uri: enrolled
            .uri
            .clone()
            .filter(|_| !(table && shown_on_terminal)),
        recovery_codes: if !table || (codes_file.is_none() && !interactive) {
            enrolled.recovery_codes.clone()
        } else {
            Vec::new()
        },
        recovery_codes_file: codes_file,
    };
    output::print(ctx.format, &report)
}

/// Shows the QR code and key of an AUTHENTICATOR enrolment on the terminal, asking first
/// unless a flag answered. Returns true when the QR code or key was shown.
fn show_authenticator(args: &MkArgs, ctx: &Context, enrolled: &EnableResponse) -> Result<bool> {
    let (Some(uri), Some(key)) = (&enrolled.uri, &enrolled.key) else {
        return Ok(false);
    };
    if !ctx.term.interactive() {
        return Ok(false);
    }
    let prompter = ctx.term.prompter("an answer", "")?;
    let show_qr = if args.no_qr {
        false
    } else if args.qr || args.file.yes {
        true
    } else {
        prompter.confirm("Show a QR code to scan with your authenticator app?", true)?
    };
    if show_qr {
        eprintln!(
            "Scan the QR code with an authenticator app (Google Authenticator, Authy, DUO, \
             1Password, ...):\n"
        );
        let drawn = qr::terminal(uri, ctx.term.color).map_err(|e| Error::Server(e.to_string()))?;
        eprint!("{drawn}");
        eprintln!();
    }
    let show_key = args.show_key
        || (!args.file.yes && prompter.confirm("Display the key to type in by hand?", !show_qr)?);
    if show_key {
        eprintln!(
            "Key (if you cannot scan the QR code): {}\n",
            ctx.term.bold(&group(key))
        );
    }
    if !show_qr && !show_key && args.qr_png.is_none() {
        eprintln!(
            "note: neither the QR code nor the key was shown, so no app can make codes yet; \
             press Ctrl-C and run mk again (the enrolment starts over), or use --qr-png PATH"
        );
    }
    Ok(show_qr || show_key)
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

    #[test]
    fn groups_the_key() {
        assert_eq!(group("ABCDEFGHIJ"), "ABCD EFGH IJ");
    }
}
