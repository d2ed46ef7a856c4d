//! The bytes of one connection, as hyper reads and writes them, with two duties hyper leaves
//! to us: the header timeout, which bounds a request's headers and body alike (with a JSON 408
//! for a request cut short), and the JSON shape of the replies hyper makes on its own for
//! requests it cannot parse.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{ready, Context, Poll};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use vss_wire::{ErrorKind, ErrorResponse};

use super::Slot;
use crate::routes::{HEADERS_LIMIT, MAX_HEADERS, URI_LIMIT};

/// A connection's stream, before or after TLS.
pub(crate) enum Stream {
    Plain(TcpStream),
    Tls(Box<tokio_rustls::server::TlsStream<TcpStream>>),
}

impl AsyncRead for Stream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

/// A stream that ends itself when a request (its headers or its body) is late, and that
/// writes the API's JSON error in place of hyper's bodiless ones.
pub(crate) struct Guarded {
    inner: Stream,
    slot: Arc<Slot>,
    header_timeout: Duration,
    timer: Pin<Box<tokio::time::Sleep>>,
    /// The wait for a request being timed, and the bytes read during it.
    waiting: Option<(Instant, u64)>,
    /// The header timeout ran out: reads see the end of the stream, and what hyper writes
    /// after our 408 (its reply to a request whose body was cut short) is dropped.
    timed_out: bool,
    /// A reply of ours still to be written, and how much of it is.
    pending: Vec<u8>,
    written: usize,
    /// Closing: the write side is shut, and what the client still sends is read off until
    /// it closes too, or for [`LINGER`] at most (see `poll_shutdown`).
    lingering: Option<Lingering>,
}

/// A close in progress: when it ends at the latest, and how much was read off meanwhile.
struct Lingering {
    until: Pin<Box<tokio::time::Sleep>>,
    read: usize,
}

impl Guarded {
    pub(crate) fn new(inner: Stream, slot: Arc<Slot>, header_timeout: Duration) -> Guarded {
        Guarded {
            inner,
            slot,
            header_timeout,
            timer: Box::pin(tokio::time::sleep(header_timeout)),
            waiting: None,
            timed_out: false,
            pending: Vec::new(),
            written: 0,
            lingering: None,
        }
    }

    /// The connection's TCP stream, under TLS or not.
    fn tcp(&mut self) -> &mut TcpStream {
        match &mut self.inner {
            Stream::Plain(s) => s,
            Stream::Tls(s) => s.get_mut().0,
        }
    }

    /// Reads off and drops what the client still sends, until it closes, [`LINGER`] passes,
    /// or [`LINGER_BYTES`] were read.
    fn poll_linger(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        let mut buf = [0u8; 8192];
        loop {
            let lingering = self.lingering.as_mut().expect("lingering");
            if lingering.until.as_mut().poll(cx).is_ready() || lingering.read >= LINGER_BYTES {
                return Poll::Ready(());
            }
            let mut read = ReadBuf::new(&mut buf);
            match Pin::new(self.tcp()).poll_read(cx, &mut read) {
                Poll::Ready(Ok(())) if !read.filled().is_empty() => {
                    let n = read.filled().len();
                    self.lingering.as_mut().expect("lingering").read += n;
                }
                Poll::Ready(_) => return Poll::Ready(()),
                Poll::Pending => return Poll::Pending,
            }
        }
    }

