//! A matrix of hostile and malformed requests to the server (bodies, headers, paths, methods,
//! encodings, sizes). Each must end in a 4xx JSON error: never a panic, a 5xx or a hang.

use vss_testkit::http::request;
use vss_testkit::{user, TestServer, PASSWORD};

fn basic(user: &str, pass: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"))
}

#[test]
fn hostile_requests_to_the_server() {
    let server = TestServer::with_users([user("u")]);
    let auth = format!("Authorization: Basic {}", basic("u", PASSWORD));
    let json = "Content-Type: application/json".to_owned();
    let good = vec![auth.clone(), json.clone()];
    let big = vec![b'{'; 100 * 1024];
    let long_path = format!("/tf/disable/{}", "A".repeat(5000));
    let many_headers: Vec<String> = (0..200)
        .map(|i| format!("X-Filler-{i}: {}", "v".repeat(50)))
        .collect();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("body not json", request("POST", "/tf/enable", &good, b"method=EMAIL")),
        ("body array", request("POST", "/tf/enable", &good, b"[1]")),
        ("method a number", request("POST", "/tf/enable", &good, br#"{"method": 5}"#)),
        ("method lower case nonsense", request("POST", "/tf/enable", &good, br#"{"method": "pigeon"}"#)),
        ("phone huge", request("POST", "/tf/enable", &good, format!(r#"{{"method":"SMS","phone":"+1{}"}}"#, "5".repeat(1000)).as_bytes())),
        ("phone not e164", request("POST", "/tf/enable", &good, br#"{"method":"SMS","phone":"555-0100"}"#)),
        ("extra field", request("POST", "/tf/enable", &good, br#"{"method":"EMAIL","x":1}"#)),
        ("body oversize", request("POST", "/tf/enable", &good, &big)),
        ("body invalid utf-8", request("POST", "/tf/enable", &good, b"{\"method\": \"\xff\xfe\"}")),
        ("body nested deep", request("POST", "/tf/enable", &good, "[".repeat(10000).as_bytes())),
        ("otp a number", request("POST", "/auth/request-token", &good, br#"{"otp": 123456}"#)),
        ("otp huge", request("POST", "/auth/request-token", &good, format!(r#"{{"otp":"{}"}}"#, "1".repeat(10000)).as_bytes())),
        ("verify otp null", request("POST", "/tf/verify", &good, br#"{"otp": null}"#)),
        ("no authorization", request("POST", "/tf/enable", std::slice::from_ref(&json), br#"{"method":"EMAIL"}"#)),
        ("basic not base64", request("POST", "/tf/request-token", &["Authorization: Basic %%%".into()], b"")),
        ("basic without colon", request("POST", "/tf/request-token", &[format!("Authorization: Basic {}", { use base64::Engine as _; base64::engine::general_purpose::STANDARD.encode("nocolon") })], b"")),
        ("basic wrong password", request("POST", "/tf/request-token", &[format!("Authorization: Basic {}", basic("u", "nope"))], b"")),
        ("basic unknown user", request("POST", "/tf/request-token", &[format!("Authorization: Basic {}", basic("ghost", "x"))], b"")),
        ("basic unicode user", request("POST", "/tf/request-token", &[format!("Authorization: Basic {}", basic("ü§∂", "x"))], b"")),
        ("basic huge", request("POST", "/tf/request-token", &[format!("Authorization: Basic {}", "QUFB".repeat(3000))], b"")),
        ("scheme unknown", request("POST", "/tf/request-token", &["Authorization: Negotiate abc".into()], b"")),
        ("bearer garbage", request("GET", "/v2/user", &["Authorization: Bearer garbage".into()], b"")),
        ("bearer forged", request("GET", "/v2/user", &["Authorization: Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1In0.".into()], b"")),
        ("bearer on basic call", request("POST", "/tf/request-token", &["Authorization: Bearer abc".into()], b"")),
        ("unknown path", request("GET", "/nope", &[], b"")),
        ("path with nul", request("GET", "/v2/user%00", &[], b"")),
        ("path traversal", request("POST", "/tf/disable/..%2f..%2fetc%2fpasswd", std::slice::from_ref(&auth), b"")),
        ("token path long", request("POST", &long_path, std::slice::from_ref(&auth), b"")),
        ("token unicode", request("POST", "/tf/disable/%E2%98%83", std::slice::from_ref(&auth), b"")),
        ("delete enable", request("DELETE", "/tf/enable", &good, b"")),
        ("put user", request("PUT", "/v2/user", &[], b"")),
        ("get enable", request("GET", "/tf/enable", &[], b"")),
        ("options", request("OPTIONS", "/tf/verify", &[], b"")),
        ("many headers", request("POST", "/tf/request-token", &many_headers, b"")),
        ("wrong content type", request("POST", "/tf/enable", &[auth.clone(), "Content-Type: text/plain".into()], br#"{"method":"EMAIL"}"#)),
        ("content-length lies", b"POST /tf/verify HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{\"otp\": \"123456\"}".to_vec()),
        ("chunked garbage", b"POST /tf/verify HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\nabc\r\n0\r\n\r\n".to_vec()),
        ("http 1.0", b"GET /v2/user HTTP/1.0\r\n\r\n".to_vec()),
    ];
    assert!(cases.len() >= 35);
    for (case, bytes) in cases {
        let (status, body) = server.raw(&bytes);
        assert!((200..500).contains(&status), "{case}: HTTP {status} {body}");
        if status >= 400 && !body.is_empty() {
            // The API's own errors are JSON with a kind and a message.
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&body) {
                assert!(
                    v["error"].is_string() && v["message"].is_string(),
                    "{case}: {body}"
                );
            }
        }
    }
    // The server is still up and answers properly.
    let (status, body) = server.raw(&request("GET", "/v2/user", &[], b""));
    assert_eq!(status, 401, "{body}");
}
