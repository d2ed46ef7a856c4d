//! A tiny HTTP or HTTPS server that records every request it receives (method, path, headers,
//! body, after TLS) and every TLS handshake that failed, and answers each request as the test
//! scripts it: to show what a client sends, or that it sends nothing.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
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
    /// The value of header `name`, if it was sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the recorder answers.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    /// `status` with a JSON body.
    pub fn json(status: u16, body: serde_json::Value) -> Answer {
        Answer {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
        }
    }

    /// A redirect with `status` to `location`.
    pub fn redirect(status: u16, location: &str) -> Answer {
        Answer {
            status,
            headers: vec![("Location".into(), location.into())],
            body: Vec::new(),
        }
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
