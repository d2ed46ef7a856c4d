//! `vss-cli` and `vss-mock-server`: multi-factor authentication (TOTP) for VSS accounts.
//!
//! One library, two binaries. The HTTP contract both sides share is the `vss-wire` crate; the client lives
//! in [`cli`], [`context`], [`api`], [`terminal`], [`output`] and [`commands`]; the bundled
//! server is the `vss-mock-server` crate.

pub mod exit_codes;
pub mod fsutil;
pub mod interrupt;
pub mod qr;

pub mod api;
pub mod cli;
pub mod commands;
pub mod config;
pub mod context;
pub mod error;
pub mod generation;
pub mod login;
pub mod output;
pub mod recovery_file;
pub mod report;
pub mod secrets;
pub mod terminal;

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
