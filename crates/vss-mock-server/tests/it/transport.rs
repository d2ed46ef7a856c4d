//! The server's connections as a careless or hostile client meets them, over raw HTTP and TLS:
//!
//! * every refusal of its own limits (request target, header count and size, body size,
//!   headers or a body too slow, a request that is not HTTP) is a JSON
//!   `{"error", "message"}` with the right status, whether the API's layer or hyper refused it;
//! * a connection that sends no request, part of one, or one a byte at a time is closed after
//!   the header timeout (a TLS handshake too), and so is one whose body does not come;
//! * what the headers alone can refuse (credentials, an unknown call, a declared length over
//!   the limit) is refused without waiting for the body; calls waiting for a body are closed
//!   to make room like idle connections, and one address has at most 32 of them;
//! * HTTPS from the binary, with certificate files or a certificate authority of its own;
//! * with its open-file limit at 256, a thousand slow or idle connections held against it do
//!   not stop logins, nor do 1,100 logins whose bodies never come (with the default limits,
//!   and 200 with 256 open files), and `accept` errors for want of descriptors do not make it
//!   spin.
//!
//! Latencies and times are printed (`--nocapture`), never asserted; a client timeout of a few
//! seconds is how a starved login would fail.

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::os::unix::process::CommandExt as _;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use vss_mock_server::Tls;
use vss_testkit::binary::{Running, ServerBinary};
use vss_testkit::certs::{TestCa, Validity};
use vss_testkit::http::{parse_reply, raw_reply, request};
use vss_testkit::{user, TestServer, PASSWORD};

/// How long a client waits for a login before calling it starved.
const LOGIN_TIMEOUT: Duration = Duration::from_secs(5);

/// Held by the tests that load the machine with hundreds of connections, so that they run one
/// at a time: each measures logins under its own load, not the sum of theirs.
fn one_load_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static LOAD: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOAD.lock().unwrap_or_else(|e| e.into_inner())
}

fn basic(name: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{name}:{PASSWORD}"));
    format!("Authorization: Basic {encoded}")
}

fn host_port(url: &str) -> &str {
    url.split("://").nth(1).unwrap()
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "each of the server's limits crossed in turn"
)]
fn every_refusal_of_the_servers_own_limits_is_a_json_error() {
    let s = TestServer::start_with(|c| {
        c.header_timeout = Duration::from_secs(1);
        c.request_timeout = Duration::from_secs(3);
    });
    s.add_user(user("jm"));
    let url = s.url();
    let filler = |n: usize, size: usize| -> Vec<String> {
        (0..n)
            .map(|i| format!("X-Filler-{i}: {}", "v".repeat(size)))
            .collect()
    };
    let uri = "The request path and query are longer than 4 KiB";
    let cases: Vec<(&str, Vec<u8>, u16, &str, &str)> = vec![
        (
            "target over the API's 4 KiB",
            request("GET", &format!("/v2/user?{}", "a".repeat(5000)), &[], b""),
            414,
            "UriTooLong",
            uri,
        ),
        (
            "target over hyper's 64 KiB",
            request("GET", &format!("/v2/user?{}", "a".repeat(70_000)), &[], b""),
            414,
            "UriTooLong",
            uri,
        ),
        (
            "headers over 16 KiB",
            request("GET", "/v2/user", &filler(40, 500), b""),
            431,
            "HeadersTooLarge",
            "The request headers are larger than 16 KiB",
        ),
        (
            "more than 100 header fields",
            request("GET", "/v2/user", &filler(110, 10), b""),
            431,
            "HeadersTooLarge",
            "The request has more than 100 header fields",
        ),
        (
            "more header fields than hyper takes",
            request("GET", "/v2/user", &filler(200, 10), b""),
            431,
            "HeadersTooLarge",
            "The request headers are larger than 16 KiB or more than 100 fields",
        ),
        (
            "headers over hyper's buffer",
            request("GET", "/v2/user", &filler(100, 5000), b""),
            431,
            "HeadersTooLarge",
            "The request headers are larger than 16 KiB or more than 100 fields",
        ),
        (
            "body over 64 KiB",
            request(
                "POST",
                "/auth/request-token",
                &[basic("jm"), "Content-Type: application/json".into()],
                format!(r#"{{"otp": "{}"}}"#, "1".repeat(70 * 1024)).as_bytes(),
            ),
            413,
            "PayloadTooLarge",
            "The request body is larger than 64 KiB",
        ),
        (
            "a header line without a colon",
            b"GET /v2/user HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n".to_vec(),
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: the request is not valid HTTP/1.1",
        ),
        (
            "a request line that is not HTTP",
            b"HELLO\x01 THERE\r\n\r\n".to_vec(),
            400,
            "InvalidParameterValue",
            "InvalidParameterValue: the request is not valid HTTP/1.1",
        ),
        (
            "headers that never end",
            b"GET /v2/user HTTP/1.1\r\nHost: x\r\nX-Half: ".to_vec(),
            408,
            "RequestTimeout",
            "The request headers did not arrive within 1 seconds",
        ),
        (
            "a body that never ends",
            format!(
                "POST /tf/verify HTTP/1.1\r\nHost: x\r\n{}\r\nContent-Type: application/json\r\n\
                 Content-Length: 100\r\nConnection: close\r\n\r\n{{\"otp\"",
                basic("jm")
            )
            .into_bytes(),
            408,
            "RequestTimeout",
            "The request body did not arrive within 1 seconds",
        ),
    ];
    for (case, bytes, status, kind, message) in cases {
        eprintln!("case: {case}");
        raw_reply(&url, &bytes).json_error(status, kind, message);
    }
    // Still serving.
    raw_reply(&url, &request("GET", "/v2/user", &[], b"")).json_error(
        401,
        "Unauthorized",
        "Invalid or expired token",
    );
}

/// Reads until the server closes the connection (or 10 s pass, which fails the test); what
/// it sent, and after how long.
fn read_until_closed(conn: &mut impl Read) -> (Vec<u8>, Duration) {
    let started = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match conn.read(&mut buf) {
            Ok(0) => return (got, started.elapsed()),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == ErrorKind::ConnectionReset => return (got, started.elapsed()),
            Err(e) => panic!(
                "the server kept the connection open ({e}) after sending {:?}",
                String::from_utf8_lossy(&got)
            ),
        }
    }
}

