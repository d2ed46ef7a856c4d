//! `vss-cli`'s integration tests: the real binary against the real bundled server, through the
//! shared harness in `vss-testkit`. One test binary; one module per concern.

#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_macros,
    reason = "tests write their fixtures, read their environment and report directly"
)]

mod admin;
mod completion;
mod day;
mod exec;
mod failures;
mod files;
mod generated;
mod hostile;
mod journey;
mod keyring;
mod layers;
mod login;
mod messages;
mod other_servers;
mod output;
mod python_client;
mod python_options;
mod python_tokens;
mod python_tool;
mod redirect;
mod rules;
mod secret_leak;
mod sessions;
mod terminal;
mod tls;
mod totp_auto;
mod untrusted;
mod vpn;
mod wire_parity;
