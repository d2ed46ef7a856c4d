//! `vss-cli account set mfa recovery-codes`: a fresh set of recovery codes after proving the
//! current factor; the old set stops working.

use std::path::PathBuf;

use serde::Serialize;

use super::recovery_file;
use crate::cli::RecoveryCodesArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Format;

/// `s` unless it is blank.
fn non_empty(s: &str) -> Option<&str> {
    (!s.trim().is_empty()).then_some(s)
}

#[derive(Serialize)]
struct NewCodes {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    recovery_codes: Vec<String>,
    recovery_codes_file: Option<PathBuf>,
}

pub(crate) fn run(args: &RecoveryCodesArgs, ctx: &Context) -> Result<()> {
    let creds = ctx.auth.credentials()?;
    // Where the codes go is settled before the server makes them (and the old set stops
    // working).
    let destination = recovery_file::plan(&args.file, ctx, &creds.username)?;
    let api = ctx.auth.api()?;
    let (reply, _) = ctx.auth.with_second_factor(creds, true, |proof| {
        let proof = proof.expect("a proof is always asked for");
        ctx.term.spin("Making new recovery codes", || {
            api.recovery_codes(creds, proof)
        })
    })?;
    if let Some(said) = non_empty(&reply.message) {
        ctx.term.info(said);
    } else if !reply.recovery_codes.is_empty() {
        ctx.term
            .info("New recovery codes were made; the earlier ones no longer work.");
    }
    if reply.recovery_codes.is_empty() {
        ctx.term
            .info("The server sent no recovery codes with its answer: none to show or save.");
        return ctx.term.print(
            ctx.settings.format,
            &NewCodes {
                recovery_codes: Vec::new(),
                recovery_codes_file: None,
            },
        );
    }
    let interactive = ctx.term.interactive();
    if interactive {
        recovery_file::show(ctx, &reply.recovery_codes);
    }
    let issuer = reply.issuer.as_deref().filter(|i| !i.trim().is_empty());
    // The old set is gone: a file that cannot be written all the same loses nothing, the
    // codes are printed and the command then fails saying so.
    let (file, not_saved) = match recovery_file::save(
        &args.file,
        &destination,
        ctx,
        &creds.username,
        issuer,
        &reply.recovery_codes,
    ) {
        Ok(file) => (file, None),
        Err(Error::Interrupted) => return Err(Error::Interrupted),
        Err(e) => {
            let shown = if interactive {
                "shown above"
            } else {
                "printed on standard output"
            };
            (None, Some(recovery_file::not_saved(e, shown)))
        }
    };
    // A file of the old set left where mk saves them (the Python tool's name) holds codes
    // that no longer work: said, as nobody would guess.
    let old = recovery_file::default_path(&creds.username, issuer);
    let same =
        |written: &PathBuf| std::fs::canonicalize(written).ok() == std::fs::canonicalize(&old).ok();
    if old.is_file() && !file.as_ref().is_some_and(same) {
        ctx.term.note(format!(
            "{} holds the earlier recovery codes, which no longer work: delete it",
            old.display()
        ));
    }
    let table = ctx.settings.format == Format::Table;
    ctx.term.print(
        ctx.settings.format,
        &NewCodes {
            recovery_codes: if !table || (file.is_none() && !interactive) {
                reply.recovery_codes.clone()
            } else {
                Vec::new()
            },
            recovery_codes_file: file,
        },
    )?;
    not_saved.map_or(Ok(()), Err)
}