    /// Writes what is left of our own reply.
    fn poll_pending(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.written < self.pending.len() {
            let n =
                ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending[self.written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.written += n;
        }
        Poll::Ready(Ok(()))
    }

    /// The header timeout ran out: answer a request cut short with 408, as far as the socket
    /// takes it now, and end the stream.
    fn time_out(&mut self, cx: &mut Context<'_>) {
        self.timed_out = true;
        // Part of a request: some bytes of it, or its headers (the body is awaited).
        let partial = self.waiting.is_some_and(|(_, bytes)| bytes > 0) || self.slot.awaits_body();
        if partial && self.pending.is_empty() {
            let what = if self.slot.awaits_body() {
                "body"
            } else {
                "headers"
            };
            self.pending = reply(
                "HTTP/1.1 408 Request Timeout\r\nconnection: close\r\n",
                StatusCode::REQUEST_TIMEOUT,
                ErrorKind::RequestTimeout,
                format!(
                    "The request {what} did not arrive within {} seconds",
                    self.header_timeout.as_secs()
                ),
            );
            self.written = 0;
            if let Poll::Ready(Ok(())) = self.poll_pending(cx) {
                let _ = Pin::new(&mut self.inner).poll_flush(cx);
            }
        }
    }
}

/// Most time, and bytes, read off a connection as it closes.
const LINGER: Duration = Duration::from_secs(2);
const LINGER_BYTES: usize = 1024 * 1024;

impl Drop for Guarded {
    /// What the client sent that was never read (a body refused from its headers) would make
    /// the close a reset, which can cost the client the reply it was sent: read off what is
    /// here already first. (A close through `poll_shutdown` lingers for more; this is for a
    /// connection dropped without one.)
    fn drop(&mut self) {
        let tcp = match &self.inner {
            Stream::Plain(s) => s,
            Stream::Tls(s) => s.get_ref().0,
        };
        let mut buf = [0u8; 8192];
        let mut read = 0;
        while read < LINGER_BYTES {
            match tcp.try_read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => read += n,
            }
        }
    }
}

impl AsyncRead for Guarded {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if this.timed_out {
            return Poll::Ready(Ok(()));
        }
        match this.slot.waiting_since() {
            Some(since) => {
                if this.waiting.is_none_or(|(s, _)| s != since) {
                    this.waiting = Some((since, 0));
                    let deadline = tokio::time::Instant::from_std(since + this.header_timeout);
                    this.timer.as_mut().reset(deadline);
                }
                if this.timer.as_mut().poll(cx).is_ready() {
                    this.time_out(cx);
                    return Poll::Ready(Ok(()));
                }
            }
            None => this.waiting = None,
        }
        let before = buf.filled().len();
        ready!(Pin::new(&mut this.inner).poll_read(cx, buf))?;
        if let Some((_, bytes)) = &mut this.waiting {
            *bytes += (buf.filled().len() - before) as u64;
        }
        Poll::Ready(Ok(()))
    }
}

impl AsyncWrite for Guarded {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        ready!(this.poll_pending(cx))?;
        if this.timed_out {
            // Our 408 was the reply.
            return Poll::Ready(Ok(buf.len()));
        }
        if let Some(json) = json_for_bare_reply(buf) {
            // hyper writes its own reply in one piece, then flushes: write ours instead.
            this.pending = json;
            this.written = 0;
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut this.inner).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.poll_pending(cx))?;
        Pin::new(&mut this.inner).poll_flush(cx)
    }

    /// Shuts the write side, then, when the last request's body was left unread (refused
    /// before it was read: over the limit, or credentials refused from the headers), lingers:
    /// the client may still be sending it, and would otherwise meet a reset and could lose the
    /// reply. Not for a client too slow to wait for.
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.poll_pending(cx))?;
        if this.lingering.is_none() {
            ready!(Pin::new(&mut this.inner).poll_shutdown(cx))?;
            if this.timed_out || !this.slot.left_body_unread() {
                return Poll::Ready(Ok(()));
            }
            this.lingering = Some(Lingering {
                until: Box::pin(tokio::time::sleep(LINGER)),
                read: 0,
            });
        }
        ready!(this.poll_linger(cx));
        Poll::Ready(Ok(()))
    }
}

