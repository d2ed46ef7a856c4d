//! A matrix of hostile and malformed requests to the server (bodies, headers, paths, methods,
//! encodings, sizes, forged tokens), sent as raw bytes. Each case names the exact status,
//! error kind and message it must get, as `{"error", "message"}` JSON with the right
//! `Content-Type` and `Content-Length`: never a panic, a 5xx, a hang or a 2xx.
//!
//! The cases about the body (its type, framing, size and fields) carry valid credentials of an
//! account with MFA, so the server reads the body instead of refusing the credentials first;
//! whatever they say, afterwards nothing has changed: no enrolment started, no mail sent.

use base64::Engine as _;
use serde_json::json;
use vss_testkit::http::{raw_reply, request};
use vss_testkit::{user, TestServer, PASSWORD};

fn b64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(text)
}

fn b64url(text: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
}

fn basic(user: &str, pass: &str) -> String {
    format!("Authorization: Basic {}", b64(&format!("{user}:{pass}")))
}

/// A request with the head written out by hand (for framing no client would send).
fn by_hand(head: &str, body: &str) -> Vec<u8> {
    format!("{head}Connection: close\r\n\r\n{body}").into_bytes()
}

/// What a case must get: the message whole, where the server words it and where a library
/// does (serde_json's position in the body, hyper's reading error).
struct Exact(&'static str);

const BAD_CREDENTIALS: Exact = Exact("Invalid username or password");
const BAD_TOKEN: Exact = Exact("Invalid or expired token");
const OTP_INVALID: Exact = Exact("InvalidParameterValue: otp is invalid or expired");
const TOKEN_INVALID: Exact = Exact("InvalidParameterValue: token is invalid or expired");
const PHONE_FORMS: Exact = Exact(
    "InvalidParameterValue: phone must be written like 416-555-0100, (416) 555-0100, \
     416.555.0100, 416 555 0100, 4165550100, or E.164 with the country code, like +14165550100",
);

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "a list of hostile requests and the reply to each"
)]
fn hostile_requests_to_the_server() {
    let server = TestServer::with_users([user("u"), user("m")]);
    // `m` has MFA: a body that were read leniently would reach the account's state (409)
    // or a code check (401) instead of the refusal each case expects.
    server.enrol("m");
    let real_token = server.token("u");

    let auth = basic("m", PASSWORD);
    let json = "Content-Type: application/json".to_owned();
    let good = vec![auth.clone(), json.clone()];
    let big = vec![b'{'; 100 * 1024];
    let long_path = format!("/tf/disable/{}", "A".repeat(5000));
    let many_headers: Vec<String> = (0..200)
        .map(|i| format!("X-Filler-{i}: {}", "v".repeat(50)))
        .collect();
    let bearer = |token: &str| vec![format!("Authorization: Bearer {token}")];
    let far = 4_000_000_000u64;
    // Tokens no server signed: without a signature (alg none), signed with another key, and
    // a real token whose claims were swapped for an account with MFA and a passed factor.
    let none_alg = format!(
        "{}.{}.",
        b64url(r#"{"alg":"none","typ":"JWT"}"#),
        b64url(&format!(r#"{{"sub":"m","iat":1,"exp":{far},"otp":true}}"#))
    );
    let other_key = format!(
        "{}.{}.{}",
        b64url(r#"{"alg":"HS256","typ":"JWT"}"#),
        b64url(&format!(r#"{{"sub":"m","iat":1,"exp":{far},"otp":true}}"#)),
        b64url("not the server's signature, 32 b")
    );
    let mut parts: Vec<&str> = real_token.split('.').collect();
    let swapped_claims = b64url(&format!(r#"{{"sub":"m","iat":1,"exp":{far},"otp":true}}"#));
    parts[1] = &swapped_claims;
    let tampered = parts.join(".");

    let auth_line = format!("{auth}\r\n{json}\r\n");
    let cases: Vec<(&str, Vec<u8>, u16, &str, Exact)> = vec![
        // Bodies that are not the request's JSON.
        ("body not json", request("POST", "/tf/enable", &good, b"method=EMAIL"), 400, "InvalidParameterValue", Exact("InvalidParameterValue: body is not valid JSON: expected value at line 1 column 1")),
        ("body array", request("POST", "/tf/enable", &good, b"[1]"), 400, "InvalidParameterValue", Exact("InvalidParameterValue: body is not valid JSON: expected value at line 1 column 2")),
        ("body missing", request("POST", "/tf/enable", &good, b""), 400, "InvalidParameterValue", Exact("InvalidParameterValue: a JSON object is required as the request body")),
        ("method a number", request("POST", "/tf/enable", &good, br#"{"method": 5}"#), 400, "InvalidParameterValue", Exact("InvalidParameterValue: body is not valid JSON: expected value at line 1 column 12")),
        ("method unknown", request("POST", "/tf/enable", &good, br#"{"method": "pigeon"}"#), 400, "InvalidParameterValue", Exact("InvalidParameterValue: method: unknown variant `pigeon`, expected one of `EMAIL`, `AUTHENTICATOR`, `SMS`")),
        ("method missing", request("POST", "/tf/enable", &good, br#"{"phone": "+14165550100"}"#), 400, "InvalidParameterValue", Exact("InvalidParameterValue: missing field `method`")),
        ("phone huge", request("POST", "/tf/enable", &good, format!(r#"{{"method":"SMS","phone":"+1{}"}}"#, "5".repeat(1000)).as_bytes()), 400, "InvalidParameterValue", PHONE_FORMS),
        ("phone not a number", request("POST", "/tf/enable", &good, br#"{"method":"SMS","phone":"555-0100"}"#), 400, "InvalidParameterValue", PHONE_FORMS),
        ("extra field", request("POST", "/tf/enable", &good, br#"{"method":"EMAIL","x":1}"#), 400, "InvalidParameterValue", Exact("InvalidParameterValue: x: unknown field `x`, expected one of `method`, `phone`, `otp`")),
        ("trailing bytes", request("POST", "/tf/enable", &good, br#"{"method":"EMAIL"} x"#), 400, "InvalidParameterValue", Exact("InvalidParameterValue: body is not valid JSON: trailing characters at line 1 column 20")),
        ("body oversize", request("POST", "/tf/enable", &good, &big), 413, "PayloadTooLarge", Exact("The request body is larger than 64 KiB")),
        ("body invalid utf-8", request("POST", "/tf/enable", &good, b"{\"method\": \"\xff\xfe\"}"), 400, "InvalidParameterValue", Exact("InvalidParameterValue: body is not valid JSON: invalid unicode code point at line 1 column 13")),
        ("body nested deep", request("POST", "/tf/enable", &good, "[".repeat(10000).as_bytes()), 400, "InvalidParameterValue", Exact("InvalidParameterValue: body is not valid JSON: expected value at line 1 column 2")),
        ("otp a number", request("POST", "/auth/request-token", &good, br#"{"otp": 123456}"#), 400, "InvalidParameterValue", Exact("InvalidParameterValue: otp: invalid type: integer `123456`, expected a string")),
        ("otp huge", request("POST", "/auth/request-token", &good, format!(r#"{{"otp":"{}"}}"#, "1".repeat(10000)).as_bytes()), 401, "InvalidOtp", OTP_INVALID),
        ("otp letters", request("POST", "/auth/request-token", &good, br#"{"otp":"abcdef"}"#), 401, "InvalidOtp", OTP_INVALID),
        ("verify otp null", request("POST", "/tf/verify", &good, br#"{"otp": null}"#), 400, "InvalidParameterValue", Exact("InvalidParameterValue: otp is required")),
        // The body's declared type and framing.
        ("wrong content type", request("POST", "/tf/enable", &[auth.clone(), "Content-Type: text/plain".into()], br#"{"method":"EMAIL"}"#), 415, "UnsupportedMediaType", Exact("The request body must be JSON, sent with Content-Type: application/json, not \"text/plain\"")),
        ("no content type", request("POST", "/tf/enable", std::slice::from_ref(&auth), br#"{"method":"EMAIL"}"#), 415, "UnsupportedMediaType", Exact("The request body must be JSON, sent with Content-Type: application/json")),
        ("form content type", request("POST", "/auth/request-token", &[auth.clone(), "Content-Type: application/x-www-form-urlencoded".into()], br#"{"otp":null}"#), 415, "UnsupportedMediaType", Exact("The request body must be JSON, sent with Content-Type: application/json, not \"application/x-www-form-urlencoded\"")),
        ("content-length lies", by_hand(&format!("POST /tf/verify HTTP/1.1\r\nHost: x\r\n{auth_line}Content-Length: 5\r\n"), r#"{"otp": "123456"}"#), 400, "InvalidParameterValue", Exact("InvalidParameterValue: body is not valid JSON: EOF while parsing a string at line 1 column 5")),
        ("chunked garbage", by_hand(&format!("POST /tf/verify HTTP/1.1\r\nHost: x\r\n{auth_line}Transfer-Encoding: chunked\r\n"), "zz\r\nabc\r\n0\r\n\r\n"), 400, "InvalidParameterValue", Exact("InvalidParameterValue: body cannot be read: Failed to buffer the request body: error reading a body from connection")),
        ("chunked empty", by_hand(&format!("POST /tf/verify HTTP/1.1\r\nHost: x\r\n{auth_line}Transfer-Encoding: chunked\r\n"), "0\r\n\r\n"), 400, "InvalidParameterValue", Exact("InvalidParameterValue: otp is required")),
        ("two content-lengths", by_hand(&format!("POST /tf/verify HTTP/1.1\r\nHost: x\r\n{auth_line}Content-Length: 3\r\nContent-Length: 4\r\n"), "{}xx"), 400, "InvalidParameterValue", Exact("InvalidParameterValue: the request is not valid HTTP/1.1")),
        ("content-length not a number", by_hand(&format!("POST /tf/verify HTTP/1.1\r\nHost: x\r\n{auth_line}Content-Length: lots\r\n"), "{}"), 400, "InvalidParameterValue", Exact("InvalidParameterValue: the request is not valid HTTP/1.1")),
        // Credentials.
        ("no authorization", request("POST", "/tf/enable", std::slice::from_ref(&json), br#"{"method":"EMAIL"}"#), 401, "Unauthorized", BAD_CREDENTIALS),
        ("basic not base64", request("POST", "/tf/request-token", &["Authorization: Basic %%%".into()], b""), 401, "Unauthorized", BAD_CREDENTIALS),
        ("basic without colon", request("POST", "/tf/request-token", &[format!("Authorization: Basic {}", b64("nocolon"))], b""), 401, "Unauthorized", BAD_CREDENTIALS),
        ("basic empty user", request("POST", "/tf/request-token", &[basic("", PASSWORD)], b""), 401, "Unauthorized", BAD_CREDENTIALS),
        ("basic wrong password", request("POST", "/tf/request-token", &[basic("m", "nope")], b""), 401, "Unauthorized", BAD_CREDENTIALS),
        ("basic unknown user", request("POST", "/tf/request-token", &[basic("ghost", "x")], b""), 401, "Unauthorized", BAD_CREDENTIALS),
        ("basic unicode user", request("POST", "/tf/request-token", &[basic("ü§∶", "x")], b""), 401, "Unauthorized", BAD_CREDENTIALS),
        ("basic huge", request("POST", "/tf/request-token", &[format!("Authorization: Basic {}", "QUFB".repeat(3000))], b""), 401, "Unauthorized", BAD_CREDENTIALS),
        ("scheme unknown", request("POST", "/tf/request-token", &["Authorization: Negotiate abc".into()], b""), 401, "Unauthorized", BAD_CREDENTIALS),
        ("bearer on basic call", request("POST", "/tf/request-token", &bearer(&real_token), b""), 401, "Unauthorized", BAD_CREDENTIALS),
        ("basic on bearer call", request("GET", "/v2/user", std::slice::from_ref(&auth), b""), 401, "Unauthorized", BAD_TOKEN),
        ("bearer garbage", request("GET", "/v2/user", &bearer("garbage"), b""), 401, "Unauthorized", BAD_TOKEN),
        ("bearer empty", request("GET", "/v2/user", &["Authorization: Bearer".into()], b""), 401, "Unauthorized", BAD_TOKEN),
        ("bearer forged, alg none", request("GET", "/v2/user", &bearer(&none_alg), b""), 401, "Unauthorized", BAD_TOKEN),
        ("bearer forged, another key", request("GET", "/v2/user", &bearer(&other_key), b""), 401, "Unauthorized", BAD_TOKEN),
        ("bearer with swapped claims", request("GET", "/v2/user", &bearer(&tampered), b""), 401, "Unauthorized", BAD_TOKEN),
        ("admin call with a forged token", request("GET", "/v2/admin/users", &bearer(&none_alg), b""), 401, "Unauthorized", BAD_TOKEN),
        // Paths and methods.
        ("unknown path", request("GET", "/nope", &[], b""), 404, "NotFound", Exact("No such call: GET /nope")),
        ("path with nul", request("GET", "/v2/user%00", &[], b""), 404, "NotFound", Exact("No such call: GET /v2/user%00")),
        ("path traversal", request("POST", "/tf/disable/..%2f..%2fetc%2fpasswd", std::slice::from_ref(&auth), b""), 401, "InvalidConfirmationToken", TOKEN_INVALID),
        ("token unicode", request("POST", "/tf/disable/%E2%98%83", std::slice::from_ref(&auth), b""), 401, "InvalidConfirmationToken", TOKEN_INVALID),
        ("token path long", request("POST", &long_path, std::slice::from_ref(&auth), b""), 414, "UriTooLong", Exact("The request path and query are longer than 4 KiB")),
        ("delete enable", request("DELETE", "/tf/enable", &good, b""), 405, "MethodNotAllowed", Exact("DELETE is not allowed for /tf/enable; use POST")),
        ("put user", request("PUT", "/v2/user", &[], b""), 405, "MethodNotAllowed", Exact("PUT is not allowed for /v2/user; use GET")),
        ("get enable", request("GET", "/tf/enable", &[], b""), 405, "MethodNotAllowed", Exact("GET is not allowed for /tf/enable; use POST")),
        ("options", request("OPTIONS", "/tf/verify", &[], b""), 405, "MethodNotAllowed", Exact("OPTIONS is not allowed for /tf/verify; use POST")),
        // Headers and the protocol.
        ("many headers", request("POST", "/tf/request-token", &many_headers, b""), 431, "HeadersTooLarge", Exact("The request headers are larger than 16 KiB or more than 100 fields")),
        ("http 1.0", b"GET /v2/user HTTP/1.0\r\n\r\n".to_vec(), 401, "Unauthorized", BAD_TOKEN),
        ("not http", b"HELLO\r\n\r\n".to_vec(), 400, "InvalidParameterValue", Exact("InvalidParameterValue: the request is not valid HTTP/1.1")),
    ];
    // The README counts them.
    assert_eq!(cases.len(), 54);
    let mails = server.outbox().mails().len();
    for (case, bytes, status, kind, message) in &cases {
        let reply = raw_reply(&server.url(), bytes);
        assert_eq!(reply.status, *status, "{case}: {reply:?}");
        assert_eq!(
            reply.header("content-type"),
            Some("application/json"),
            "{case}: {reply:?}"
        );
        assert_eq!(
            reply.header("content-length"),
            Some(reply.body.len().to_string().as_str()),
            "{case}: {reply:?}"
        );
        let body: serde_json::Value = serde_json::from_str(&reply.body)
            .unwrap_or_else(|e| panic!("{case}: not JSON ({e}): {reply:?}"));
        let object = body.as_object().expect("a JSON object");
        assert_eq!(object.len(), 2, "{case}: {body}");
        assert_eq!(body["error"], *kind, "{case}: {body}");
        assert_eq!(body["message"], message.0, "{case}");
    }

    // Nothing changed: m keeps its factor, u has none, no enrolment began and no mail went.
    assert_eq!(server.outbox().mails().len(), mails);
    assert_eq!(server.totp(&server.token("u"))["state"], json!("disabled"));
    server.login("m", None).error(
        401,
        "InvalidOtp",
        "InvalidParameterValue: otp is required: MFA is enabled (AUTHENTICATOR)",
    );
    // The server is still up and answers properly.
    raw_reply(&server.url(), &request("GET", "/v2/user", &[], b"")).json_error(
        401,
        "Unauthorized",
        "Invalid or expired token",
    );
}
