//! Raw HTTP calls to the server, for the server's own tests: Basic and Bearer calls with JSON
//! bodies, their replies with the assertions the tests make, and bytes sent as they are. (A
//! fake endpoint, for replies the bundled server never sends, is [`crate::recorder`].)

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use reqwest::blocking::RequestBuilder;
pub use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::server::TestServer;
use crate::PASSWORD;

/// An HTTP client with a generous timeout.
pub(crate) struct Client(reqwest::blocking::Client);

impl Client {
    /// A client that trusts the certificate authority at `ca` too.
    pub(crate) fn new(ca: Option<&std::path::Path>) -> Client {
        let mut builder = client_builder().timeout(Duration::from_secs(30));
        if let Some(ca) = ca {
            let pem = std::fs::read(ca).unwrap();
            builder = builder.tls_certs_merge(reqwest::Certificate::from_pem_bundle(&pem).unwrap());
        }
        Client(builder.build().unwrap())
    }
}

/// A reqwest client builder, with rustls's ring provider installed for it.
pub fn client_builder() -> reqwest::blocking::ClientBuilder {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::builder()
}

/// A reply: status, JSON body and the headers the tests look at.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub body: Value,
    pub content_type: String,
    /// Seconds of the `Retry-After` header, if any.
    pub retry_after: Option<u64>,
}

impl From<reqwest::blocking::Response> for Reply {
    fn from(response: reqwest::blocking::Response) -> Reply {
        let status = response.status();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .map(|v| v.to_str().unwrap().to_owned())
        };
        let content_type = header("content-type").unwrap_or_default();
        let retry_after = header("retry-after").map(|v| v.parse().unwrap());
        let text = response.text().unwrap();
        let body =
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("{status}: not JSON: {text:?}"));
        Reply {
            status,
            body,
            content_type,
            retry_after,
        }
    }
}

impl Reply {
    /// A 200; its body.
    #[track_caller]
    pub fn ok(self) -> Value {
        assert_eq!(self.status, StatusCode::OK, "{}", self.body);
        self.body
    }

    /// Exactly `{"error": kind, "message": message}` with `status`, as JSON.
    #[track_caller]
    pub fn error(&self, status: u16, kind: &str, message: &str) {
        assert_eq!(
            (self.status.as_u16(), &self.body),
            (status, &json!({"error": kind, "message": message}))
        );
        assert!(
            self.content_type.starts_with("application/json"),
            "{}",
            self.content_type
        );
    }

    /// Refused with `status` and exactly `message`, whatever the kind.
    #[track_caller]
    pub fn refused(&self, status: u16, message: &str) {
        assert_eq!(self.status.as_u16(), status, "{}", self.body);
        assert_eq!(self.body["message"], message, "{}", self.body);
    }

    /// Refused by policy (403 `Forbidden`).
    #[track_caller]
    pub fn forbidden(&self, message: &str) {
        self.error(403, "Forbidden", message);
    }

    /// Refused for the caller's role, not by policy (403 `AccessDenied`).
    #[track_caller]
    pub fn denied(&self, message: &str) {
        self.error(403, "AccessDenied", message);
    }

    /// A 429 of `kind` whose message starts with `prefix` and ends saying when to retry, which
    /// `Retry-After` gives in seconds too; returns those seconds.
    #[track_caller]
    pub fn too_many(&self, kind: &str, prefix: &str) -> u64 {
        assert_eq!(self.status.as_u16(), 429, "{}", self.body);
        assert_eq!(self.body["error"], kind, "{}", self.body);
        let message = self.body["message"].as_str().unwrap();
        assert!(message.starts_with(prefix), "{message}");
        assert!(message.contains("; try again after "), "{message}");
        assert!(
            message.ends_with(" minute)")
                || message.ends_with(" minutes)")
                || message.ends_with(" seconds)")
                || message.ends_with(" second)"),
            "{message}"
        );
        self.retry_after.expect("a Retry-After header")
    }

    /// A 429 `TooManyAttempts` (a lock after failed attempts); returns its `Retry-After`.
    #[track_caller]
    pub fn locked(&self) -> u64 {
        self.too_many("TooManyAttempts", "Too many failed attempts in a row")
    }
}

