//! Connections: accepting them (plain or TLS), serving HTTP/1.1 on each, and keeping slow or
//! idle clients from starving the others.
//!
//! * A request, its headers and its body, must arrive within the header timeout of the moment
//!   the server waits for it: from the connection's start (the TLS handshake included) or from
//!   the end of the previous reply. A connection that sent part of a request by then gets a
//!   JSON 408 `RequestTimeout`; an idle one is closed.
//! * A call whose request body has not all come with its headers waits for it as the
//!   connection waited for the headers: it is not a call in progress, and may be closed to
//!   make room. The routes learn through [`BodyWait`] when a call starts waiting for its body,
//!   and refuse then what the headers alone can refuse (credentials). One client address has
//!   at most [`MAX_BODY_WAITS_PER_PEER`] calls waiting for a body; a call of the same address
//!   that would wait past them is refused at once (429), before its credentials are checked.
//! * At most `max_connections` connections are served at once (bounded by the open-file limit,
//!   which is raised to its hard limit at start). A connection that arrives when all are taken
//!   closes the one that has waited longest for a request (or for its body); when every
//!   connection is in a call, it waits in the listen queue until one ends.
//! * When `accept` fails for want of file descriptors (EMFILE, ENFILE) or memory, the server
//!   closes its longest-idle connection, or pauses (10 ms, doubling to 1 s), instead of trying
//!   again at once.
//! * TCP_NODELAY is set on every connection: without it a small reply over TLS waits ~40 ms
//!   for the client's delayed ACK.
//! * hyper answers some malformed requests itself with an empty body; [`io::Guarded`] gives
//!   those replies the API's `{"error", "message"}` shape.

mod io;
pub mod tls;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use hyper::body::{Body as _, Bytes, Frame, Incoming, SizeHint};
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Notify, OwnedSemaphorePermit, Semaphore};

/// Default time for a request's headers to arrive.
pub(crate) const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
/// Default most connections served at once.
pub(crate) const MAX_CONNECTIONS: usize = 1024;
/// Most calls of one client address waiting for their request's body.
pub(crate) const MAX_BODY_WAITS_PER_PEER: usize = 32;
/// File descriptors kept back from connections, for the database, the outbox and the log.
const RESERVED_FILES: libc::rlim_t = 64;
/// The fewest connections served, whatever the open-file limit.
const MIN_CONNECTIONS: usize = 8;
/// Most header fields hyper parses: a little above the API's own limit, which answers in JSON
/// (see `routes::MAX_HEADERS`).
const HYPER_MAX_HEADERS: usize = 128;
/// Pauses after a failed `accept` when no connection can be closed.
const BACKOFF_FIRST: Duration = Duration::from_millis(10);
const BACKOFF_MAX: Duration = Duration::from_secs(1);
/// Most time one `accept` error waits for the connection closed to free a descriptor.
const EVICTION_WAIT: Duration = Duration::from_millis(200);

/// How connections are served.
#[derive(Clone)]
pub(crate) struct Options {
    pub(crate) header_timeout: Duration,
    pub(crate) max_connections: usize,
    pub(crate) tls: Option<tokio_rustls::TlsAcceptor>,
}

/// Raises the soft open-file limit to the hard limit, and returns how many connections fit
/// under it beside the files the server itself needs.
pub(crate) fn connection_capacity(wanted: usize) -> usize {
    let limit = raise_open_file_limit();
    let fit = limit.map_or(usize::MAX, |l| {
        usize::try_from(l.saturating_sub(RESERVED_FILES)).unwrap_or(usize::MAX)
    });
    wanted.min(fit).max(MIN_CONNECTIONS)
}

/// The soft limit on open files after raising it as far as allowed; None when unlimited.
fn raise_open_file_limit() -> Option<libc::rlim_t> {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read and write the struct passed.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) != 0 {
            return None;
        }
        if lim.rlim_cur < lim.rlim_max {
            let raised = libc::rlimit {
                rlim_cur: lim.rlim_max,
                rlim_max: lim.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                lim = raised;
            }
        }
    }
    (lim.rlim_cur != libc::RLIM_INFINITY).then_some(lim.rlim_cur)
}

