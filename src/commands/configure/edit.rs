//! `vss-cli configure edit`: the configuration file in `$VISUAL` or `$EDITOR`, as the Python
//! vss-cli's `configure edit`; the edited text is checked before it replaces the file, so a
//! slip in the YAML never leaves a file neither program can read.

use std::path::{Path, PathBuf};

use crate::config::ConfigFile;
use crate::context::Context;
use crate::error::{Error, Result};

pub(crate) fn run(ctx: &Context) -> Result<()> {
    let path = &ctx.settings.config_path;
    let before = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::File {
                message: format!("there is no configuration file at {}", path.display()),
                hint: Some("`vss-cli -e URL configure mk` makes one".to_owned()),
            })
        }
        Err(e) => return Err(Error::file(format!("cannot read {}: {e}", path.display()))),
    };
    let copy = draft_path(path);
    crate::fsutil::write_private(&copy, before.as_bytes(), true)?;
    edit(ctx, path, &copy)?;
    let after = std::fs::read_to_string(&copy)
        .map_err(|e| Error::file(format!("cannot read {}: {e}", copy.display())))?;
    if after == before {
        let _ = std::fs::remove_file(&copy);
        ctx.term
            .info(format!("No changes: {} is as it was.", path.display()));
        return Ok(());
    }
    if let Err(e) = ConfigFile::load(&copy) {
        return Err(Error::File {
            message: format!("{e}; {} was not changed", path.display()),
            hint: Some(format!(
                "your edits are in {}: fix them there and copy it over, or run `vss-cli \
                 configure edit` again",
                copy.display()
            )),
        });
    }
    std::fs::rename(&copy, path).map_err(|e| {
        Error::file(format!(
            "cannot replace {} with {}: {e}",
            path.display(),
            copy.display()
        ))
    })?;
    ctx.term.info(format!("Updated {}.", path.display()));
    Ok(())
}

/// Runs the editor on `copy` (of `path`); the copy is removed when the editor cannot start or
/// fails.
fn edit(ctx: &Context, path: &Path, copy: &Path) -> Result<()> {
    let (line, source) = ctx
        .settings
        .editor
        .clone()
        .unwrap_or_else(|| ("vi".to_owned(), DEFAULT_EDITOR));
    let refuse = |e: Error| {
        let _ = std::fs::remove_file(copy);
        Err(e)
    };
    // vi needs a terminal; a program named in VISUAL or EDITOR may not (`sed -i ...`).
    if source == DEFAULT_EDITOR && !ctx.term.interactive() {
        return refuse(Error::Usage {
            message: "configure edit needs an editor, and there is no terminal for vi".to_owned(),
            hint: Some(
                "set VISUAL or EDITOR to a program that edits the file it is given".to_owned(),
            ),
        });
    }
    let Some(words) = shlex::split(&line).filter(|w| !w.is_empty()) else {
        return refuse(Error::usage(format!(
            "{source}: {line:?} is not a command line"
        )));
    };
    let status = std::process::Command::new(&words[0])
        .args(&words[1..])
        .arg(copy)
        .status();
    match status {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => refuse(Error::File {
            message: format!(
                "the editor {:?} failed ({status}); {} was not changed",
                words[0],
                path.display()
            ),
            hint: None,
        }),
        Err(e) => refuse(Error::Usage {
            message: format!("cannot start the editor {:?} ({source}): {e}", words[0]),
            hint: Some("set VISUAL or EDITOR to your editor's command".to_owned()),
        }),
    }
}

/// Where the editor came from when neither VISUAL nor EDITOR names one.
const DEFAULT_EDITOR: &str = "the default editor";

/// The copy edited beside the file (same folder, so it can replace it at once; `.yaml` so the
/// editor colours it).
fn draft_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "config.yaml".to_owned());
    path.with_file_name(format!(".{name}.edit.yaml"))
}
