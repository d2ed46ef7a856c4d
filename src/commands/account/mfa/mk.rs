//! `vss-cli account set mfa mk METHOD`: enrol, show the QR code and recovery codes, save them,
//! and verify the first code.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::api::Credentials;
use crate::cli::MkArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::fsutil;
use crate::login::{self, CodePrompt};
use crate::output::{self, Format};
use crate::qr;
use crate::wire::{EnableRequest, EnableResponse, Method, MfaState};

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

pub fn run(args: &MkArgs, ctx: &Context) -> Result<()> {
    let method = Method::from(args.method);
    // Refuse up front what would fail after the server has started the enrolment.
    for path in [&args.recovery_codes_file, &args.qr_png]
        .into_iter()
        .flatten()
    {
        refuse_existing(path, args.force)?;
    }
    let creds = ctx.credentials()?;
    let api = ctx.api()?;
    let request = EnableRequest {
        method,
        phone: args.phone.clone(),
        otp: None,
    };
    let enrolled = ctx
        .term
        .spin("Starting the enrolment", || api.enable(creds, &request))
        .map_err(|e| match e {
            Error::Refused { message, .. } if message.contains("already enabled") => {
                Error::Refused {
                    message,
                    hint: Some(
                        "to change method or phone, disable MFA first: vss-cli account set mfa rm"
                            .into(),
                    ),
                }
            }
            other => other,
        })?;
    let interactive = ctx.term.interactive();
    if interactive {
        eprintln!("{}", enrolled.message);
    }

    let shown_on_terminal = show_authenticator(args, ctx, &enrolled)?;
    if let (Some(path), Some(uri)) = (&args.qr_png, &enrolled.uri) {
        fsutil::write_private(
            path,
            &qr::png(uri).map_err(|e| Error::file(e.to_string()))?,
            args.force,
        )?;
        eprintln!("Wrote the QR code to {}", path.display());
    }
    if interactive {
        show_recovery_codes(ctx, &enrolled.recovery_codes);
    }
    let codes_file = save_recovery_codes(args, ctx, creds, &enrolled)?;

    if method != Method::Authenticator {
        let sent = ctx
            .term
            .spin("Requesting a code", || api.request_code(creds))?;
        eprintln!("{}", sent.message);
    }

    let state = if interactive {
        let question = CodePrompt {
            prompt: "Enter the 6-digit code to verify the enrolment",
            check: login::check_code,
        };
        login::ask_until_accepted(ctx.term.prompter("the code", "")?, &question, |code| {
            api.verify(creds, code)
        })
        .map_err(|e| match e {
            Error::Auth { .. } => e.with_hint(format!(
                "the enrolment is still pending; finish it with: {}",
                super::verify_command(ctx)
            )),
            other => other,
        })?;
        eprintln!("MFA is enabled on {} ({method}).", creds.username);
        MfaState::Enabled
    } else {
        eprintln!(
            "MFA enrolment ({method}) is pending until a code is verified. Finish it with:\n  {}",
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

fn refuse_existing(path: &Path, force: bool) -> Result<()> {
    if !force && path.exists() {
        return Err(fsutil::WriteError::Exists(path.display().to_string()).into());
    }
    Ok(())
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
    } else if args.qr || args.yes {
        true
    } else {
        prompter.confirm("Show a QR code to scan with your authenticator app?", true)?
    };
    if show_qr {
        eprintln!(
            "Scan the QR code with an authenticator app (Google Authenticator, Authy, DUO, \
             1Password, ...):\n"
        );
        eprint!(
            "{}",
            qr::terminal(uri, ctx.term.color).map_err(|e| Error::Server(e.to_string()))?
        );
        eprintln!();
    }
    let show_key = args.show_key
        || (!args.yes && prompter.confirm("Display the key to type in by hand?", !show_qr)?);
    if show_key {
        eprintln!(
            "Key (if you cannot scan the QR code): {}\n",
            ctx.term.bold(&group(key))
        );
    }
    Ok(show_qr || show_key)
}

fn show_recovery_codes(ctx: &Context, codes: &[String]) {
    eprintln!(
        "Recovery codes let you log in if you cannot get a code. Each works once; keep them \
         somewhere safe:"
    );
    for code in codes {
        eprintln!("  {}", ctx.term.bold(code));
    }
    eprintln!();
}

/// Saves the recovery codes where the flags or the person say. Returns the file written.
fn save_recovery_codes(
    args: &MkArgs,
    ctx: &Context,
    creds: &Credentials,
    enrolled: &EnableResponse,
) -> Result<Option<PathBuf>> {
    if args.no_save_recovery_codes || enrolled.recovery_codes.is_empty() {
        return Ok(None);
    }
    let path = args
        .recovery_codes_file
        .clone()
        .unwrap_or_else(|| default_codes_path(&creds.username, &enrolled.issuer));
    let explicit = args.recovery_codes_file.is_some();
    if ctx.term.interactive() && !args.yes && !explicit {
        let prompt = format!("Save the recovery codes to {}?", path.display());
        if !ctx.term.prompter("an answer", "")?.confirm(&prompt, true)? {
            return Ok(None);
        }
    }
    let contents = codes_file_contents(ctx, creds, enrolled);
    fsutil::write_private(&path, contents.as_bytes(), args.force).map_err(|e| {
        Error::from(e).with_hint(
            "the enrolment was not finished and stays pending; run mk again with \
             --recovery-codes-file PATH or --force",
        )
    })?;
    eprintln!(
        "Wrote the recovery codes to {} (mode 0600).",
        path.display()
    );
    Ok(Some(path))
}

/// `<username>_<issuer>_recovery_codes.txt`, as the Python tool names it.
fn default_codes_path(username: &str, issuer: &str) -> PathBuf {
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || "._-".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    PathBuf::from(format!(
        "{}_{}_recovery_codes.txt",
        safe(username),
        safe(issuer)
    ))
}

fn codes_file_contents(ctx: &Context, creds: &Credentials, enrolled: &EnableResponse) -> String {
    let mut text = format!(
        "# Recovery codes for multi-factor authentication\n\
         # Endpoint: {}\n\
         # Account:  {}\n\
         # Issuer:   {}\n\
         # Created:  {}\n\
         # Each code works once, in place of a one-time code, when you cannot get one.\n\
         # Keep this file private; a new enrolment replaces these codes.\n",
        ctx.endpoint,
        creds.username,
        enrolled.issuer,
        chrono::Utc::now().format("%Y-%m-%d %H:%M:%S UTC"),
    );
    for code in &enrolled.recovery_codes {
        text.push_str(code);
        text.push('\n');
    }
    text
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
    fn default_name_follows_the_python_tool() {
        assert_eq!(
            default_codes_path("jm", "ITS Private Cloud"),
            PathBuf::from("jm_ITS_Private_Cloud_recovery_codes.txt")
        );
        assert_eq!(
            default_codes_path("../x", "VSS"),
            PathBuf::from(".._x_VSS_recovery_codes.txt")
        );
    }

    #[test]
    fn groups_the_key() {
        assert_eq!(group("ABCDEFGHIJ"), "ABCD EFGH IJ");
    }
}
