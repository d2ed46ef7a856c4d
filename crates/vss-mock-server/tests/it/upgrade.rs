//! A data folder written by an earlier version opens and works: its schema is brought up to
//! date, and every account, factor, policy and audit record is as it was.

use std::path::Path;

use serde_json::json;
use vss_testkit::TestServer;

const ALICE_KEY: &str = "NFOAIRGWMJG5KQXGWTRZEHK66KIBVXJW";
const ALICE_RECOVERY_CODE: &str = "evx6-7bds-mkvl-k7th";

fn fixture() -> TestServer {
    TestServer::start_on_copy_of(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-4"),
    )
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "an old database through every call, top to bottom"
)]
fn a_database_of_schema_version_4_opens_and_works() {
    let s = fixture();
    // alice's authenticator and recovery codes still work; her requirement stands.
    s.post_as(
        "alice",
        "pw-alice",
        "/auth/request-token",
        Some(json!({"otp": null})),
    )
    .refused(
        401,
        "InvalidParameterValue: otp is required: MFA is enabled (AUTHENTICATOR)",
    );
    s.next_step();
    let token = s
        .post_as(
            "alice",
            "pw-alice",
            "/auth/request-token",
            Some(json!({ "otp": s.code(ALICE_KEY) })),
        )
        .ok()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let totp = s.totp(&token);
    assert_eq!(
        (
            &totp["state"],
            &totp["method"],
            &totp["recovery_codes_left"]
        ),
        (&json!("enabled"), &json!("AUTHENTICATOR"), &json!(10))
    );
    s.post_as(
        "alice",
        "pw-alice",
        "/auth/request-token",
        Some(json!({ "otp": ALICE_RECOVERY_CODE })),
    )
    .ok();

    // The administrator's policy and record. Administrators use MFA to administer: root
    // enrols first, then logs in with a code.
    let enrolled = s
        .post_as(
            "root",
            "pw-root",
            "/tf/enable",
            Some(json!({"method": "AUTHENTICATOR"})),
        )
        .ok();
    let key = enrolled["key"].as_str().unwrap().to_owned();
    s.post_as(
        "root",
        "pw-root",
        "/tf/verify",
        Some(json!({"otp": s.code(&key)})),
    )
    .ok();
    s.next_step();
    let root = s
        .post_as(
            "root",
            "pw-root",
            "/auth/request-token",
            Some(json!({"otp": s.code(&key)})),
        )
        .ok()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let domains = s.get("/v2/admin/domains", &root).ok();
    let eng = domains["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == "eng")
        .unwrap()
        .clone();
    assert_eq!(
        (&eng["totp"], &eng["grace_period_hours"]),
        (&json!("mandatory"), &json!(24))
    );
    let audit = s.get("/v2/admin/audit", &root).ok();
    assert_eq!(audit["total"], 2);
    let alice = s.get("/v2/admin/users?domain=default", &root).ok();
    assert!(alice["data"]
        .as_array()
        .unwrap()
        .iter()
        .any(|u| u["username"] == "alice" && u["require_mfa"] == true));

    // bob's pending enrolment (whether he may still log in depends on today's date: the
    // grace period of eng ended a day after the folder was written).
    let eng_users = s.get("/v2/admin/users?domain=eng", &root).ok();
    let bob = &eng_users["data"][0];
    assert_eq!(
        (
            &bob["username"],
            &bob["mfa"]["state"],
            &bob["mfa"]["method"]
        ),
        (&json!("bob"), &json!("pending"), &json!("EMAIL"))
    );
}