/// Serves `app` on `listener` until `stop` resolves, then lets calls in progress finish.
pub(crate) async fn serve(
    listener: TcpListener,
    app: Router,
    options: Options,
    stop: impl std::future::Future<Output = ()>,
) {
    let connections = Arc::new(Connections::new(options.max_connections));
    let (shutdown_tx, shutdown_rx) = watch::channel(false);
    let mut backoff = BACKOFF_FIRST;
    let mut reported = AcceptErrors::default();
    tokio::pin!(stop);
    loop {
        let accepted = tokio::select! {
            () = &mut stop => break,
            accepted = listener.accept() => accepted,
        };
        let (tcp, peer) = match accepted {
            Ok((tcp, peer)) => {
                backoff = BACKOFF_FIRST;
                (tcp, peer)
            }
            // The client gave up before we took its connection: nothing to do.
            Err(e) if is_connection_error(&e) => continue,
            Err(e) => {
                reported.note(&e);
                // Out of descriptors or memory: free some by closing the connection idle
                // longest, else pause, so a full table does not spin this loop.
                match connections.evict_idle() {
                    Some(slot) => {
                        let _ = tokio::time::timeout(EVICTION_WAIT, slot.closed.notified()).await;
                    }
                    None => {
                        tracing::debug!(
                            "cannot accept a connection and none can be closed: pausing {} ms",
                            backoff.as_millis()
                        );
                        tokio::time::sleep(backoff).await;
                        backoff = (backoff * 2).min(BACKOFF_MAX);
                    }
                }
                continue;
            }
        };
        let _ = tcp.set_nodelay(true);
        let permit = match connections.try_admit() {
            Some(permit) => permit,
            None => {
                // Full: make room by closing the connection that has waited longest for a
                // request; when every connection is in a call, wait for one to end.
                if let Some(evicted) = connections.evict_idle() {
                    tracing::debug!(
                        "all {} connections taken: closing connection {}, idle longest",
                        connections.capacity,
                        evicted.id
                    );
                }
                tokio::select! {
                    () = &mut stop => break,
                    permit = connections.admit() => permit,
                }
            }
        };
        let slot = connections.register(peer.ip().to_canonical());
        tracing::trace!("connection {} from {peer} accepted", slot.id);
        tokio::spawn(connection(
            tcp,
            peer,
            permit,
            slot,
            Arc::clone(&connections),
            app.clone(),
            options.clone(),
            shutdown_rx.clone(),
        ));
    }
    drop(listener);
    let _ = shutdown_tx.send(true);
    connections.wait_all().await;
}

/// Errors of one connection that `accept` reports and that say nothing about the server.
fn is_connection_error(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        e.kind(),
        ConnectionAborted | ConnectionReset | ConnectionRefused | Interrupted | WouldBlock
    ) || e.raw_os_error() == Some(libc::EPROTO)
}

/// Logs `accept` errors at most once every ten seconds, with how many were not logged.
#[derive(Default)]
struct AcceptErrors {
    last: Option<Instant>,
    unlogged: u64,
}

impl AcceptErrors {
    fn note(&mut self, e: &std::io::Error) {
        if self
            .last
            .is_some_and(|t| t.elapsed() < Duration::from_secs(10))
        {
            self.unlogged += 1;
            return;
        }
        let more = match self.unlogged {
            0 => String::new(),
            n => format!(" ({n} more since the last report)"),
        };
        tracing::warn!(
            "cannot accept a connection: {e}{more}; closing idle connections and pausing"
        );
        self.last = Some(Instant::now());
        self.unlogged = 0;
    }
}

/// What the handlers may know of the connection a request came on (a request extension).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ConnectionInfo {
    /// The client's address.
    pub(crate) peer: SocketAddr,
    /// The address the client reached.
    pub(crate) local: SocketAddr,
    /// The connection is TLS.
    pub(crate) https: bool,
}

