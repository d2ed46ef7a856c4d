//! The client's reply parsing: every wire reply type decoded from arbitrary bytes, and error
//! replies turned into the client's typed errors (by kind, then status) with their exit codes
//! and messages. Nothing may panic.
//!
//! The first two bytes pick the HTTP status (400-599) of an error reply; the rest is the body.

#![no_main]

use libfuzzer_sys::fuzz_target;
use vss_wire as wire;

fn reply<T: serde::de::DeserializeOwned>(bytes: &[u8]) {
    let _ = serde_json::from_slice::<T>(bytes);
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let (head, body) = data.split_at(2);
    reply::<wire::TokenResponse>(body);
    reply::<wire::EnableResponse>(body);
    reply::<wire::MessageResponse>(body);
    reply::<wire::RecoveryCodesResponse>(body);
    reply::<wire::UserEnvelope>(body);
    reply::<wire::TotpSettings>(body);
    reply::<wire::DomainList>(body);
    reply::<wire::DomainInfo>(body);
    reply::<wire::Page<wire::AdminUser>>(body);
    reply::<wire::AdminUserEnvelope>(body);
    reply::<wire::Page<wire::AuditRecord>>(body);
    reply::<wire::TokenClaims>(body);
    let status = 400 + u16::from_be_bytes([head[0], head[1]]) % 200;
    let decoded = serde_json::from_slice::<wire::ErrorResponse>(body).is_ok();
    let read = vss_cli::fuzzing::error_reply(status, body);
    assert_eq!(read.is_some(), decoded);
});