/// hyper answers a request it cannot parse (400), whose target is longer than it takes (414)
/// or whose headers are more than it takes (431) with a status line, `content-length: 0` and
/// nothing else, and has no hook to change that (hyperium/hyper#2583). The API's own errors
/// always carry a body, so such a reply is hyper's: this is the same reply with the API's
/// JSON body.
fn json_for_bare_reply(buf: &[u8]) -> Option<Vec<u8>> {
    // "HTTP/1.1 4xx " or "5xx ", and the head ends the buffer: cheap checks first, as every
    // reply passes here.
    let rest = buf.strip_prefix(b"HTTP/1.")?;
    if rest.len() < 6 || !matches!(rest[2], b'4' | b'5') || !buf.ends_with(b"\r\n\r\n") {
        return None;
    }
    let head_len = buf.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    if head_len != buf.len() {
        return None;
    }
    let status = std::str::from_utf8(&rest[2..5]).ok()?.parse::<u16>().ok()?;
    let status = StatusCode::from_u16(status).ok()?;
    if status.as_u16() < 400 {
        return None;
    }
    let head = std::str::from_utf8(&buf[..head_len - 2]).ok()?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next()?;
    let mut kept = format!("{status_line}\r\n");
    let mut bodiless = false;
    for line in lines.filter(|l| !l.is_empty()) {
        let name = line.split(':').next().unwrap_or_default().trim();
        if name.eq_ignore_ascii_case("content-length") {
            bodiless = line[name.len() + 1..].trim() == "0";
        } else if !name.eq_ignore_ascii_case("content-type") {
            kept.push_str(line);
            kept.push_str("\r\n");
        }
    }
    if !bodiless {
        return None;
    }
    let (kind, message) = match status {
        StatusCode::URI_TOO_LONG => (
            ErrorKind::UriTooLong,
            format!(
                "The request path and query are longer than {} KiB",
                URI_LIMIT / 1024
            ),
        ),
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => (
            ErrorKind::HeadersTooLarge,
            format!(
                "The request headers are larger than {} KiB or more than {MAX_HEADERS} fields",
                HEADERS_LIMIT / 1024
            ),
        ),
        s if s.is_server_error() => (
            ErrorKind::InternalError,
            "The server could not complete the call; its log has the details".to_owned(),
        ),
        _ => (
            ErrorKind::InvalidParameterValue,
            "InvalidParameterValue: the request is not valid HTTP/1.1".to_owned(),
        ),
    };
    Some(reply(&kept, status, kind, message))
}

/// A complete reply: `head` (the status line and headers, each ending in CRLF) with a JSON
/// error body.
fn reply(head: &str, status: StatusCode, kind: ErrorKind, message: String) -> Vec<u8> {
    debug_assert!(head.contains(status.as_str()));
    let body = serde_json::to_vec(&ErrorResponse {
        error: kind,
        message,
    })
    .unwrap_or_default();
    let mut out = format!(
        "{head}content-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(&body);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyper_bare_replies_get_the_json_shape() {
        let bare = b"HTTP/1.1 431 Request Header Fields Too Large\r\nconnection: close\r\ncontent-length: 0\r\ndate: Mon, 23 Nov 2026 06:25:32 GMT\r\n\r\n";
        let json = String::from_utf8(json_for_bare_reply(bare).unwrap()).unwrap();
        let (head, body) = json.split_once("\r\n\r\n").unwrap();
        assert_eq!(
            head,
            format!(
                "HTTP/1.1 431 Request Header Fields Too Large\r\nconnection: close\r\n\
                 date: Mon, 23 Nov 2026 06:25:32 GMT\r\ncontent-type: application/json\r\n\
                 content-length: {}",
                body.len()
            )
        );
        let v: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(v["error"], "HeadersTooLarge");
        // Replies with a body, successes and partial heads are left alone.
        for other in [
            &b"HTTP/1.1 401 Unauthorized\r\ncontent-length: 2\r\n\r\n{}"[..],
            b"HTTP/1.1 401 Unauthorized\r\ncontent-length: 60\r\n\r\n",
            b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n",
            b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n",
            b"{\"error\": \"x\"}",
        ] {
            assert!(json_for_bare_reply(other).is_none());
        }
    }
}
