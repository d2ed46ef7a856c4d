//! The server's request parsing: JSON bodies of every call (with the messages that name the
//! field at fault) and the `Authorization: Basic` header. Nothing may panic.
//!
//! The first byte picks what the rest is: a body of one of the request types, or a header.

#![no_main]

use libfuzzer_sys::fuzz_target;
use vss_mock_server::fuzzing::{parse_basic, parse_json};
use vss_wire as wire;

fn body<T: serde::de::DeserializeOwned>(bytes: &[u8]) {
    if let Err(e) = parse_json::<T>(bytes) {
        // The reply's text must be buildable, and is never empty.
        assert!(!e.to_string().is_empty());
        let _ = (e.status(), e.kind());
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    match pick % 8 {
        0 => body::<wire::EnableRequest>(rest),
        1 => body::<wire::OtpRequest>(rest),
        2 => body::<wire::CodeRequest>(rest),
        3 => body::<wire::DomainPolicyRequest>(rest),
        4 => body::<wire::UserUpdate>(rest),
        5 => body::<wire::TotpSettings>(rest),
        6 => {
            // The header value as sent (any bytes a header may hold).
            if let Ok(value) = http::HeaderValue::from_bytes(rest) {
                let mut headers = http::HeaderMap::new();
                headers.insert(http::header::AUTHORIZATION, value);
                if let Some(c) = parse_basic(&headers) {
                    assert!(!c.username.is_empty());
                    assert!(!c.username.contains(':'));
                }
            }
        }
        _ => {
            // "Basic " and base64 of the input: reaches the user:password split.
            use base64::Engine as _;
            let encoded = base64::engine::general_purpose::STANDARD.encode(rest);
            let mut headers = http::HeaderMap::new();
            headers.insert(
                http::header::AUTHORIZATION,
                http::HeaderValue::from_str(&format!("Basic {encoded}")).unwrap(),
            );
            if let Some(c) = parse_basic(&headers) {
                let text = std::str::from_utf8(rest).expect("credentials are UTF-8");
                assert_eq!(format!("{}:{}", c.username, c.password.expose()), text);
            }
        }
    }
});
