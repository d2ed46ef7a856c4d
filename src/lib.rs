//! `vss-cli` and `vss-mock-server`: multi-factor authentication (TOTP) for VSS accounts.
//!
//! One library, two binaries. The HTTP contract both sides share is the `vss-wire` crate; the client lives
//! in [`cli`], [`context`], [`api`], [`terminal`], [`output`] and [`commands`]; the bundled
//! server in [`server`].

pub mod exit_codes;
pub mod fsutil;
pub mod interrupt;
pub mod qr;
pub mod server;

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
