//! `vss-mock-server`'s completion scripts and man pages, rendered by `vss-generate`, and the
//! hidden `__generate WHAT DIR` that writes them. `__generate` is added to the parser only, not
//! to the command line the scripts and pages describe.

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches};
use vss_generate::{GenerateWhat, Program};

use crate::cli::Cli;

/// `vss-mock-server` as the generator sees it.
pub const PROGRAM: Program = Program {
    name: "vss-mock-server",
    sibling: "vss-cli",
    command: Cli::command,
    environment: &[
        (
            "XDG_DATA_HOME",
            "The default data folder is $XDG_DATA_HOME/vss-mock-server.",
        ),
        (
            "RUST_LOG",
            "Log filter, as in the tracing crate (e.g. debug).",
        ),
        ("NO_COLOR", "When set, the log has no colour codes."),
    ],
    top_sections: |_| {},
    adjust_script: |_, script| script,
    fish_note: None,
    fish_functions: "",
    fish_values: &[],
};

/// `__generate WHAT DIR`.
#[derive(Debug, Args)]
struct GenerateArgs {
    /// What to write: `completions` and `man` write into DIR, `all` into DIR/completions and
    /// DIR/man; files there that are no longer generated are removed
    #[arg(value_enum, value_name = "WHAT")]
    what: GenerateWhat,
    /// The folder to write into
    #[arg(value_name = "DIR")]
    dir: PathBuf,
}

/// What the command line asks for: the server's own command, or writing the generated files.
pub(crate) enum Invocation {
    Run(Box<Cli>),
    Generate(GenerateWhat, PathBuf),
}

/// Parses the command line (exiting with clap's message on a usage error).
pub(crate) fn parse() -> Invocation {
    let generate = GenerateArgs::augment_args(clap::Command::new("__generate").hide(true));
    let matches = Cli::command().subcommand(generate).get_matches();
    let parsed = match matches.subcommand() {
        Some(("__generate", sub)) => {
            GenerateArgs::from_arg_matches(sub).map(|a| Invocation::Generate(a.what, a.dir))
        }
        _ => Cli::from_arg_matches(&matches).map(|cli| Invocation::Run(Box::new(cli))),
    };
    parsed.unwrap_or_else(|e| e.exit())
}
