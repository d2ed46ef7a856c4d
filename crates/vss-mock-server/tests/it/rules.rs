//! The server's rules against abuse and confusion: tokens that outlive a factor change,
//! administrators without MFA, mail floods, failure counters, names that are not safe path
//! segments or hold control characters, phones in the Python tool's forms, minimal replies,
//! recovery codes as people type them, and the calls the Python client makes after a login.
//!
//! Everything goes over HTTP as a client would; codes are computed from the returned key or
//! read from the outbox, and time moves with the server's clock.

use serde_json::json;
use vss_testkit::{user, TestServer};

const BAD_CREDENTIALS: &str = "Invalid username or password";

fn start() -> TestServer {
    let s = TestServer::start();
    s.add_user(user("jm"));
    s.add_user(user("ann"));
    s
}

// --- A success served from the credential cache clears the failure counter. ---

#[test]
fn a_remembered_password_clears_earlier_failures() {
    let s = start();
    // The password is checked once with argon2, then remembered.
    s.token("jm");
    for _ in 0..9 {
        s.post_as("jm", "wrong", "/auth/request-token", Some(json!({"otp": null})))
            .refused(401, BAD_CREDENTIALS);
    }
    // A success from the remembered password is a success: the nine failures are forgotten...
    s.token("jm");
    // ... so one more wrong password is one failure, not the tenth in a row.
    s.post_as("jm", "wrong", "/auth/request-token", Some(json!({"otp": null})))
        .refused(401, BAD_CREDENTIALS);
    for _ in 0..8 {
        s.post_as("jm", "wrong", "/auth/request-token", Some(json!({"otp": null})))
            .refused(401, BAD_CREDENTIALS);
    }
    // The tenth in a row locks, as before.
    s.post_as("jm", "wrong", "/auth/request-token", Some(json!({"otp": null})))
        .locked();
}
