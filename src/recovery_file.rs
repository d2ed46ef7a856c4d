//! Showing and saving recovery codes: the file named as the Python tool names it, private,
//! atomic, never overwritten without `--force`.

use std::path::{Path, PathBuf};

use crate::cli::RecoveryFileArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::fsutil;

/// Fails early when an explicitly named file exists and may not be overwritten, so nothing
/// is changed on the server for a file that cannot be written.
pub(crate) fn precheck(args: &RecoveryFileArgs) -> Result<()> {
    match &args.recovery_codes_file {
        Some(path) => refuse_existing(path, args.force),
        None => Ok(()),
    }
}

/// An error when `path` exists and `force` is off.
pub(crate) fn refuse_existing(path: &Path, force: bool) -> Result<()> {
    if !force && path.exists() {
        return Err(fsutil::WriteError::Exists(path.display().to_string()).into());
    }
    Ok(())
}

/// Shows the codes on the terminal (stderr): they are shown once, so even with `--quiet`.
pub(crate) fn show(ctx: &Context, codes: &[String]) {
    ctx.term.tell(
        "Recovery codes let you log in if you cannot get a code. Each works once; keep them \
         somewhere safe:",
    );
    for code in codes {
        ctx.term.tell_bold("  ", code);
    }
    ctx.term.tell("");
}

/// Saves the codes where the flags or the person say. Returns the file written. `pending`
/// says, in the error, what happens to the enrolment when the file cannot be written.
pub(crate) fn save(
    args: &RecoveryFileArgs,
    ctx: &Context,
    username: &str,
    issuer: Option<&str>,
    codes: &[String],
    on_failure: &str,
) -> Result<Option<PathBuf>> {
    if args.no_save_recovery_codes || codes.is_empty() {
        return Ok(None);
    }
    let path = args
        .recovery_codes_file
        .clone()
        .unwrap_or_else(|| default_path(username, issuer));
    let explicit = args.recovery_codes_file.is_some();
    if ctx.term.interactive() && !args.yes && !explicit {
        let prompt = format!("Save the recovery codes to {}?", path.display());
        if !ctx.prompter("an answer", "")?.confirm(&prompt, true)? {
            return Ok(None);
        }
    }
    let contents = contents(ctx, username, issuer, codes);
    fsutil::write_private(&path, contents.as_bytes(), args.force)
        .map_err(|e| Error::from(e).with_hint(on_failure))?;
    ctx.term.info(format!(
        "Wrote the recovery codes to {} (mode 0600).",
        path.display()
    ));
    Ok(Some(path))
}

/// `<username>_<issuer>_recovery_codes.txt`, as the Python tool names it;
/// `<username>_recovery_codes.txt` when the server names no issuer.
pub(crate) fn default_path(username: &str, issuer: Option<&str>) -> PathBuf {
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
    match issuer {
        Some(issuer) => PathBuf::from(format!(
            "{}_{}_recovery_codes.txt",
            safe(username),
            safe(issuer)
        )),
        None => PathBuf::from(format!("{}_recovery_codes.txt", safe(username))),
    }
}

fn contents(ctx: &Context, username: &str, issuer: Option<&str>, codes: &[String]) -> String {
    let issuer = issuer
        .map(|i| format!("# Issuer:   {i}\n"))
        .unwrap_or_default();
    let mut text = format!(
        "# Recovery codes for multi-factor authentication\n\
         # Endpoint: {}\n\
         # Account:  {username}\n\
         {issuer}\
         # Created:  {}\n\
         # Each code works once, in place of a one-time code, when you cannot get one:\n\
         #   vss-cli --recovery-code CODE ...\n\
         # Keep this file private; a new set replaces these codes.\n",
        ctx.endpoint,
        chrono::Utc::now().format("%Y-%m-%d %H:%M:%S UTC"),
    );
    for code in codes {
        text.push_str(code);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_name_follows_the_python_tool() {
        assert_eq!(
            default_path("jm", Some("ITS Private Cloud")),
            PathBuf::from("jm_ITS_Private_Cloud_recovery_codes.txt")
        );
        assert_eq!(
            default_path("../x", Some("VSS")),
            PathBuf::from(".._x_VSS_recovery_codes.txt")
        );
        assert_eq!(
            default_path("jm", None),
            PathBuf::from("jm_recovery_codes.txt")
        );
    }
}