impl TestServer {
    /// A request to build further (headers, body), for what the other calls do not cover.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.http()
            .0
            .request(method, format!("{}{path}", self.url()))
    }

    /// A request to `url` (a listener of this server: the VPN gateway's own), to build further.
    pub fn request_at(&self, method: Method, url: &str) -> RequestBuilder {
        self.http().0.request(method, url)
    }

    /// Sends a request made with [`TestServer::request`].
    pub fn send(&self, request: RequestBuilder) -> Reply {
        Reply::from(request.send().unwrap())
    }

    /// A Basic-authenticated POST; `body` None sends no body.
    pub fn post_as(&self, user: &str, password: &str, path: &str, body: Option<Value>) -> Reply {
        let mut request = self
            .http()
            .0
            .post(format!("{}{path}", self.url()))
            .basic_auth(user, Some(password));
        if let Some(body) = body {
            request = request.json(&body);
        }
        self.send(request)
    }

    /// The same with the password [`PASSWORD`].
    pub fn post(&self, user: &str, path: &str, body: Option<Value>) -> Reply {
        self.post_as(user, PASSWORD, path, body)
    }

    /// `POST /auth/request-token` with `{"otp": otp}`.
    pub fn login(&self, user: &str, otp: Option<&str>) -> Reply {
        self.post(user, "/auth/request-token", Some(json!({ "otp": otp })))
    }

    /// An API token for `user`, logging in with `otp`.
    pub fn token_with(&self, user: &str, otp: Option<&str>) -> String {
        self.login(user, otp).ok()["token"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// An API token for `user`, who has no MFA.
    pub fn token(&self, user: &str) -> String {
        self.token_with(user, None)
    }

    /// A Bearer call.
    pub fn call(&self, method: Method, path: &str, token: &str, body: Option<Value>) -> Reply {
        let mut request = self
            .http()
            .0
            .request(method, format!("{}{path}", self.url()))
            .bearer_auth(token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        self.send(request)
    }

    pub fn get(&self, path: &str, token: &str) -> Reply {
        self.call(Method::GET, path, token, None)
    }

    pub fn put(&self, path: &str, token: &str, body: Value) -> Reply {
        self.call(Method::PUT, path, token, Some(body))
    }

    pub fn patch(&self, path: &str, token: &str, body: Value) -> Reply {
        self.call(Method::PATCH, path, token, Some(body))
    }

    pub fn post_bearer(&self, path: &str, token: &str) -> Reply {
        self.call(Method::POST, path, token, None)
    }

    /// `GET /v2/user`.
    pub fn profile(&self, token: &str) -> Reply {
        self.get("/v2/user", token)
    }

    /// The `totp` part of the account's profile.
    pub fn totp(&self, token: &str) -> Value {
        self.profile(token).ok()["data"]["totp"].clone()
    }

    /// Enrols `user` with AUTHENTICATOR and verifies it; returns the key and recovery codes.
    pub fn enrol(&self, user: &str) -> (String, Vec<String>) {
        let enrolled = self.enable_and_verify(user);
        // A code is accepted once: the next one is due in the next time step.
        self.next_step();
        enrolled
    }

    /// Enables AUTHENTICATOR on `user` and verifies it with the code of this time step; returns
    /// the key and the recovery codes. The clock does not move.
    fn enable_and_verify(&self, user: &str) -> (String, Vec<String>) {
        let reply = self
            .post(user, "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
            .ok();
        let key = reply["key"].as_str().unwrap().to_owned();
        let codes = crate::strings(&reply["recovery_codes"]);
        self.post(user, "/tf/verify", Some(json!({ "otp": self.code(&key) })))
            .ok();
        (key, codes)
    }

    /// Enrols `user` with AUTHENTICATOR and logs it in with a code from the returned key, as an
    /// administrator must before it administers; returns the key and the API token (whose
    /// login passed MFA). The login uses the next time step's code, which the server takes (one
    /// step either side), so the clock stays where it was and clients see no clock skew; the
    /// next code of this account is due two steps on.
    pub fn enrolled_token(&self, user: &str) -> (String, String) {
        let (key, _) = self.enable_and_verify(user);
        let next = crate::totp_at(&key, self.clock().unix() + 30);
        let token = self.token_with(user, Some(&next));
        (key, token)
    }

    /// An administrator's API token: `user` enrolled and logged in with a code (see
    /// [`TestServer::enrolled_token`]).
    pub fn admin_token(&self, user: &str) -> String {
        self.enrolled_token(user).1
    }

    /// Disables MFA on `user` with the e-mailed confirmation token.
    pub fn disable(&self, user: &str) {
        let reply = self.post(user, "/tf/disable", None).ok();
        assert_eq!(
            reply,
            json!({"message": "Confirmation email sent.", "type": "info"})
        );
        let token = self.outbox().mailed(user, "Your confirmation token is:");
        let reply = self.post(user, &format!("/tf/disable/{token}"), None).ok();
        assert_eq!(
            reply,
            json!({"message": "TOTP has been disabled", "type": "info"})
        );
    }

    /// Sends `request` as raw bytes and returns the reply's status and body.
    pub fn raw(&self, request: &[u8]) -> (u16, String) {
        raw(&self.url(), request)
    }
}

/// Sends raw bytes to the server at `url` and returns the status and body of its reply.
pub fn raw(url: &str, request: &[u8]) -> (u16, String) {
    let addr = url.trim_start_matches("http://");
    let mut conn = TcpStream::connect(addr).unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    conn.write_all(request).unwrap();
    let mut reply = Vec::new();
    let _ = conn.read_to_end(&mut reply);
    let text = String::from_utf8_lossy(&reply).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            panic!(
                "no HTTP reply to {:?}: {text:?}",
                String::from_utf8_lossy(request)
            )
        });
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// A loopback address where nothing listens, held so that no one else takes it: a socket
/// bound to a free port and never listening, so every connection to it is refused at once,
/// for as long as this lives (a port bound and released could be taken again meanwhile).
pub struct RefusingPort(socket2::Socket);

impl RefusingPort {
    pub fn new() -> RefusingPort {
        use socket2::{Domain, Socket, Type};
        let socket = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
        let any: std::net::SocketAddr = "127.0.0.1:0".parse().unwrap();
        socket.bind(&any.into()).unwrap();
        RefusingPort(socket)
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        let addr = self.0.local_addr().unwrap().as_socket().unwrap();
        format!("http://{addr}")
    }
}

impl Default for RefusingPort {
    fn default() -> Self {
        RefusingPort::new()
    }
}

/// A reply read off the wire: status, headers (names in lower case) and body.
#[derive(Debug)]
pub struct RawReply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl RawReply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Exactly `{"error": kind, "message": message}` with `status`, as JSON, whose
    /// `Content-Length` is right.
    #[track_caller]
    pub fn json_error(&self, status: u16, kind: &str, message: &str) {
        assert_eq!(self.status, status, "{self:?}");
        assert_eq!(
            self.header("content-type"),
            Some("application/json"),
            "{self:?}"
        );
        assert_eq!(
            self.header("content-length"),
            Some(self.body.len().to_string().as_str()),
            "{self:?}"
        );
        let body: Value =
            serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {self:?}"));
        assert_eq!(body, json!({"error": kind, "message": message}));
    }
}

/// Sends raw bytes to the plain-HTTP server at `url`, and reads everything it sends back
/// until it closes the connection (at most 20 s); the reply with its headers.
pub fn raw_reply(url: &str, request: &[u8]) -> RawReply {
    let addr = url.trim_start_matches("http://");
    let mut conn = TcpStream::connect(addr).unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    // The server may refuse before it has read everything: its reply is what counts.
    let _ = conn.write_all(request);
    let mut reply = Vec::new();
    let _ = conn.read_to_end(&mut reply);
    parse_reply(&reply).unwrap_or_else(|| {
        panic!(
            "no HTTP reply to {:?}: {:?}",
            String::from_utf8_lossy(&request[..request.len().min(200)]),
            String::from_utf8_lossy(&reply)
        )
    })
}

/// The first reply in `bytes`, if they hold a whole head.
pub fn parse_reply(bytes: &[u8]) -> Option<RawReply> {
    let text = String::from_utf8_lossy(bytes);
    let (head, body) = text.split_once("\r\n\r\n")?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Some(RawReply {
        status,
        headers,
        body: body.to_owned(),
    })
}

/// A raw HTTP/1.1 request with `Connection: close` and a `Content-Length`.
pub fn request(method: &str, path: &str, headers: &[String], body: &[u8]) -> Vec<u8> {
    let mut out = format!("{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n");
    for h in headers {
        out.push_str(h);
        out.push_str("\r\n");
    }
    out.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}