/// One connection from accept to close.
#[allow(clippy::too_many_arguments)]
async fn connection(
    tcp: TcpStream,
    peer: SocketAddr,
    permit: OwnedSemaphorePermit,
    slot: Arc<Slot>,
    connections: Arc<Connections>,
    app: Router,
    options: Options,
    mut shutdown: watch::Receiver<bool>,
) {
    let _done = Done {
        slot: Arc::clone(&slot),
        connections: Arc::clone(&connections),
        _permit: permit,
    };
    let info = ConnectionInfo {
        peer,
        local: tcp.local_addr().unwrap_or(peer),
        https: options.tls.is_some(),
    };
    let Some(stream) = handshake(tcp, &options, &slot, &mut shutdown).await else {
        return;
    };
    let io = io::Guarded::new(stream, Arc::clone(&slot), options.header_timeout);
    let router = TowerToHyperService::new(app);
    let tracked = Arc::clone(&slot);
    let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
        tracked.set_busy();
        tracked
            .unread_body
            .store(!request.body().is_end_stream(), Ordering::Release);
        let mut request = request.map(|body| {
            axum::body::Body::new(Watched {
                inner: body,
                slot: Arc::clone(&tracked),
                connections: Arc::clone(&connections),
            })
        });
        request.extensions_mut().insert(info);
        request
            .extensions_mut()
            .insert(BodyWait(Arc::clone(&tracked)));
        let call = hyper::service::Service::call(&router, request);
        let tracked = Arc::clone(&tracked);
        async move {
            let response = call.await;
            tracked.set_idle();
            response
        }
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .max_headers(HYPER_MAX_HEADERS)
        // The header timeout is kept by `io::Guarded`, which can answer 408.
        .header_read_timeout(None)
        .serve_connection(TokioIo::new(io), service);
    tokio::pin!(conn);
    let mut closing = false;
    loop {
        tokio::select! {
            _ = conn.as_mut() => break,
            () = slot.evict.notified(), if !closing => {
                if slot.is_idle() {
                    return;
                }
                // A call began since it was picked: finish it, then close.
                conn.as_mut().graceful_shutdown();
                closing = true;
            }
            _ = shutdown.changed(), if !closing => {
                conn.as_mut().graceful_shutdown();
                closing = true;
            }
        }
    }
}

/// The connection's stream: plain, or TLS once the handshake is done within the header
/// timeout. None when the handshake fails or times out, or the connection is closed first.
async fn handshake(
    tcp: TcpStream,
    options: &Options,
    slot: &Slot,
    shutdown: &mut watch::Receiver<bool>,
) -> Option<io::Stream> {
    let deadline = tokio::time::Instant::now() + options.header_timeout;
    let Some(acceptor) = &options.tls else {
        return Some(io::Stream::Plain(tcp));
    };
    let handshake = tokio::time::timeout_at(deadline, acceptor.accept(tcp));
    tokio::select! {
        done = handshake => match done {
            Ok(Ok(tls)) => Some(io::Stream::Tls(Box::new(tls))),
            // A failed or unfinished handshake: nothing to answer.
            Ok(Err(e)) => {
                tracing::debug!("connection {}: TLS handshake failed: {e}", slot.id);
                None
            }
            Err(_) => {
                tracing::debug!("connection {}: TLS handshake timed out", slot.id);
                None
            }
        },
        () = slot.evict.notified() => None,
        _ = shutdown.changed() => None,
    }
}

/// What the handlers may know of a call's wait for its request body (a request extension).
#[derive(Clone)]
pub(crate) struct BodyWait(Arc<Slot>);

/// How a call's wait for its body began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Late {
    /// The call waits for its body.
    Waiting,
    /// Its client address has [`MAX_BODY_WAITS_PER_PEER`] calls waiting for a body already:
    /// the call must not wait.
    Refused,
}

impl BodyWait {
    /// Resolves when the call starts waiting for more of its body than came with the headers
    /// (never, when it all came). The body of a call refused that ends in an error too, for
    /// readers that do not ask.
    pub(crate) async fn late(&self) -> Late {
        loop {
            let notified = self.0.late.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.refused() {
                return Late::Refused;
            }
            if self.0.awaits_body() {
                return Late::Waiting;
            }
            notified.await;
        }
    }

    /// The call may not wait for its body (see [`Late::Refused`]).
    pub(crate) fn refused(&self) -> bool {
        self.0.body_refused.load(Ordering::Acquire)
    }
}

