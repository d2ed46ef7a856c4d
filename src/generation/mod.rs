//! `vss-cli`'s completion scripts and man pages: the generic rendering is `vss-generate`'s;
//! here is what only this program has. In bash, zsh and fish the value of `-e/--endpoint`
//! completes from the configuration file ([`endpoints`]); the top man page documents the
//! files, exit codes and examples ([`man`]).

mod endpoints;
mod man;

use clap::CommandFactory;
use vss_generate::{Program, Shell};

/// `vss-cli` as the generator sees it.
pub const PROGRAM: Program = Program {
    name: "vss-cli",
    sibling: "vss-mock-server",
    command: crate::cli::Cli::command,
    environment: &[
        (
            "NO_COLOR",
            "When set (to anything), no colour is used unless --color always is given.",
        ),
        (
            "HOME",
            "The configuration folder ~/.vss-cli is found from it.",
        ),
        (
            "REQUESTS_CA_BUNDLE",
            "A PEM file of CA certificates trusted beside the system's, as --ca-bundle (the \
             Python tool's variable).",
        ),
        (
            "SSL_CERT_FILE",
            "A PEM file of CA certificates: on Linux and the BSDs it replaces the system's \
             store, as in OpenSSL; on macOS and Windows it is trusted beside it.",
        ),
    ],
    top_sections,
    adjust_script,
    fish_note: Some(
        "# Endpoint names after -e come from the configuration file (vss-cli __complete-endpoints).",
    ),
    fish_functions: endpoints::FISH_FUNCTIONS,
    fish_values: &[("endpoint", "'(__fish_vss_cli_endpoints)'")],
};

fn top_sections(roff: &mut vss_generate::roff::Roff) {
    man::files(roff);
    man::exit_status(roff);
    man::examples(roff);
}

fn adjust_script(shell: Shell, script: String) -> String {
    match shell {
        Shell::Bash => endpoints::bash_endpoints(&script),
        Shell::Zsh => endpoints::zsh_endpoints(&script),
        _ => script,
    }
}