fn connect(url: &str) -> TcpStream {
    let conn = TcpStream::connect(host_port(url)).unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    conn
}

#[test]
fn connections_without_a_request_in_time_are_closed() {
    let s = TestServer::start_with(|c| c.header_timeout = Duration::from_secs(1));
    let url = s.url();

    // Nothing sent: closed without a word.
    let mut idle = connect(&url);
    let (got, after) = read_until_closed(&mut idle);
    assert!(got.is_empty(), "{:?}", String::from_utf8_lossy(&got));
    eprintln!("idle connection closed after {after:?}");

    // Headers a byte at a time, for longer than the timeout: 408.
    let mut trickle = connect(&url);
    let line = b"GET /v2/user HTTP/1.1\r\nHost: x\r\nX-Slow: abcdefghijklmnop";
    let started = Instant::now();
    for byte in line {
        if trickle.write_all(&[*byte]).is_err() {
            break;
        }
        std::thread::sleep(Duration::from_millis(150));
    }
    let (got, _) = read_until_closed(&mut trickle);
    let reply = parse_reply(&got).expect("a reply");
    reply.json_error(
        408,
        "RequestTimeout",
        "The request headers did not arrive within 1 seconds",
    );
    eprintln!("trickled headers refused after {:?}", started.elapsed());

    // A keep-alive connection idle after its reply: closed too.
    let mut kept = connect(&url);
    kept.write_all(b"GET /v2/user HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let (got, after) = read_until_closed(&mut kept);
    let reply = parse_reply(&got).expect("a reply");
    reply.json_error(401, "Unauthorized", "Invalid or expired token");
    assert_eq!(
        got.windows(8).filter(|w| w == b"HTTP/1.1").count(),
        1,
        "one reply, then the close"
    );
    eprintln!("keep-alive connection closed {after:?} after its request");
}

fn basic_with(name: &str, password: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{name}:{password}"));
    format!("Authorization: Basic {encoded}")
}

/// The head of a request that declares a JSON body of `length` bytes, with `auth` (a header
/// line, or nothing), and the first six bytes of the body, `{"otp"`.
fn body_head(method: &str, path: &str, auth: &str, length: usize) -> Vec<u8> {
    let auth = if auth.is_empty() {
        String::new()
    } else {
        format!("{auth}\r\n")
    };
    format!(
        "{method} {path} HTTP/1.1\r\nHost: x\r\n{auth}Content-Type: application/json\r\n\
         Content-Length: {length}\r\nConnection: close\r\n\r\n{{\"otp\""
    )
    .into_bytes()
}

/// Sends `bytes` on a new connection and reads what the server sends until it closes it.
fn refusal(url: &str, bytes: &[u8]) -> (vss_testkit::http::RawReply, Duration) {
    let mut conn = connect(url);
    conn.write_all(bytes).unwrap();
    let (got, after) = read_until_closed(&mut conn);
    let reply = parse_reply(&got).unwrap_or_else(|| {
        panic!(
            "no reply to {:?}: {:?}",
            String::from_utf8_lossy(bytes),
            String::from_utf8_lossy(&got)
        )
    });
    (reply, after)
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "each refusable header checked the same way"
)]
fn what_the_headers_can_refuse_is_refused_before_the_body() {
    // Long limits: a refusal that waited for the body would come after the client gave up.
    let s = TestServer::start_with(|c| {
        c.header_timeout = Duration::from_secs(30);
        c.request_timeout = Duration::from_secs(30);
    });
    s.add_user(user("jm"));
    s.add_user(user("ann"));
    let url = s.url();
    let bad = "Invalid username or password";
    let jm = basic("jm");
    let cases: Vec<(&str, Vec<u8>, u16, &str, &str)> = vec![
        (
            "an unknown user",
            body_head(
                "POST",
                "/auth/request-token",
                &basic_with("nobody", PASSWORD),
                100,
            ),
            401,
            "Unauthorized",
            bad,
        ),
        (
            "a wrong password",
            body_head(
                "POST",
                "/tf/enable",
                &basic_with("jm", "not the password"),
                100,
            ),
            401,
            "Unauthorized",
            bad,
        ),
        (
            "an unknown user who waits to be asked for the body",
            format!(
                "POST /tf/enable HTTP/1.1\r\nHost: x\r\n{}\r\nContent-Type: application/json\r\n\
                 Content-Length: 100\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
                basic_with("nobody", PASSWORD)
            )
            .into_bytes(),
            401,
            "Unauthorized",
            bad,
        ),
        (
            "an unknown user at the VPN gateway",
            body_head(
                "POST",
                "/otp/enable-vpn-result.php",
                &basic_with("nobody", PASSWORD),
                100,
            ),
            401,
            "Unauthorized",
            bad,
        ),
        (
            "no credentials",
            body_head("POST", "/tf/verify", "", 100),
            401,
            "Unauthorized",
            bad,
        ),
        (
            "a token that is no token",
            body_head(
                "PUT",
                "/v2/admin/settings/totp",
                "Authorization: Bearer not.a.token",
                100,
            ),
            401,
            "Unauthorized",
            "Invalid or expired token",
        ),
        (
            "an unknown route",
            body_head("POST", "/nowhere", &jm, 100),
            404,
            "NotFound",
            "No such call: POST /nowhere",
        ),
        (
            "a method the route does not take",
            body_head("PUT", "/tf/enable", &jm, 100),
            405,
            "MethodNotAllowed",
            "PUT is not allowed for /tf/enable; use POST",
        ),
        (
            "a declared length over 64 KiB",
            body_head("POST", "/auth/request-token", &jm, 1_000_000),
            413,
            "PayloadTooLarge",
            "The request body is larger than 64 KiB",
        ),
    ];
    for (case, bytes, status, kind, message) in cases {
        let (reply, after) = refusal(&url, &bytes);
        reply.json_error(status, kind, message);
        eprintln!("{case}: {status} after {after:?}, without the body");
    }

    // A user name locked after wrong passwords: refused whatever the password, body or not.
    let wrong = basic_with("ann", "not the password");
    for _ in 0..10 {
        let (reply, _) = refusal(&url, &body_head("POST", "/auth/request-token", &wrong, 100));
        assert!([401, 429].contains(&reply.status), "{reply:?}");
    }
    let (reply, after) = refusal(
        &url,
        &body_head("POST", "/auth/request-token", &basic("ann"), 100),
    );
    assert_eq!(reply.status, 429, "{reply:?}");
    let body: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(body["error"], "TooManyAttempts", "{body}");
    eprintln!("a locked user name: 429 after {after:?}, without the body");

    // Credentials that pass: the body is read, and the call answered once it has come.
    let mut conn = connect(&url);
    conn.write_all(&body_head("POST", "/auth/request-token", &jm, 13))
        .unwrap();
    conn.write_all(b": null}").unwrap();
    let (got, _) = read_until_closed(&mut conn);
    let reply = parse_reply(&got).expect("a reply");
    assert_eq!(reply.status, 200, "{reply:?}");
    assert!(reply.body.contains("\"token\""), "{reply:?}");
}

