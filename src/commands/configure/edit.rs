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
    // The editor is known to be usable before the draft is written: a draft a failed edit
    // left (its hint names it) is not overwritten by a run that cannot edit it.
    let editor = editor(ctx)?;
    let copy = draft_path(path);
    crate::fsutil::write_private(&copy, before.as_bytes(), true)?;
    editor.edit(path, &copy)?;
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
    replace(&copy, path)?;
    ctx.term.info(format!("Updated {}.", path.display()));
    Ok(())
}

/// The draft, written private by `write_private`, takes the file's place at once.
#[expect(
    clippy::disallowed_methods,
    reason = "the private draft replaces the file in one step"
)]
fn replace(copy: &Path, path: &Path) -> Result<()> {
    std::fs::rename(copy, path).map_err(|e| {
        Error::file(format!(
            "cannot replace {} with {}: {e}",
            path.display(),
            copy.display()
        ))
    })
}

/// The editor's command line, split into words, and where it came from.
struct Editor {
    words: Vec<String>,
    source: &'static str,
}

/// `$VISUAL`, else `$EDITOR`, else vi when there is a terminal for it.
fn editor(ctx: &Context) -> Result<Editor> {
    let (line, source) = ctx
        .settings
        .editor
        .clone()
        .unwrap_or_else(|| ("vi".to_owned(), DEFAULT_EDITOR));
    // vi needs a terminal; a program named in VISUAL or EDITOR may not (`sed -i ...`).
    if source == DEFAULT_EDITOR && !ctx.term.interactive() {
        return Err(Error::Usage {
            message: "configure edit needs an editor, and there is no terminal for vi".to_owned(),
            hint: Some(
                "set VISUAL or EDITOR to a program that edits the file it is given".to_owned(),
            ),
        });
    }
    let words = shlex::split(&line)
        .filter(|w| !w.is_empty())
        .ok_or_else(|| Error::usage(format!("{source}: {line:?} is not a command line")))?;
    Ok(Editor { words, source })
}

impl Editor {
    /// Runs the editor on `copy` (of `path`); the copy is removed when the editor cannot
    /// start or fails.
    fn edit(&self, path: &Path, copy: &Path) -> Result<()> {
        let (program, source) = (&self.words[0], self.source);
        let status = std::process::Command::new(program)
            .args(&self.words[1..])
            .arg(copy)
            .status();
        let refused = match status {
            Ok(status) if status.success() => return Ok(()),
            Ok(status) => Error::File {
                message: format!(
                    "the editor {program:?} failed ({status}); {} was not changed",
                    path.display()
                ),
                hint: None,
            },
            Err(e) => Error::Usage {
                message: format!("cannot start the editor {program:?} ({source}): {e}"),
                hint: Some("set VISUAL or EDITOR to your editor's command".to_owned()),
            },
        };
        let _ = std::fs::remove_file(copy);
        Err(refused)
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
