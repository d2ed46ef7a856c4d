//! `vss-cli`: manage multi-factor authentication (TOTP) on a VSS account from the shell.
//!
//! The command line is parsed ([`cli`]) and resolved once into immutable [`settings`]; each
//! command ([`commands`]) is handed a [`context`]: those settings, the [`terminal`] it reads
//! and writes the standard streams through (data rendered by [`output`]), and the [`auth`]
//! layer's session, which alone decides who the user is, where each secret comes from, which
//! second factor to use and which token serves. Calls go through [`api`] over the wire types
//! of the `vss-wire` crate. The binary is [`main`].
//!
//! ## Layers
//!
//! Each module uses only modules on the lines below its own, so the modules form a DAG and
//! nothing low reaches up (`tests/it/layers.rs` reads the sources and holds them to this list):
//!
//! 0. `testing`: the unit tests' bench (a command run against the bundled server); any
//!    module's tests may use it
//! 1. `commands`: one module per command, each a `run(args, ctx)`
//! 2. `context`, `generation`: what a command is handed; the completions and man pages
//! 3. `auth`: the session: who the user is, the secrets, the second factor, the tokens
//! 4. `settings`: the command line, environment and configuration, resolved once
//! 5. `cli`: every clap type but the value enums lower layers use too, which are theirs
//! 6. `api`, `secrets`: the HTTP calls; the credential stores (keyring, file, Python's)
//! 7. `config`, `trust`, `qr`, `help`, `python_only`: the configuration file; TLS roots;
//!    the QR code drawn; the long help; the Python tool's other commands
//! 8. `terminal`: the one door to the standard streams and prompts
//! 9. `output`: data as a table, JSON or YAML
//! 10. `table`: columns, widths and table styles
//! 11. `fsutil`: private files, removed when interrupted
//! 12. `error`, `interrupt`: errors and their exit codes; Ctrl-C
//! 13. `exit_codes`, `sanitize`: the exit codes; untrusted text made safe to print
//!
//! Below them all are the workspace's crates: `vss-wire` (the wire contract, nothing else),
//! `vss-redacted`, `vss-totp`, `vss-qr`, `vss-phone`, `vss-fs` and `vss-generate`.

mod api;
mod auth;
mod cli;
mod commands;
mod config;
mod context;
mod error;
mod exit_codes;
mod fsutil;
mod generation;
mod help;
mod interrupt;
mod output;
mod python_only;
mod qr;
mod sanitize;
mod secrets;
mod settings;
mod table;
mod terminal;
#[cfg(test)]
mod testing;
mod trust;

/// The `vss-cli` program: parses the command line, runs it, reports a failure, and returns
/// the exit code: the command's exit status (the status of the program `exec` ran), or the
/// failure's.
#[expect(
    clippy::disallowed_methods,
    reason = "main owns the command line, and reads NO_COLOR before there are settings (a \
              refusal is reported before they are resolved)"
)]
pub fn main() -> std::process::ExitCode {
    use clap::FromArgMatches;
    let command = cli::command();
    let args = cli::python_spellings(&command, std::env::args_os().collect());
    let args = cli::python_shorts(&command, args);
    let matches = match command.try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(e) => {
            match python_only::unknown_subcommand(&e).and_then(|w| python_only::refusal(&w)) {
                Some(refusal) => {
                    let term = terminal::Terminal::detect(
                        terminal::ColorChoice::Auto,
                        std::env::var_os("NO_COLOR").is_some(),
                        false,
                    );
                    return term.fail(&refusal).into();
                }
                None => e.exit(),
            }
        }
    };
    let mut cli = cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let typed = |id: &str| matches.value_source(id) == Some(clap::parser::ValueSource::CommandLine);
    cli.global.python.typed = cli::Typed {
        output: typed("output"),
        token: typed("token"),
        token_stdin: false,
    };
    let quiet = cli.global.quiet
        || matches!(
            cli.global.python.loglevel,
            Some(cli::LogLevel::Error | cli::LogLevel::Critical)
        );
    let term = std::rc::Rc::new(terminal::Terminal::detect(
        cli.global.color,
        std::env::var_os("NO_COLOR").is_some(),
        quiet,
    ));
    let writer = term.interrupt_writer();
    interrupt::install(Box::new(move |restore_cursor| {
        writer.interrupted(restore_cursor)
    }));
    let show_exceptions = cli.global.python.showexceptions;
    match commands::run(cli, &term) {
        Ok(status) => status.into(),
        Err(e) => {
            let code = term.fail(&e);
            if show_exceptions {
                term.tell(format!("-x: {e:#?}"));
            }
            code.into()
        }
    }
}

/// What the integration tests check the generated files and the man page against.
#[doc(hidden)]
pub mod for_tests {
    /// `vss-cli` as the completion and man page generator sees it.
    pub use crate::generation::PROGRAM as GENERATOR;

    /// Every exit code, as documented.
    pub fn exit_codes() -> impl Iterator<Item = i32> {
        crate::exit_codes::ExitCode::ALL.iter().map(|c| c.code())
    }
}

/// What the fuzz targets reach: the reading of the endpoint's error replies.
#[doc(hidden)]
pub mod fuzzing {
    /// Reads an error reply with HTTP `status` as the client does; returns the exit code and
    /// the message it would print, or None when the body is not an API error.
    pub fn error_reply(status: u16, body: &[u8]) -> Option<(i32, String)> {
        let status = reqwest::StatusCode::from_u16(status).ok()?;
        let reply = serde_json::from_slice(body).ok()?;
        let e = crate::api::classify(status, reply);
        Some((e.exit_code().code(), e.to_string()))
    }
}