#[test]
fn a_client_still_sending_a_refused_body_gets_the_refusal() {
    let s = TestServer::start();
    s.add_user(user("jm"));
    // A body over the limit, refused from its headers, which the client sends all the same, a
    // piece at a time, before it reads the reply: the server reads it off as it closes
    // instead of resetting the connection, which could cost the client the reply.
    let body = vec![b' '; 256 * 1024];
    let mut conn = connect(&s.url());
    let head = format!(
        "POST /auth/request-token HTTP/1.1\r\nHost: x\r\n{}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        basic("jm"),
        body.len()
    );
    conn.write_all(head.as_bytes()).unwrap();
    for piece in body.chunks(16 * 1024) {
        std::thread::sleep(Duration::from_millis(20));
        conn.write_all(piece)
            .unwrap_or_else(|e| panic!("the server cut the body short: {e}"));
    }
    let (got, _) = read_until_closed(&mut conn);
    parse_reply(&got)
        .unwrap_or_else(|| panic!("no reply: {:?}", String::from_utf8_lossy(&got)))
        .json_error(
            413,
            "PayloadTooLarge",
            "The request body is larger than 64 KiB",
        );
}

/// A new connection that sent the head of a login of `jm` with `Expect: 100-continue`, once the
/// server asked for the body: from then on its call waits for a body that does not come.
fn waiting_for_a_body(url: &str) -> TcpStream {
    let mut conn = connect(url);
    let head = format!(
        "POST /auth/request-token HTTP/1.1\r\nHost: x\r\n{}\r\n\
         Content-Type: application/json\r\nContent-Length: 13\r\nExpect: 100-continue\r\n\r\n",
        basic("jm")
    );
    conn.write_all(head.as_bytes()).unwrap();
    let mut got = Vec::new();
    let mut byte = [0u8; 1];
    while !got.ends_with(b"\r\n\r\n") {
        match conn.read(&mut byte) {
            Ok(1) => got.push(byte[0]),
            other => panic!("{other:?} after {:?}", String::from_utf8_lossy(&got)),
        }
    }
    assert!(
        got.starts_with(b"HTTP/1.1 100 Continue\r\n"),
        "{:?}",
        String::from_utf8_lossy(&got)
    );
    // Connections are told apart by when they came, to the millisecond.
    std::thread::sleep(Duration::from_millis(3));
    conn
}

