//! `vss-cli completion SHELL`, and the two hidden helpers behind it: `__generate` (every
//! completion script and man page, for packagers and the repository) and
//! `__complete-endpoints` (endpoint names for the scripts to offer after `-e`).

use crate::cli::{CompletionArgs, GenerateArgs, GlobalArgs};
use crate::config::{self, ConfigFile};
use crate::error::{Error, Result};
use crate::generation::PROGRAM;
use crate::terminal::Terminal;

pub(crate) fn run(args: &CompletionArgs, term: &Terminal) -> Result<()> {
    term.print_raw(&PROGRAM.completion(args.shell))
}

pub(crate) fn generate(args: &GenerateArgs, term: &Terminal) -> Result<()> {
    let written = PROGRAM
        .write(args.what, &args.dir)
        .map_err(|e| Error::file(format!("cannot write into {}: {e}", args.dir.display())))?;
    term.info(format!(
        "wrote {written} files under {}",
        args.dir.display()
    ));
    Ok(())
}

/// Prints the names of the configured endpoints. Completion must never print an error into
/// the user's command line, so a missing or broken file prints nothing.
pub(crate) fn endpoints(global: &GlobalArgs, term: &Terminal) -> Result<()> {
    let path = global.config.clone().unwrap_or_else(config::default_path);
    let Ok(config) = ConfigFile::load(&path) else {
        return Ok(());
    };
    for entry in &config.endpoints {
        term.print_line(&entry.name)?;
    }
    Ok(())
}
