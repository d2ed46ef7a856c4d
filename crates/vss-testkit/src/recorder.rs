//! A tiny HTTP or HTTPS server that records every request it receives (method, path, headers,
//! body, after TLS) and every TLS handshake that failed, and answers each request as the test
//! scripts it: to show what a client sends, or that it sends nothing. As a proxy
//! ([`Recorder::proxy`]) it passes each request on to a real server and its reply back, and a
//! request's [`Shape`] is what two clients must agree on.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A request as the recorder received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// The request target: path and query.
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    /// `METHOD PATH`, e.g. `POST /v2/admin/users/a%2Fb/alert`.
    pub fn line(&self) -> String {
        format!("{} {}", self.method, self.path)
    }

    /// The value of header `name`, if it was sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The path without the query.
    pub fn route(&self) -> &str {
        self.path.split_once('?').map_or(&self.path, |(p, _)| p)
    }

    /// The body as JSON, if it is JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }

    /// What the wire contract fixes of this request.
    pub fn shape(&self) -> Shape {
        let route = self.route();
        let path = SECRET_SEGMENTS
            .iter()
            .find_map(|(prefix, placeholder)| {
                route
                    .strip_prefix(prefix)
                    .filter(|rest| !rest.is_empty())
                    .map(|_| format!("{prefix}{placeholder}"))
            })
            .unwrap_or_else(|| route.to_owned());
        let query_keys = self
            .path
            .split_once('?')
            .map(|(_, q)| {
                q.split('&')
                    .filter(|p| !p.is_empty())
                    .map(|p| p.split_once('=').map_or(p, |(k, _)| k).to_owned())
                    .collect()
            })
            .unwrap_or_default();
        let form = self
            .header("content-type")
            .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
        let body = if self.body.is_empty() {
            Body::None
        } else if form {
            Body::Form(
                String::from_utf8_lossy(&self.body)
                    .split('&')
                    .filter(|p| !p.is_empty())
                    .map(|p| p.split_once('=').map_or(p, |(k, _)| k).to_owned())
                    .collect(),
            )
        } else {
            match self.json() {
                Some(serde_json::Value::Object(map)) => Body::Keys(map.keys().cloned().collect()),
                Some(_) => Body::OtherJson,
                None => Body::NotJson,
            }
        };
        Shape {
            method: self.method.clone(),
            path,
            query_keys,
            auth: self
                .header("authorization")
                .map(|v| v.split_whitespace().next().unwrap_or_default().to_owned()),
            content_type: self.header("content-type").map(str::to_owned),
            body,
        }
    }
}

/// Path prefixes followed by a secret, and the placeholder that stands for it in a [`Shape`].
const SECRET_SEGMENTS: [(&str, &str); 1] = [("/tf/disable/", "{token}")];

/// What the wire contract fixes of a request, and what two clients doing the same thing must
/// send alike: method, path (a secret in it replaced by a placeholder), the names of the query
/// parameters, the auth scheme, the content type, and the keys of the JSON or form body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub method: String,
    pub path: String,
    pub query_keys: BTreeSet<String>,
    /// `Basic`, `Bearer`, or none.
    pub auth: Option<String>,
    pub content_type: Option<String>,
    pub body: Body,
}

/// The body of a request, as a [`Shape`] sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// No body (none, or `Content-Length: 0`).
    None,
    /// A JSON object with these keys.
    Keys(BTreeSet<String>),
    /// A form (`application/x-www-form-urlencoded`) with these fields.
    Form(BTreeSet<String>),
    /// JSON, but not an object.
    OtherJson,
    NotJson,
}

/// `POST /tf/enable auth=Basic type=application/json body={method, phone}`.
impl std::fmt::Display for Shape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = |set: &BTreeSet<String>| set.iter().cloned().collect::<Vec<_>>().join(", ");
        write!(f, "{} {}", self.method, self.path)?;
        if !self.query_keys.is_empty() {
            write!(f, "?{{{}}}", list(&self.query_keys))?;
        }
        write!(
            f,
            " auth={} type={} body=",
            self.auth.as_deref().unwrap_or("none"),
            self.content_type.as_deref().unwrap_or("none")
        )?;
        match &self.body {
            Body::None => f.write_str("none"),
            Body::Keys(keys) => write!(f, "{{{}}}", list(keys)),
            Body::Form(fields) => write!(f, "form({})", list(fields)),
            Body::OtherJson => f.write_str("(JSON, not an object)"),
            Body::NotJson => f.write_str("(not JSON)"),
        }
    }
}

/// What the recorder answers.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Bytes written as they are instead, then the connection closed: for replies no server
    /// should send (cut off, not HTTP).
    verbatim: Option<Vec<u8>>,
}