/// Whether the server still holds `conn` open, having sent nothing more on it.
fn still_open(conn: &TcpStream) -> bool {
    conn.set_nonblocking(true).unwrap();
    let open = matches!((&*conn).read(&mut [0u8; 1]), Err(e) if e.kind() == ErrorKind::WouldBlock);
    conn.set_nonblocking(false).unwrap();
    open
}

#[test]
fn connections_waiting_for_a_body_are_closed_to_make_room() {
    // Room for eight connections, all waiting for a body: a login takes the place of the one
    // that waited longest (before, they counted as calls in progress and the login waited
    // for one to end).
    let s = TestServer::start_with(|c| {
        c.max_connections = 8;
        c.header_timeout = Duration::from_secs(30);
        c.request_timeout = Duration::from_secs(30);
    });
    s.add_user(user("jm"));
    let url = s.url();
    let mut waiting: Vec<TcpStream> = (0..8).map(|_| waiting_for_a_body(&url)).collect();
    let latencies = logins(&url, 1).unwrap();
    eprintln!(
        "with 8 of 8 connections waiting for a body: {}",
        describe(&latencies)
    );
    let (got, after) = read_until_closed(&mut waiting[0]);
    assert!(got.is_empty(), "{:?}", String::from_utf8_lossy(&got));
    eprintln!("the one that waited longest closed {after:?} after the login");
    assert!(waiting[1..].iter().all(still_open));
}

