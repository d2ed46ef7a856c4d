//! `vss-mock-server`'s integration tests: the server spoken to over HTTP as a client would, the
//! administrator API, the token calls, its safeguards, hostile requests, and load and crash
//! proofs, through the shared harness in `vss-testkit`. One test binary; one module per concern.

#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_macros,
    reason = "tests write their fixtures, read their environment and report directly"
)]

mod admin;
mod api;
mod hardening;
mod hostile;
mod load;
mod rules;
mod tokens;
mod transport;
mod upgrade;
mod vpn;