/// A request's body, which marks its connection as waiting for the request again while the
/// call waits for more of the body, and as in a call once the body has all come.
struct Watched {
    inner: Incoming,
    slot: Arc<Slot>,
    connections: Arc<Connections>,
}

/// The body a call may not wait for: its client address has too many calls waiting for one.
#[derive(Debug)]
struct TooManyBodyWaits;

impl std::fmt::Display for TooManyBodyWaits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "more than {MAX_BODY_WAITS_PER_PEER} calls from this address wait for a body"
        )
    }
}

impl std::error::Error for TooManyBodyWaits {}

impl hyper::body::Body for Watched {
    type Data = Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::BoxError>>> {
        let this = self.get_mut();
        if this.slot.body_refused.load(Ordering::Acquire) {
            return Poll::Ready(Some(Err(TooManyBodyWaits.into())));
        }
        let Poll::Ready(frame) = Pin::new(&mut this.inner).poll_frame(cx) else {
            if !this.slot.await_body() {
                return Poll::Pending;
            }
            let refused = this.connections.body_waits(this.slot.peer) > MAX_BODY_WAITS_PER_PEER;
            if refused {
                tracing::debug!(
                    "connection {}: {} has {MAX_BODY_WAITS_PER_PEER} calls waiting for a body \
                     already; refusing one more",
                    this.slot.id,
                    this.slot.peer
                );
                // The call answers at once instead.
                this.slot.body_arrived();
                this.slot.body_refused.store(true, Ordering::Release);
            }
            this.slot.late.notify_waiters();
            return if refused {
                Poll::Ready(Some(Err(TooManyBodyWaits.into())))
            } else {
                Poll::Pending
            };
        };
        let complete = match &frame {
            None => true,
            Some(Ok(_)) => this.inner.is_end_stream(),
            Some(Err(_)) => false,
        };
        if complete {
            this.slot.body_arrived();
            this.slot.unread_body.store(false, Ordering::Release);
        }
        Poll::Ready(frame.map(|f| f.map_err(Into::into)))
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Removes a connection from the table when its task ends, however it ends.
struct Done {
    slot: Arc<Slot>,
    connections: Arc<Connections>,
    _permit: OwnedSemaphorePermit,
}

impl Drop for Done {
    fn drop(&mut self) {
        tracing::trace!("connection {} closed", self.slot.id);
        self.connections.remove(self.slot.id);
        self.slot.closed.notify_one();
    }
}

/// What the server knows of one connection.
pub(crate) struct Slot {
    id: u64,
    /// The client's address.
    peer: IpAddr,
    /// When it began waiting for a request, in milliseconds since the table was made;
    /// `BUSY` while a call runs.
    idle_since: AtomicU64,
    /// When it began waiting for the request of the call in progress.
    request_since: AtomicU64,
    /// The call waits for more of its request's body: the connection is waiting for the
    /// request again, since `request_since`.
    body: AtomicBool,
    /// The call would have waited for its body past the limit of its client address.
    body_refused: AtomicBool,
    /// Told when the call starts waiting for its body, or is refused that.
    late: Notify,
    /// The last request's body was not read to its end (the call answered without it).
    unread_body: AtomicBool,
    epoch: Instant,
    /// Chosen to be closed.
    evicted: AtomicBool,
    evict: Notify,
    closed: Notify,
}

const BUSY: u64 = u64::MAX;

impl Slot {
    fn now(&self) -> u64 {
        self.epoch.elapsed().as_millis() as u64
    }

    /// A request's headers came: a call begins.
    fn set_busy(&self) {
        self.body.store(false, Ordering::Release);
        self.body_refused.store(false, Ordering::Release);
        let since = self.idle_since.swap(BUSY, Ordering::AcqRel);
        if since != BUSY {
            self.request_since.store(since, Ordering::Release);
        }
    }

    fn set_idle(&self) {
        self.body.store(false, Ordering::Release);
        self.idle_since.store(self.now(), Ordering::Release);
    }

    /// The call waits for more of the body: the connection waits for its request again, as
    /// it did before the headers came. True when it was not waiting already.
    fn await_body(&self) -> bool {
        if self.body.swap(true, Ordering::AcqRel) {
            return false;
        }
        let since = self.request_since.load(Ordering::Acquire);
        self.idle_since.store(since, Ordering::Release);
        true
    }

    /// The body awaited has all come: the call is in progress.
    fn body_arrived(&self) {
        if self.body.swap(false, Ordering::AcqRel) {
            self.idle_since.store(BUSY, Ordering::Release);
        }
    }

    /// Waiting for the body of a request whose headers came.
    pub(crate) fn awaits_body(&self) -> bool {
        self.body.load(Ordering::Acquire)
    }

    /// The last request's body was not read to its end: the client may still be sending it.
    pub(crate) fn left_body_unread(&self) -> bool {
        self.unread_body.load(Ordering::Acquire)
    }

    pub(crate) fn is_idle(&self) -> bool {
        self.idle_since.load(Ordering::Acquire) != BUSY
    }

    /// When the connection began waiting for a request, if it is waiting.
    pub(crate) fn waiting_since(&self) -> Option<Instant> {
        match self.idle_since.load(Ordering::Acquire) {
            BUSY => None,
            ms => Some(self.epoch + Duration::from_millis(ms)),
        }
    }
}

/// The connections being served, and the permits that bound how many.
struct Connections {
    permits: Arc<Semaphore>,
    capacity: usize,
    slots: Mutex<HashMap<u64, Arc<Slot>>>,
    next_id: AtomicU64,
    epoch: Instant,
}

impl Connections {
    fn new(capacity: usize) -> Connections {
        Connections {
            permits: Arc::new(Semaphore::new(capacity)),
            capacity,
            slots: Mutex::new(HashMap::new()),
            next_id: AtomicU64::new(0),
            epoch: Instant::now(),
        }
    }

    fn try_admit(&self) -> Option<OwnedSemaphorePermit> {
        Arc::clone(&self.permits).try_acquire_owned().ok()
    }

    async fn admit(&self) -> OwnedSemaphorePermit {
        Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .expect("the connection semaphore is never closed")
    }

    /// A new connection, waiting for its first request from now.
    fn register(&self, peer: IpAddr) -> Arc<Slot> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let slot = Arc::new(Slot {
            id,
            peer,
            idle_since: AtomicU64::new(self.epoch.elapsed().as_millis() as u64),
            request_since: AtomicU64::new(0),
            body: AtomicBool::new(false),
            body_refused: AtomicBool::new(false),
            late: Notify::new(),
            unread_body: AtomicBool::new(false),
            epoch: self.epoch,
            evicted: AtomicBool::new(false),
            evict: Notify::new(),
            closed: Notify::new(),
        });
        self.slots
            .lock()
            .expect("the connection table")
            .insert(id, Arc::clone(&slot));
        slot
    }

    fn remove(&self, id: u64) {
        self.slots.lock().expect("the connection table").remove(&id);
    }

    /// Asks the connection that has waited longest for a request to close; returns it.
    fn evict_idle(&self) -> Option<Arc<Slot>> {
        let slots = self.slots.lock().expect("the connection table");
        let oldest = slots
            .values()
            .filter(|s| !s.evicted.load(Ordering::Relaxed))
            .filter_map(|s| match s.idle_since.load(Ordering::Acquire) {
                BUSY => None,
                since => Some((since, s)),
            })
            .min_by_key(|(since, _)| *since)
            .map(|(_, s)| Arc::clone(s))?;
        oldest.evicted.store(true, Ordering::Relaxed);
        oldest.evict.notify_one();
        Some(oldest)
    }

    /// How many calls of `peer` wait for their body.
    fn body_waits(&self, peer: IpAddr) -> usize {
        let slots = self.slots.lock().expect("the connection table");
        slots
            .values()
            .filter(|s| s.peer == peer && s.awaits_body() && !s.evicted.load(Ordering::Relaxed))
            .count()
    }

    /// Waits until every connection has ended.
    async fn wait_all(&self) {
        let all = u32::try_from(self.capacity).unwrap_or(u32::MAX);
        let _ = self.permits.acquire_many(all).await;
    }
}
