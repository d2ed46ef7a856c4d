//! The one test harness of the workspace: the bundled server started in-process on
//! 127.0.0.1:0 ([`server`]) or as the real binary ([`binary`]), accounts added as
//! `vss-mock-server user add` would, its outbox read as a person reads mail and texts
//! ([`outbox`]), OTP codes computed from the key the server returned as a phone would, raw HTTP
//! calls for the server's own tests ([`http`]), the real `vss-cli` run with a clean environment
//! and a temporary home ([`client`]), pseudo-terminal helpers ([`pty`]), snapshots of what a
//! command prints ([`snapshot`]), certificate authorities and certificates for TLS tests
//! ([`certs`]), QR codes read from images ([`qr`]), a small server that records what a
//! client sends, alone or as a proxy in front of the bundled server ([`recorder`]), a full
//! disk ([`fault`]), the public Python vss-cli in a virtualenv, run as a user runs it
//! ([`python`]), a real Secret Service in a private D-Bus session ([`secret_service`]), the
//! kernel keyring kept apart per test and emptied of what a test kept ([`kernel_keyring`]),
//! what a test does when a tool it needs is missing ([`tools`]: fail in CI, say so elsewhere),
//! and programs for `vss-cli` to run, written as scripts that count their runs ([`programs`]).
//!
//! Different tests use different parts, so unused helpers in one test binary are expected.

#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_macros,
    reason = "the harness sets up fixtures, reads the test environment and reports directly"
)]

pub mod binary;
pub mod certs;
pub mod client;
pub mod fault;
pub mod http;
pub mod kernel_keyring;
pub mod outbox;
pub mod programs;
pub mod pty;
pub mod python;
pub mod qr;
pub mod recorder;
pub mod secret_service;
pub mod server;
pub mod snapshot;
pub mod tools;

pub use client::{json_out, mode, Env, Trust};
pub use http::Reply;
pub use outbox::{Mail, Outbox};
pub use recorder::{Answer, Recorded, Recorder, Shape};
pub use server::{user, TestServer};

/// The password of every account the harness adds.
pub const PASSWORD: &str = "correct horse battery staple";

/// The code an authenticator holding the base32 `key` shows at `unix` seconds.
pub fn totp_at(key: &str, unix: i64) -> String {
    let secret = vss_totp::from_base32(key).expect("a base32 key");
    vss_totp::code_at(&secret, unix as u64).expect("a code")
}

/// The list of strings in a JSON array.
pub fn strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .expect("a JSON array")
        .iter()
        .map(|s| s.as_str().expect("a string").to_owned())
        .collect()
}