#[test]
fn one_address_has_at_most_32_calls_waiting_for_a_body() {
    let s = TestServer::start_with(|c| {
        c.header_timeout = Duration::from_secs(30);
        c.request_timeout = Duration::from_secs(30);
    });
    s.add_user(user("jm"));
    let url = s.url();
    let mut waiting: Vec<TcpStream> = (0..32).map(|_| waiting_for_a_body(&url)).collect();
    // One more call from the same address whose body is late: refused at once, credentials
    // unchecked (they are wrong here), and the 32 wait on.
    let late = body_head(
        "POST",
        "/auth/request-token",
        &basic_with("jm", "not the password"),
        100,
    );
    let (reply, after) = refusal(&url, &late);
    reply.json_error(
        429,
        "TooManyRequests",
        "More than 32 calls from this address are waiting for their request bodies; send a \
         body with its headers, or try again later",
    );
    assert_eq!(reply.header("retry-after"), Some("1"));
    eprintln!("the 33rd call waiting for a body: refused after {after:?}");
    for (i, conn) in waiting.iter().enumerate() {
        assert!(still_open(conn), "connection {i} was closed");
    }
    // A login whose body comes with it goes through all the same.
    logins(&url, 1).unwrap();
    // One of the 32 ends: another may wait in its place.
    drop(waiting.remove(0));
    let mut replaced = false;
    for _ in 0..100 {
        // (Until the server has seen the end of the one dropped.)
        let mut conn = connect(&url);
        conn.write_all(&late).unwrap();
        let (got, _) = read_until_closed(&mut conn);
        let reply = parse_reply(&got).expect("a reply");
        if reply.status == 401 {
            replaced = true;
            break;
        }
        assert_eq!(reply.status, 429, "{reply:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(replaced, "no call may wait for its body any more");
}

#[test]
fn a_tls_handshake_that_never_completes_is_closed() {
    let s = TestServer::start_with(|c| {
        c.header_timeout = Duration::from_secs(1);
        c.tls = Some(Tls::SelfSigned {
            ca_out: c.db.with_file_name("ca.pem"),
        });
    });
    let url = s.url();
    assert!(url.starts_with("https://"));
    let mut silent = connect(&url);
    let (got, after) = read_until_closed(&mut silent);
    assert!(got.is_empty());
    eprintln!("silent TLS connection closed after {after:?}");
    // The first bytes of a ClientHello, and no more.
    let mut partial = connect(&url);
    partial.write_all(&[0x16, 0x03, 0x01, 0x02, 0x00]).unwrap();
    let (_, after) = read_until_closed(&mut partial);
    eprintln!("half a TLS handshake closed after {after:?}");
    // And HTTPS itself works.
    let reply = s.send(s.request(vss_testkit::http::Method::GET, "/v2/user"));
    reply.error(401, "Unauthorized", "Invalid or expired token");
}

/// A reqwest client that trusts `ca` and makes a new connection for each call.
fn client(ca: Option<&Path>, timeout: Duration) -> reqwest::blocking::Client {
    let mut builder = vss_testkit::http::client_builder()
        .timeout(timeout)
        .pool_max_idle_per_host(0);
    if let Some(ca) = ca {
        let pem = std::fs::read(ca).unwrap();
        builder = builder.tls_certs_merge(reqwest::Certificate::from_pem_bundle(&pem).unwrap());
    }
    builder.build().unwrap()
}

#[test]
fn the_binary_serves_https_with_its_own_authority_or_given_files() {
    let bin = ServerBinary::at(env!("CARGO_BIN_EXE_vss-mock-server"));
    let dir = tempfile::tempdir().unwrap();

    // Its own authority, written for clients to trust.
    let ca_out = dir.path().join("ca.pem");
    let mut cmd = bin.command();
    cmd.args(["--listen", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path().join("a"))
        .arg("--tls-self-signed")
        .arg(&ca_out);
    let server = ServerBinary::spawn(cmd);
    assert!(
        server.url.starts_with("https://127.0.0.1:"),
        "{}",
        server.url
    );
    assert!(server.log().contains(&format!(
        "certificate authority (trust it with vss-cli --ca-bundle): {}",
        ca_out.display()
    )));
    assert_eq!(vss_testkit::mode(&ca_out), 0o644);
    let pem = std::fs::read_to_string(&ca_out).unwrap();
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"), "{pem}");
    let reply = client(Some(&ca_out), LOGIN_TIMEOUT)
        .get(format!("{}/v2/user", server.url))
        .send()
        .unwrap();
    assert_eq!(reply.status().as_u16(), 401);
    // Without the authority, no connection.
    let refused = client(None, LOGIN_TIMEOUT)
        .get(format!("{}/v2/user", server.url))
        .send()
        .unwrap_err();
    assert!(refused.is_connect(), "{refused:?}");
    drop(server);

    // A certificate and key from files.
    let ca = TestCa::new("files CA");
    let ca_file = ca.write(dir.path(), "files-ca.pem");
    let (cert, key) = ca.write_leaf(dir.path(), "server", &["127.0.0.1"], Validity::Current);
    let mut cmd = bin.command();
    cmd.args(["--listen", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path().join("b"))
        .arg("--tls-cert")
        .arg(&cert)
        .arg("--tls-key")
        .arg(&key);
    let server = ServerBinary::spawn(cmd);
    let reply = client(Some(&ca_file), LOGIN_TIMEOUT)
        .get(format!("{}/v2/user", server.url))
        .send()
        .unwrap();
    assert_eq!(reply.status().as_u16(), 401);
    drop(server);

    // Files that are not a certificate and a key: it says so and does not start.
    let out = bin
        .command()
        .args(["--listen", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path().join("c"))
        .arg("--tls-cert")
        .arg(&key)
        .arg("--tls-key")
        .arg(&cert)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("holds no PEM certificate") || stderr.contains("cannot read"),
        "{stderr}"
    );
}

/// The test process's own open-file limit, raised so it can hold the connections it opens.
fn raise_own_file_limit(wanted: u64) -> u64 {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain system calls on a struct we own.
    unsafe {
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim), 0);
        if lim.rlim_cur < wanted {
            lim.rlim_cur = wanted.min(lim.rlim_max);
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
        }
    }
    lim.rlim_cur
}

/// Sets the open-file limit of process `pid`: `soft`, and `hard` (which cannot be raised
/// again).
fn set_file_limit(pid: u32, soft: u64, hard: u64) {
    let lim = libc::rlimit {
        rlim_cur: soft,
        rlim_max: hard,
    };
    // SAFETY: prlimit reads the struct we pass; no old value is asked for.
    let done = unsafe {
        libc::prlimit(
            pid as libc::pid_t,
            libc::RLIMIT_NOFILE,
            &lim,
            std::ptr::null_mut(),
        )
    };
    assert_eq!(done, 0, "prlimit: {}", std::io::Error::last_os_error());
}

/// The server binary with the accounts `jm` and `users` (password [`PASSWORD`]), started with
/// at most `files` open files when given.
fn start_binary(data: &Path, files: Option<u64>, users: &[&str], extra: &[&str]) -> Running {
    let bin = ServerBinary::at(env!("CARGO_BIN_EXE_vss-mock-server"));
    for name in std::iter::once(&"jm").chain(users) {
        let email = format!("{name}@example.com");
        let out = bin.user_add(data, &[name, "--email", &email], PASSWORD);
        assert!(out.status.success(), "{out:?}");
    }
    let mut cmd = bin.command();
    cmd.args(["--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data)
        .args(extra);
    if let Some(files) = files {
        let lim = libc::rlimit {
            rlim_cur: files,
            rlim_max: files,
        };
        // SAFETY: setrlimit is async-signal-safe; it runs in the child before exec.
        unsafe {
            cmd.pre_exec(move || {
                if libc::setrlimit(libc::RLIMIT_NOFILE, &lim) == 0 {
                    Ok(())
                } else {
                    Err(std::io::Error::last_os_error())
                }
            });
        }
    }
    ServerBinary::spawn(cmd)
}

/// The server binary with the account `jm`, started with at most `files` open files.
fn start_limited(data: &Path, files: u64, extra: &[&str]) -> Running {
    start_binary(data, Some(files), &[], extra)
}

/// Logs `jm` in `n` times, each on a new connection with a client that gives up after
/// [`LOGIN_TIMEOUT`]; the latencies, or the first failure.
fn logins(url: &str, n: usize) -> Result<Vec<Duration>, String> {
    let http = client(None, LOGIN_TIMEOUT);
    (0..n)
        .map(|i| {
            let started = Instant::now();
            let reply = http
                .post(format!("{url}/auth/request-token"))
                .basic_auth("jm", Some(PASSWORD))
                .json(&serde_json::json!({ "otp": null }))
                .send()
                .map_err(|e| format!("login {i} failed after {:?}: {e}", started.elapsed()))?;
            let status = reply.status();
            let body: serde_json::Value = reply.json().map_err(|e| e.to_string())?;
            if status != 200 || !body["token"].is_string() {
                return Err(format!("login {i}: {status} {body}"));
            }
            Ok(started.elapsed())
        })
        .collect()
}

fn describe(latencies: &[Duration]) -> String {
    let mut sorted = latencies.to_vec();
    sorted.sort();
    format!(
        "{} logins: min {:?}, median {:?}, max {:?}",
        sorted.len(),
        sorted[0],
        sorted[sorted.len() / 2],
        sorted[sorted.len() - 1]
    )
}

/// What an attacking connection does once connected.
#[derive(Clone, Copy, Debug)]
enum Slow {
    /// Nothing.
    Idle,
    /// The start of a request, then nothing.
    Partial,
    /// A request one byte a second.
    Trickle,
    /// A login of an unknown user whose declared body comes one byte a second.
    BodyOfUnknownUser,
    /// The same with a wrong password of the account `mallory`.
    BodyWithWrongPassword,
    /// The same with the right password of the account `slow`.
    BodyWithPassword,
}

impl Slow {
    /// The bytes sent as soon as connected, and those sent one a second after them.
    fn bytes(self, i: usize) -> (Vec<u8>, &'static [u8]) {
        let login = |auth: String| {
            format!(
                "POST /auth/request-token HTTP/1.1\r\nHost: x\r\n{auth}\r\n\
                 Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
            )
            .into_bytes()
        };
        const BODY: &[u8] =
            b"{\"otp\": null                                                            ";
        match self {
            Slow::Idle => (Vec::new(), b""),
            Slow::Partial => (TRICKLE[..40].to_vec(), b""),
            Slow::Trickle => (Vec::new(), TRICKLE),
            Slow::BodyOfUnknownUser => (
                login(basic_with(&format!("nobody{}", i % 4), PASSWORD)),
                BODY,
            ),
            Slow::BodyWithWrongPassword => (login(basic_with("mallory", "not the password")), BODY),
            Slow::BodyWithPassword => (login(basic("slow")), BODY),
        }
    }
}

/// When a connection the server ended is opened again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reopen {
    /// At once (within 100 ms).
    AtOnce,
    /// A second after it ended.
    AfterASecond,
}

/// Connections held open against the server at `addr`, each opened again when the server
/// ends it, from a few threads; counts how the server ended them: the status of its reply,
/// or `closed` when it sent none.
struct Flood {
    stop: Arc<AtomicBool>,
    reopened: Arc<AtomicUsize>,
    endings: Arc<std::sync::Mutex<std::collections::BTreeMap<String, usize>>>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

const TRICKLE: &[u8] = b"POST /auth/request-token HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// One attacking connection: what it is, its socket, and how far it got.
struct Attacker {
    kind: Slow,
    first: Vec<u8>,
    drip: &'static [u8],
    conn: Option<TcpStream>,
    sent: usize,
    /// When the server ended its last connection.
    ended_at: Option<Instant>,
}

impl Flood {
    /// `n` connections, the kinds taken in turn from `kinds`.
    #[allow(
        clippy::too_many_lines,
        reason = "an attacker's loop, its timing in one place"
    )]
    fn start(addr: &str, kinds: &[Slow], reopen: Reopen, n: usize, threads: usize) -> Flood {
        let stop = Arc::new(AtomicBool::new(false));
        let reopened = Arc::new(AtomicUsize::new(0));
        let endings = Arc::new(std::sync::Mutex::new(std::collections::BTreeMap::new()));
        let threads = (0..threads)
            .map(|t| {
                let addr: std::net::SocketAddr = addr.parse().unwrap();
                let (stop, reopened, endings) = (
                    Arc::clone(&stop),
                    Arc::clone(&reopened),
                    Arc::clone(&endings),
                );
                let mut mine: Vec<Attacker> = (0..n)
                    .filter(|i| i % threads == t)
                    .map(|i| {
                        let kind = kinds[i % kinds.len()];
                        let (first, drip) = kind.bytes(i);
                        Attacker {
                            kind,
                            first,
                            drip,
                            conn: None,
                            sent: 0,
                            ended_at: None,
                        }
                    })
                    .collect();
                std::thread::spawn(move || {
                    let mut last_tick = Instant::now();
                    let mut buf = [0u8; 512];
                    while !stop.load(Ordering::Relaxed) {
                        let tick = last_tick.elapsed() >= Duration::from_secs(1);
                        if tick {
                            last_tick = Instant::now();
                        }
                        for a in mine.iter_mut() {
                            if stop.load(Ordering::Relaxed) {
                                break;
                            }
                            // The end of the stream, or a reply before it: either way the
                            // server is done with this connection.
                            let ended = match &a.conn {
                                None => None,
                                Some(c) => match (&*c).read(&mut buf) {
                                    Ok(0) => Some("closed".to_owned()),
                                    Ok(n) => Some(
                                        String::from_utf8_lossy(&buf[..n.min(12)])
                                            .split_whitespace()
                                            .nth(1)
                                            .unwrap_or("closed")
                                            .to_owned(),
                                    ),
                                    Err(e) if e.kind() == ErrorKind::WouldBlock => None,
                                    Err(_) => Some("closed".to_owned()),
                                },
                            };
                            if let Some(how) = &ended {
                                reopened.fetch_add(1, Ordering::Relaxed);
                                let key = format!("{:?} {how}", a.kind);
                                *endings.lock().unwrap().entry(key).or_default() += 1;
                            }
                            if ended.is_some() {
                                a.conn = None;
                                a.ended_at = Some(Instant::now());
                            }
                            let due = match (reopen, a.ended_at) {
                                (Reopen::AfterASecond, Some(t)) => {
                                    t.elapsed() >= Duration::from_secs(1)
                                }
                                _ => true,
                            };
                            if a.conn.is_none() && due {
                                let Ok(c) =
                                    TcpStream::connect_timeout(&addr, Duration::from_millis(300))
                                else {
                                    continue;
                                };
                                c.set_nonblocking(true).unwrap();
                                a.sent = 0;
                                let _ = (&c).write(&a.first);
                                a.conn = Some(c);
                            } else if a.conn.is_some() && tick && a.sent < a.drip.len() {
                                let c = a.conn.as_ref().unwrap();
                                if (&*c).write(&a.drip[a.sent..a.sent + 1]).is_ok() {
                                    a.sent += 1;
                                }
                            }
                        }
                        std::thread::sleep(Duration::from_millis(100));
                    }
                })
            })
            .collect();
        Flood {
            stop,
            reopened,
            endings,
            threads,
        }
    }

    fn reopened(&self) -> usize {
        self.reopened.load(Ordering::Relaxed)
    }

    /// Stops; how often the server ended a connection, and how, by kind.
    fn stop(self) -> (usize, std::collections::BTreeMap<String, usize>) {
        self.stop.store(true, Ordering::Relaxed);
        for t in self.threads {
            t.join().unwrap();
        }
        let endings = self.endings.lock().unwrap().clone();
        (self.reopened.load(Ordering::Relaxed), endings)
    }
}

#[test]
fn logins_go_through_while_a_thousand_slow_connections_are_held() {
    let _load = one_load_at_a_time();
    let wanted = 1000;
    let own = raise_own_file_limit(wanted as u64 + 200);
    let n = wanted.min(own.saturating_sub(100) as usize);
    eprintln!("this test may hold {n} connections (its open-file limit is {own})");
    let data = tempfile::tempdir().unwrap();
    let server = start_limited(data.path(), 256, &[]);
    // The cap follows the open-file limit: 256 less the server's own reserve.
    assert!(
        server
            .log()
            .contains("serving at most 192 connections at once"),
        "{}",
        server.log()
    );
    let url = server.url.clone();
    let baseline = logins(&url, 3).unwrap();
    eprintln!("before: {}", describe(&baseline));

    let flood = Flood::start(
        host_port(&url),
        &[Slow::Idle, Slow::Partial, Slow::Trickle],
        Reopen::AtOnce,
        n,
        4,
    );
    // Let the connections pile up: every one of them opened, and the first ones refused.
    std::thread::sleep(Duration::from_secs(3));
    let during = logins(&url, 10);
    let reopened_during = flood.reopened();
    std::thread::sleep(Duration::from_secs(3));
    let later = logins(&url, 10);
    let (reopened, _) = flood.stop();
    let log = server.kill();
    let during = during.unwrap_or_else(|e| panic!("{e}\nserver log:\n{log}"));
    let later = later.unwrap_or_else(|e| panic!("{e}\nserver log:\n{log}"));
    eprintln!(
        "with {n} slow connections held (after 3 s): {}",
        describe(&during)
    );
    eprintln!(
        "with {n} slow connections held (after 6 s): {}",
        describe(&later)
    );
    eprintln!(
        "the server closed {reopened_during} of the slow connections by the first logins, \
         {reopened} in all (each opened again at once)"
    );
    // It closed slow connections to make room, rather than letting them wait.
    assert!(reopened > 0);
}

#[test]
fn logins_go_through_while_a_thousand_slow_bodies_are_held() {
    let _load = one_load_at_a_time();
    let own = raise_own_file_limit(1500);
    // The load of the attack that starved logins: 1,100 logins whose bodies never finish
    // against the default limits, then 200 against a server with 256 open files. A third
    // give an unknown user, a third a wrong password, a third the right one (of another
    // account than the one that logs in); each is opened again a second after the server
    // ended it (opened again at once, they would be a flood of requests, which is another
    // matter: the server answers them as fast as it can, the logins among them).
    for (files, wanted) in [(None, 1100), (Some(256), 200)] {
        let n = wanted.min(own.saturating_sub(100) as usize);
        let limits = files.map_or("default limits".to_owned(), |f| format!("{f} open files"));
        let data = tempfile::tempdir().unwrap();
        let server = start_binary(data.path(), files, &["slow", "mallory"], &[]);
        let url = server.url.clone();
        let baseline = logins(&url, 3).unwrap();
        eprintln!("{limits}: before: {}", describe(&baseline));
        let kinds = [
            Slow::BodyOfUnknownUser,
            Slow::BodyWithWrongPassword,
            Slow::BodyWithPassword,
        ];
        let flood = Flood::start(host_port(&url), &kinds, Reopen::AfterASecond, n, 4);
        // Past the attack's first seconds, when each user name it tries costs a password
        // hash until it is locked (ten tries).
        std::thread::sleep(Duration::from_secs(5));
        let during = logins(&url, 10);
        std::thread::sleep(Duration::from_secs(3));
        let later = logins(&url, 10);
        let (reopened, endings) = flood.stop();
        let log = server.kill();
        let during = during.unwrap_or_else(|e| panic!("{limits}: {e}\nserver log:\n{log}"));
        let later = later.unwrap_or_else(|e| panic!("{limits}: {e}\nserver log:\n{log}"));
        eprintln!(
            "{limits}: with {n} slow bodies held (after 5 s): {}",
            describe(&during)
        );
        eprintln!(
            "{limits}: with {n} slow bodies held (after 8 s): {}",
            describe(&later)
        );
        eprintln!("{limits}: the server ended {reopened} of them (each opened again after 1 s):");
        for (how, count) in &endings {
            eprintln!("  {how}: {count}");
        }
        // Wrong credentials were refused without their body (which never comes), and the
        // right ones were not let wait for theirs past the limits.
        let ended = |how: &str| endings.get(how).copied().unwrap_or(0);
        assert!(ended("BodyOfUnknownUser 401") > 0, "{endings:?}");
        assert!(ended("BodyWithWrongPassword 401") > 0, "{endings:?}");
        assert!(
            ended("BodyWithPassword 408") + ended("BodyWithPassword 429") > 0,
            "{endings:?}"
        );
    }
}

/// CPU seconds process `pid` has used (user and system).
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let after_name = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the file, 12 and 13 after the name.
    let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
    // SAFETY: sysconf only reads a constant.
    ticks / unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64
}

#[test]
fn out_of_descriptors_the_server_closes_idle_connections_or_pauses_and_never_spins() {
    let _load = one_load_at_a_time();
    raise_own_file_limit(1200);
    let data = tempfile::tempdir().unwrap();
    // Room for 192 connections by its start-up limit, then the limit cut to 80 under it:
    // `accept` fails with EMFILE long before the cap is reached.
    // (`--verbose`: the server logs each pause between attempts.)
    let server = start_limited(
        data.path(),
        256,
        &[
            "--request-timeout",
            "30",
            "--header-timeout",
            "30",
            "--verbose",
        ],
    );
    let pid = server.child.id();
    set_file_limit(pid, 80, 80);
    let url = server.url.clone();
    let addr = host_port(&url).to_owned();

    // Idle connections fill the descriptors; logins still go through, because the server
    // closes the connection idle longest when it cannot accept one.
    let idle: Vec<TcpStream> = (0..150)
        .filter_map(|_| TcpStream::connect(&addr).ok())
        .collect();
    std::thread::sleep(Duration::from_secs(1));
    let latencies = logins(&url, 5).unwrap_or_else(|e| panic!("{e}\n{}", server.log()));
    eprintln!(
        "out of descriptors, idle connections held: {}",
        describe(&latencies)
    );
    drop(idle);
    std::thread::sleep(Duration::from_millis(500));

    // No descriptor left at all (the limit cut below the files the server holds itself) and
    // no connection to close: the server pauses between attempts instead of spinning on
    // `accept` while connections wait in the listen queue.
    let logged_before = server.log().len();
    set_file_limit(pid, 1, 80);
    let queued: Vec<TcpStream> = (0..20)
        .filter_map(|_| TcpStream::connect(&addr).ok())
        .collect();
    let before = cpu_seconds(pid);
    let window = Instant::now();
    std::thread::sleep(Duration::from_secs(4));
    let used = cpu_seconds(pid) - before;
    let elapsed = window.elapsed().as_secs_f64();
    let pauses: Vec<u64> = server.log()[logged_before..]
        .lines()
        .filter_map(|l| l.split("none can be closed: pausing ").nth(1))
        .map(|ms| ms.trim_end_matches(" ms").parse().unwrap())
        .collect();
    eprintln!(
        "with no descriptor left and {} connections waiting: the server paused {pauses:?} ms \
         between attempts, using {used:.2} s of CPU in {elapsed:.2} s",
        queued.len()
    );
    // Each failed attempt is followed by a pause twice the last, up to a second (a loop
    // retrying `accept` at once would log no pause, or a run of the shortest).
    assert!(pauses.len() >= 2, "{pauses:?}");
    assert!(pauses[0] >= 10, "{pauses:?}");
    for pair in pauses.windows(2) {
        assert_eq!(pair[1], (pair[0] * 2).min(1000), "{pauses:?}");
    }
    // Descriptors again: the connections waiting are taken, and logins go through.
    set_file_limit(pid, 80, 80);
    let latencies = logins(&url, 3).unwrap_or_else(|e| panic!("{e}\n{}", server.log()));
    eprintln!("with descriptors again: {}", describe(&latencies));
    let log = server.kill();
    assert!(
        log.contains("cannot accept a connection: Too many open files"),
        "{log}"
    );
    drop(queued);
}
