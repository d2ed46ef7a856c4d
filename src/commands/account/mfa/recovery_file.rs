//! Showing and saving recovery codes: the file named as the Python tool names it, private,
//! atomic, never overwritten without `--force` or the person's word.
//!
//! Everything that can be known about the file is checked before the server makes the codes
//! ([`plan`]): whether it exists (a dangling symbolic link counts), and whether its folder
//! takes a new file. On a terminal an existing file asks whether to overwrite it, save under
//! another name or not save; without one it is an error before anything changed. A write that
//! fails afterwards all the same (a full disk) loses nothing: the caller still shows the codes
//! ([`not_saved`] says where).

use std::path::{Path, PathBuf};

use crate::cli::RecoveryFileArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::fsutil;

/// Where the recovery codes go, as decided before the server makes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Destination {
    /// Not saved.
    Nowhere,
    /// This file, replaced if it exists only when `overwrite`.
    File { path: PathBuf, overwrite: bool },
    /// `./USER_ISSUER_recovery_codes.txt`, once the server names the issuer; the person is
    /// asked first when `confirm`.
    Default { overwrite: bool, confirm: bool },
}

/// What the person chose for a file that cannot be written as it was.
enum Choice {
    Overwrite,
    Another(PathBuf),
    DoNotSave,
}

const NOTHING_CHANGED: &str = "nothing was changed on the server";
const CODES_ELSEWHERE: &str = "save the codes elsewhere with --recovery-codes-file PATH, or \
                               pass --no-save-recovery-codes to have them only in the output";

/// Whether the person may be asked about the file: on a terminal, without `--yes`.
fn asks(args: &RecoveryFileArgs, ctx: &Context) -> bool {
    ctx.term.interactive() && !args.yes
}

/// Decides where the codes go and checks that they can be written there, before any call
/// that changes the server. Fails (exit 7) when they cannot, or asks on a terminal;
/// `username` is the account's, for the default file name.
pub(crate) fn plan(args: &RecoveryFileArgs, ctx: &Context, username: &str) -> Result<Destination> {
    if args.no_save_recovery_codes {
        return Ok(Destination::Nowhere);
    }
    let asks = asks(args, ctx);
    if let Some(path) = &args.recovery_codes_file {
        return check(ctx, path.clone(), args.force, asks);
    }
    check_folder(Path::new("."), CODES_ELSEWHERE)?;
    // The issuer, which the default name holds, comes with the codes; the file of an earlier
    // set for this account at this endpoint (or one the Python tool wrote) is the one it will
    // most likely be.
    match (!args.force)
        .then(|| earlier_default(ctx, username))
        .flatten()
    {
        Some(earlier) => check(ctx, earlier, false, asks),
        None => Ok(Destination::Default {
            overwrite: args.force,
            confirm: asks,
        }),
    }
}

/// Checks `path`; if it exists and may not be replaced, asks about it when `asks`, else
/// fails.
fn check(ctx: &Context, mut path: PathBuf, mut overwrite: bool, asks: bool) -> Result<Destination> {
    loop {
        check_folder(folder(&path), CODES_ELSEWHERE)?;
        let existing = std::fs::symlink_metadata(&path).ok();
        if existing.as_ref().is_some_and(std::fs::Metadata::is_dir) {
            return Err(Error::file(format!(
                "{} is a folder; name a file with --recovery-codes-file PATH",
                path.display()
            ))
            .with_hint(NOTHING_CHANGED));
        }
        if existing.is_none() || overwrite {
            return Ok(Destination::File { path, overwrite });
        }
        if !asks {
            return Err(
                Error::from(fsutil::WriteError::Exists(path.display().to_string())).with_hint(
                    format!(
                        "{NOTHING_CHANGED}; to have the codes only in the output instead, pass \
                         --no-save-recovery-codes"
                    ),
                ),
            );
        }
        match ask_exists(ctx, &path)? {
            Choice::Overwrite => overwrite = true,
            Choice::Another(other) => path = other,
            Choice::DoNotSave => return Ok(Destination::Nowhere),
        }
    }
}

/// Checks, before the server changes anything, that a new private file can be written at
/// `path` (another file than the recovery codes: the QR image): its folder takes a new file,
/// and nothing is there unless `force` (a dangling symbolic link counts).
pub(crate) fn check_new_file(path: &Path, force: bool) -> Result<()> {
    check_folder(folder(path), "choose another path for it")?;
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => {
            Err(Error::file(format!("{} is a folder", path.display())).with_hint(NOTHING_CHANGED))
        }
        Ok(_) if !force => Err(
            Error::from(fsutil::WriteError::Exists(path.display().to_string()))
                .with_hint(NOTHING_CHANGED),
        ),
        _ => Ok(()),
    }
}

/// The folder a file at `path` is written in.
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Checks that a new file can be made in `dir`, by making one and removing it: a folder that
/// does not exist, one this user may not write in, a read-only file system or one that takes
/// no new files all fail here.
/// `instead` says what to do instead, in the hint.
#[expect(
    clippy::disallowed_methods,
    reason = "an empty probe, made and removed at once; the codes go through write_private"
)]
fn check_folder(dir: &Path, instead: &str) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let probe = dir.join(format!(".vss-cli-check-{}", std::process::id()));
    let made = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&probe);
    match made {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            Ok(())
        }
        // Made there before: the folder takes files.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(
            Error::file(format!("cannot write a file in {}: {e}", dir.display()))
                .with_hint(format!("{NOTHING_CHANGED}; {instead}")),
        ),
    }
}

