//! Printing errors for people: what went wrong, then what to do next.

use crate::error::Error;

/// Prints `error: ...` and, when there is one, `hint: ...` to stderr.
pub(crate) fn error(e: &Error) {
    if matches!(e, Error::Interrupted) {
        return;
    }
    let label = console::style("error:").red().bold().for_stderr();
    eprintln!("{label} {e}");
    if let Some(hint) = e.hint() {
        let label = console::style("hint:").yellow().for_stderr();
        eprintln!("{label} {hint}");
    }
}