impl Answer {
    /// `status` with a JSON body.
    pub fn json(status: u16, body: serde_json::Value) -> Answer {
        Answer::json_text(status, body.to_string())
    }

    /// `status` with `body` as its JSON text, as it is (for text no serializer would write).
    pub fn json_text(status: u16, body: impl Into<Vec<u8>>) -> Answer {
        Answer {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.into(),
            verbatim: None,
        }
    }

    /// The body as JSON, changed by `edit` (nothing happens to a body that is not JSON).
    pub fn edit_json(&mut self, edit: impl FnOnce(&mut serde_json::Value)) {
        if let Ok(mut value) = serde_json::from_slice::<serde_json::Value>(&self.body) {
            edit(&mut value);
            self.body = value.to_string().into_bytes();
        }
    }

    /// A redirect with `status` to `location`.
    pub fn redirect(status: u16, location: &str) -> Answer {
        Answer {
            status,
            headers: vec![("Location".into(), location.into())],
            body: Vec::new(),
            verbatim: None,
        }
    }

    /// `bytes` written as they are, whatever they say, then the connection closed.
    pub fn raw(bytes: impl Into<Vec<u8>>) -> Answer {
        Answer {
            status: 0,
            headers: Vec::new(),
            body: Vec::new(),
            verbatim: Some(bytes.into()),
        }
    }

    /// A complete reply with `status` (code and reason, e.g. `502 Bad Gateway`), a
    /// `Content-Type` and `body`, written as it is.
    pub fn raw_reply(status: &str, content_type: &str, body: &[u8]) -> Answer {
        let mut reply = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n",
            body.len()
        )
        .into_bytes();
        reply.extend_from_slice(body);
        Answer::raw(reply)
    }
}

type Script = dyn Fn(&Recorded) -> Answer + Send + Sync;

#[derive(Default)]
struct Log {
    requests: Vec<Recorded>,
    failed_handshakes: Vec<String>,
    connections: usize,
}

/// A running recorder; dropping it stops it.
pub struct Recorder {
    addr: SocketAddr,
    https: bool,
    log: Arc<Mutex<Log>>,
    stop: Arc<AtomicBool>,
}

impl Recorder {
    /// Plain HTTP on 127.0.0.1, answering each request with `script`.
    pub fn http(script: impl Fn(&Recorded) -> Answer + Send + Sync + 'static) -> Recorder {
        Recorder::start(None, Arc::new(script))
    }

    /// A recording proxy: plain HTTP on 127.0.0.1 in front of the server at `upstream` (whose
    /// certificate authority is at `ca`, for HTTPS). Each request is recorded as it arrived,
    /// then passed on after `request` changed it (to play a server that ignores a field),
    /// and the reply passed back after `reply` changed it (to play a terser server).
    pub fn proxy(
        upstream: &str,
        ca: Option<&Path>,
        request: impl Fn(&mut Recorded) + Send + Sync + 'static,
        reply: impl Fn(&Recorded, &mut Answer) + Send + Sync + 'static,
    ) -> Recorder {
        let mut builder = crate::http::client_builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(60));
        if let Some(ca) = ca {
            let pem = std::fs::read(ca).unwrap();
            builder = builder.tls_certs_merge(reqwest::Certificate::from_pem_bundle(&pem).unwrap());
        }
        let http = builder.build().unwrap();
        let upstream = upstream.trim_end_matches('/').to_owned();
        Recorder::http(move |received| {
            let mut sent = received.clone();
            request(&mut sent);
            let mut answer = forward(&http, &upstream, &sent);
            reply(received, &mut answer);
            answer
        })
    }

    /// A recording proxy that changes nothing (see [`Recorder::proxy`]).
    pub fn pass_through(upstream: &str, ca: Option<&Path>) -> Recorder {
        Recorder::proxy(upstream, ca, |_| {}, |_, _| {})
    }

    /// HTTPS with `tls` on 127.0.0.1, answering each request with `script`.
    pub fn https(
        tls: Arc<rustls::ServerConfig>,
        script: impl Fn(&Recorded) -> Answer + Send + Sync + 'static,
    ) -> Recorder {
        Recorder::start(Some(tls), Arc::new(script))
    }

    fn start(tls: Option<Arc<rustls::ServerConfig>>, script: Arc<Script>) -> Recorder {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let log = Arc::new(Mutex::new(Log::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let https = tls.is_some();
        let (log2, stop2) = (Arc::clone(&log), Arc::clone(&stop));
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                log2.lock().unwrap().connections += 1;
                let (log, script, tls) = (Arc::clone(&log2), Arc::clone(&script), tls.clone());
                std::thread::spawn(move || serve(conn, tls, script.as_ref(), &log));
            }
        });
        Recorder {
            addr,
            https,
            log,
            stop,
        }
    }

    /// Base URL, like `https://127.0.0.1:40123`.
    pub fn url(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.log.lock().unwrap().requests.clone()
    }

    /// Why each failed TLS handshake failed, as the server saw it.
    pub fn failed_handshakes(&self) -> Vec<String> {
        self.log.lock().unwrap().failed_handshakes.clone()
    }

    /// How many connections were made to it.
    pub fn connections(&self) -> usize {
        self.log.lock().unwrap().connections
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.addr);
    }
}