/// The file in the current folder that the default name will most likely be: one named as
/// it names them for `username` whose header says it was written for this account at this
/// endpoint (the issuer, which the name holds, is the endpoint's), else one without our
/// header (the Python tool writes only the codes).
fn earlier_default(ctx: &Context, username: &str) -> Option<PathBuf> {
    let prefix = format!("{}_", safe(username));
    let account = format!("# Account:  {username}\n");
    let endpoint = format!("# Endpoint: {}\n", ctx.settings.endpoint);
    let mut names: Vec<PathBuf> = std::fs::read_dir(".")
        .ok()?
        .filter_map(std::result::Result::ok)
        .map(|entry| PathBuf::from(entry.file_name()))
        .filter(|name| {
            name.to_str()
                .is_some_and(|n| n.starts_with(&prefix) && n.ends_with("_recovery_codes.txt"))
        })
        .collect();
    names.sort();
    let headers: Vec<(PathBuf, String)> = names
        .into_iter()
        .map(|name| {
            let text = std::fs::read(&name).unwrap_or_default();
            (name, String::from_utf8_lossy(&text).into_owned())
        })
        .collect();
    let ours = headers
        .iter()
        .find(|(_, text)| text.contains(&account) && text.contains(&endpoint));
    let foreign = || {
        headers
            .iter()
            .find(|(_, text)| !text.starts_with("# Recovery codes for multi-factor"))
    };
    ours.or_else(foreign).map(|(name, _)| name.clone())
}

/// Asks what to do with `path`, which exists.
fn ask_exists(ctx: &Context, path: &Path) -> Result<Choice> {
    let question = format!(
        "{} already exists: overwrite it (o), save under another name (a), or do not save the \
         codes (n)?",
        path.display()
    );
    ask(ctx, &question, true)
}

/// Asks `question`, answered with `o` (when `overwrite` is offered), `a` or `n`.
fn ask(ctx: &Context, question: &str, overwrite: bool) -> Result<Choice> {
    let prompter = ctx.auth.prompter("an answer", "")?;
    loop {
        match prompter.input(question)?.to_ascii_lowercase().as_str() {
            "o" | "overwrite" if overwrite => return Ok(Choice::Overwrite),
            "n" | "no" => return Ok(Choice::DoNotSave),
            "a" | "another" => {
                let name = prompter.input("Save the recovery codes to")?;
                if !name.is_empty() {
                    return Ok(Choice::Another(PathBuf::from(name)));
                }
            }
            _ if overwrite => ctx.term.tell("Answer o, a or n."),
            _ => ctx.term.tell("Answer a or n."),
        }
    }
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

/// Saves the codes to `destination`. Returns the file written, or None when they were not to
/// be saved. Where the person may be asked, a default file that turned out to exist, or a
/// write that failed, asks again; elsewhere they are errors, after which the caller must still
/// show the codes (see [`not_saved`]).
pub(crate) fn save(
    args: &RecoveryFileArgs,
    destination: &Destination,
    ctx: &Context,
    username: &str,
    issuer: Option<&str>,
    codes: &[String],
) -> Result<Option<PathBuf>> {
    if codes.is_empty() {
        return Ok(None);
    }
    let (mut path, mut overwrite) = match destination {
        Destination::Nowhere => return Ok(None),
        Destination::File { path, overwrite } => (path.clone(), *overwrite),
        Destination::Default { overwrite, confirm } => {
            let path = default_path(username, issuer);
            let prompt = format!("Save the recovery codes to {}?", path.display());
            if *confirm && !ctx.auth.prompter("an answer", "")?.confirm(&prompt, true)? {
                return Ok(None);
            }
            (path, *overwrite)
        }
    };
    let contents = contents(ctx, username, issuer, codes);
    loop {
        let e = match fsutil::write_private(&path, contents.as_bytes(), overwrite) {
            Ok(()) => {
                ctx.term.info(format!(
                    "Wrote the recovery codes to {} (mode 0600).",
                    path.display()
                ));
                return Ok(Some(path));
            }
            Err(e) => e,
        };
        if !asks(args, ctx) {
            return Err(e.into());
        }
        // The codes are on the screen above: ask where else they may go.
        let choice = match e {
            fsutil::WriteError::Exists(_) => ask_exists(ctx, &path)?,
            other => {
                ctx.term.warn(other.to_string());
                ask(
                    ctx,
                    "Save the recovery codes under another name (a), or do not save them (n)?",
                    false,
                )?
            }
        };
        match choice {
            Choice::Overwrite => overwrite = true,
            Choice::Another(other) => (path, overwrite) = (other, false),
            Choice::DoNotSave => return Ok(None),
        }
    }
}

/// The error of a write that failed after the server made the codes, saying plainly that they
/// were not saved and where they are instead: `shown` says where the caller shows them.
pub(crate) fn not_saved(e: Error, shown: &str) -> Error {
    e.with_hint(format!(
        "the recovery codes were NOT saved; they are {shown}: keep them now, as they are not \
         shown again"
    ))
}

/// `<username>_<issuer>_recovery_codes.txt`, as the Python tool names it;
/// `<username>_recovery_codes.txt` when the server names no issuer.
pub(crate) fn default_path(username: &str, issuer: Option<&str>) -> PathBuf {
    PathBuf::from(match issuer {
        Some(issuer) => format!("{}_{}_recovery_codes.txt", safe(username), safe(issuer)),
        None => format!("{}_recovery_codes.txt", safe(username)),
    })
}

/// A name part with only letters, digits, `.`, `_` and `-`.
fn safe(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._-".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
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
        ctx.settings.endpoint,
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