/// Headers that belong to one connection, not to the request or reply passed on.
const HOP_BY_HOP: [&str; 6] = [
    "host",
    "connection",
    "keep-alive",
    "content-length",
    "transfer-encoding",
    "accept-encoding",
];

/// Passes `request` on to `upstream` and returns its reply as an [`Answer`].
fn forward(http: &reqwest::blocking::Client, upstream: &str, request: &Recorded) -> Answer {
    let method = reqwest::Method::from_bytes(request.method.as_bytes()).unwrap();
    let mut call = http.request(method, format!("{upstream}{}", request.path));
    for (name, value) in &request.headers {
        if !HOP_BY_HOP.contains(&name.to_ascii_lowercase().as_str()) {
            call = call.header(name, value);
        }
    }
    if !request.body.is_empty() || request.method == "POST" {
        call = call.body(request.body.clone());
    }
    let reply = call
        .send()
        .unwrap_or_else(|e| panic!("the proxied server failed: {e}"));
    let status = reply.status().as_u16();
    let headers = reply
        .headers()
        .iter()
        .filter(|(name, _)| !HOP_BY_HOP.contains(&name.as_str()))
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let body = reply.bytes().unwrap().to_vec();
    Answer {
        status,
        headers,
        body,
        verbatim: None,
    }
}

/// Serves one connection: requests until the client closes it, each recorded and answered.
fn serve(
    conn: TcpStream,
    tls: Option<Arc<rustls::ServerConfig>>,
    script: &Script,
    log: &Mutex<Log>,
) {
    conn.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    match tls {
        None => answer_all(conn, script, log),
        Some(config) => {
            let mut tcp = conn;
            let mut server = rustls::ServerConnection::new(config).unwrap();
            // The handshake, on its own, so that its failure is recorded as such.
            while server.is_handshaking() {
                if let Err(e) = server.complete_io(&mut tcp) {
                    log.lock().unwrap().failed_handshakes.push(e.to_string());
                    return;
                }
            }
            answer_all(rustls::StreamOwned::new(server, tcp), script, log);
        }
    }
}

fn answer_all(mut stream: impl Read + Write, script: &Script, log: &Mutex<Log>) {
    let mut buf = Vec::new();
    loop {
        let Some(request) = read_request(&mut stream, &mut buf) else {
            return;
        };
        log.lock().unwrap().requests.push(request.clone());
        let answer = script(&request);
        if let Some(bytes) = &answer.verbatim {
            let _ = stream.write_all(bytes).and_then(|()| stream.flush());
            return;
        }
        let mut out = format!("HTTP/1.1 {} X\r\n", answer.status);
        for (name, value) in &answer.headers {
            out.push_str(&format!("{name}: {value}\r\n"));
        }
        out.push_str(&format!("Content-Length: {}\r\n\r\n", answer.body.len()));
        let mut bytes = out.into_bytes();
        bytes.extend_from_slice(&answer.body);
        if stream
            .write_all(&bytes)
            .and_then(|()| stream.flush())
            .is_err()
        {
            return;
        }
    }
}

/// Reads one request (head, and a body of `Content-Length` bytes); None at the end.
fn read_request(stream: &mut impl Read, buf: &mut Vec<u8>) -> Option<Recorded> {
    let mut chunk = [0u8; 4096];
    loop {
        let mut headers = [httparse::EMPTY_HEADER; 128];
        let mut parsed = httparse::Request::new(&mut headers);
        if let httparse::Status::Complete(head_len) = parsed.parse(buf).ok()? {
            let headers: Vec<(String, String)> = parsed
                .headers
                .iter()
                .map(|h| {
                    (
                        h.name.to_owned(),
                        String::from_utf8_lossy(h.value).into_owned(),
                    )
                })
                .collect();
            let length: usize = headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
                .and_then(|(_, v)| v.trim().parse().ok())
                .unwrap_or(0);
            let request = Recorded {
                method: parsed.method?.to_owned(),
                path: parsed.path?.to_owned(),
                headers,
                body: Vec::new(),
            };
            while buf.len() < head_len + length {
                let n = stream.read(&mut chunk).ok()?;
                if n == 0 {
                    return None;
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            let body = buf[head_len..head_len + length].to_vec();
            buf.drain(..head_len + length);
            return Some(Recorded { body, ..request });
        }
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}
