//! `vss-mock-server`: a self-contained implementation of the VSS API (DESIGN §2) with real
//! TOTP, argon2id passwords, hashed recovery codes, SQLite storage and a file outbox.
//!
//! Layers: `routes` (HTTP) → `service` (rules) → `store` (SQLite) and `courier` (outbox),
//! all private. [`start`] runs the server on its own thread, for tests and for the binary;
//! [`add_user`] adds an account. The tests and the fuzz targets reach a little more, each
//! through a module that names what: `for_tests` and `fuzzing`.

mod account;
mod cli;
mod clock;
mod courier;
mod error;
mod folders;
mod generation;
mod keys;
mod policy;
mod routes;
mod service;
mod store;
mod transport;

use std::io::BufRead;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

use anyhow::Context as _;

pub use account::{NewUser, Role};
pub use clock::Clock;
pub use transport::tls::Tls;

use vss_redacted::Secret;

/// What the tests reach beyond starting the server: the generator of its completion scripts
/// and man page (compared with the committed ones), its keys (to check what the database keeps
/// of each secret), and a database's accounts, read (to check what it holds) and added many at
/// once with one password hash.
#[doc(hidden)]
pub mod for_tests {
    /// `vss-mock-server` as the completion and man page generator sees it.
    pub use crate::generation::PROGRAM as GENERATOR;
    pub use crate::keys::Keys;
    pub use crate::service::hash_password;
    pub use crate::store::{AccountRow, Store};
}

/// What the fuzz targets reach: the parsing of request bodies (with the messages that name the
/// field at fault) and of the `Authorization: Basic` header, as the routes do it.
#[doc(hidden)]
pub mod fuzzing {
    pub use crate::routes::{parse_basic, parse_json};
}

/// Where the server listens and keeps its data.
#[derive(Debug, Clone)]
pub struct Config {
    pub(crate) listen: SocketAddr,
    pub db: PathBuf,
    pub(crate) outbox: PathBuf,
    /// Issuer shown in authenticator apps.
    pub(crate) issuer: String,
    /// Longest a call may take, reading its body included; then 503 `Timeout`.
    pub request_timeout: std::time::Duration,
    /// Whole replies, or only the fields the Python client reads.
    pub replies: Replies,
    /// Longest wait for a request, its headers and its body (and a TLS handshake); then 408
    /// or close.
    pub header_timeout: std::time::Duration,
    /// Most connections served at once (fewer when the open-file limit is lower).
    pub max_connections: usize,
    /// HTTPS instead of HTTP.
    pub tls: Option<Tls>,
    /// Also serve the VPN gateway's calls alone on this address, as a host of their own (they
    /// are served on `listen` too).
    pub vpn_listen: Option<SocketAddr>,
}

/// How much a successful reply carries.
///
/// `Minimal` keeps only what the Python client reads (as a terser implementation of the API
/// may answer), to check that clients need no more: `POST /tf/enable` → `recovery_codes`
/// (when there are any, with `issuer`), and `uri`, `key`, `image` for AUTHENTICATOR;
/// `POST /auth/request-token` → `token`; `GET /v2/user` → `data.totp` with `enabled`,
/// `method`, `enabled_on`, `disabled_on`; `POST /tf/recovery-codes` → `recovery_codes` and
/// `issuer`; the other `/tf/` calls → `message` and `type`. Errors and administrator calls
/// are unchanged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Replies {
    /// Every field this server has
    #[default]
    Full,
    /// Only the fields the Python client reads
    Minimal,
}

impl Config {
    /// Everything under `dir`, listening on a free port of 127.0.0.1.
    pub fn in_dir(dir: &Path) -> Config {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            db: dir.join("vss.db"),
            outbox: dir.join("outbox"),
            issuer: "VSS".into(),
            request_timeout: routes::REQUEST_TIMEOUT,
            replies: Replies::Full,
            header_timeout: transport::HEADER_TIMEOUT,
            max_connections: transport::MAX_CONNECTIONS,
            tls: None,
            vpn_listen: None,
        }
    }
}

/// A running server. Dropping it (or [`Handle::shutdown`]) stops it gracefully and waits.
pub struct Handle {
    addr: SocketAddr,
    /// Where the VPN gateway's own listener is, with `Config::vpn_listen`.
    vpn_addr: Option<SocketAddr>,
    https: bool,
    /// Connections served at once, at most.
    pub(crate) max_connections: usize,
    pub outbox: PathBuf,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Handle {
    /// Base URL, like `http://127.0.0.1:8787` (`https://` with TLS).
    pub fn url(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// Base URL of the VPN gateway's own listener, with `Config::vpn_listen` (the API's
    /// [`Handle::url`] serves the gateway's calls too).
    pub fn vpn_url(&self) -> Option<String> {
        let scheme = if self.https { "https" } else { "http" };
        self.vpn_addr.map(|addr| format!("{scheme}://{addr}"))
    }

    /// Stops accepting connections, lets calls in progress finish, and waits.
    pub fn shutdown(mut self) {
        self.stop_and_wait();
    }

    fn stop_and_wait(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.stop_and_wait();
    }
}

/// Opens the database and outbox, binds `config.listen`, and serves on a new thread with its
/// own tokio runtime. Returns once the socket is listening.
pub fn start(config: Config, clock: Clock) -> anyhow::Result<Handle> {
    let service = open_service(&config, clock)?;
    let tls = match &config.tls {
        Some(tls) => Some(transport::tls::acceptor(tls, config.listen.ip())?),
        None => None,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("vss-mock-server")
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let (listener, vpn_listener) = bind(&runtime, &config)?;
    let addr = listener.local_addr()?;
    let vpn_addr = vpn_listener
        .as_ref()
        .map(tokio::net::TcpListener::local_addr)
        .transpose()?;
    let options = transport::Options {
        header_timeout: config.header_timeout,
        max_connections: transport::connection_capacity(config.max_connections),
        tls,
    };
    let max_connections = options.max_connections;
    let https = options.tls.is_some();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let gateway = vpn_listener.map(|listener| {
        let app = routes::gateway_router(service.clone(), config.request_timeout, config.replies);
        let options = transport::Options {
            header_timeout: options.header_timeout,
            max_connections: options.max_connections,
            tls: options.tls.clone(),
        };
        (listener, app, options)
    });
    let app = routes::router_with(service, config.request_timeout, config.replies);
    let thread = serve_on_thread(runtime, (listener, app, options), gateway, stop_rx)?;
    Ok(Handle {
        addr,
        vpn_addr,
        https,
        max_connections,
        outbox: config.outbox,
        stop: Some(stop_tx),
        thread: Some(thread),
    })
}

/// The service over the database, keys and outbox `config` names.
fn open_service(config: &Config, clock: Clock) -> anyhow::Result<Arc<service::Service>> {
    let store = store::Store::open(&config.db)?;
    let keys = keys::Keys::load_or_create(&config.db)?;
    let courier = courier::Courier::new(&config.outbox)?;
    Ok(Arc::new(service::Service::new(
        store,
        courier,
        clock,
        keys,
        config.issuer.clone(),
    )))
}

/// Binds `config.listen`, and `config.vpn_listen` for the VPN gateway if given, in `runtime`.
fn bind(
    runtime: &tokio::runtime::Runtime,
    config: &Config,
) -> anyhow::Result<(tokio::net::TcpListener, Option<tokio::net::TcpListener>)> {
    let _runtime = runtime.enter();
    let listener =
        listen(config.listen).with_context(|| format!("cannot listen on {}", config.listen))?;
    let vpn_listener = match config.vpn_listen {
        Some(vpn_listen) => Some(listen(vpn_listen).with_context(|| {
            format!("cannot listen on {vpn_listen} (the VPN gateway's --vpn-listen)")
        })?),
        None => None,
    };
    Ok((listener, vpn_listener))
}

/// A listener with the router it serves and how.
type Served = (tokio::net::TcpListener, axum::Router, transport::Options);

/// Serves `api`, and the VPN gateway's own listener if any, on a new thread that runs
/// `runtime` until `stop` is sent (or dropped).
fn serve_on_thread(
    runtime: tokio::runtime::Runtime,
    api: Served,
    gateway: Option<Served>,
    stop: tokio::sync::oneshot::Receiver<()>,
) -> anyhow::Result<JoinHandle<()>> {
    std::thread::Builder::new()
        .name("vss-mock-server".into())
        .spawn(move || {
            runtime.block_on(async move {
                // One stop for both listeners.
                let (stopped_tx, stopped_rx) = tokio::sync::watch::channel(false);
                let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
                    let _ = rx.wait_for(|stopped| *stopped).await;
                };
                let (listener, app, options) = api;
                let api = transport::serve(listener, app, options, stopped(stopped_rx.clone()));
                let gateway = async move {
                    if let Some((listener, app, options)) = gateway {
                        transport::serve(listener, app, options, stopped(stopped_rx)).await;
                    }
                };
                let stop = async move {
                    let _ = stop.await;
                    let _ = stopped_tx.send(true);
                };
                tokio::join!(api, gateway, stop);
            });
        })
        .context("cannot start the server thread")
}

/// A listening socket on `addr` with a long queue: connections wait there while every
/// connection slot is in a call.
fn listen(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = match addr {
        SocketAddr::V4(_) => tokio::net::TcpSocket::new_v4()?,
        SocketAddr::V6(_) => tokio::net::TcpSocket::new_v6()?,
    };
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(1024)
}

/// Adds an account to the database at `db` (as `vss-mock-server user add` does).
pub fn add_user(db: &Path, user: NewUser) -> anyhow::Result<()> {
    let store = store::Store::open(db)?;
    service::add_account(&store, &user, chrono::Utc::now())
}

/// Sets or clears "require MFA" on an account of the database at `db`.
pub(crate) fn set_require_mfa(db: &Path, username: &str, required: bool) -> anyhow::Result<()> {
    let store = store::Store::open(db)?;
    let account = store
        .account(username)?
        .with_context(|| format!("no account named {username:?}"))?;
    store.set_require_mfa(account.id, required)
}

/// The data folder: `--data-dir`/`VSS_MOCK_DATA_DIR`, else the XDG data home.
#[expect(
    clippy::disallowed_methods,
    reason = "the server's command line: it speaks through its own standard streams and environment"
)]
fn data_dir(args: &cli::DataArgs) -> anyhow::Result<PathBuf> {
    if let Some(dir) = &args.data_dir {
        return Ok(dir.clone());
    }
    if let Some(xdg) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(xdg).join("vss-mock-server"));
    }
    let home = std::env::var_os("HOME")
        .filter(|v| !v.is_empty())
        .context("cannot find a data folder: HOME is not set; pass --data-dir DIR")?;
    Ok(PathBuf::from(home).join(".local/share/vss-mock-server"))
}

fn db_path(args: &cli::DataArgs) -> anyhow::Result<PathBuf> {
    match &args.db {
        Some(db) => Ok(db.clone()),
        None => Ok(data_dir(args)?.join("vss.db")),
    }
}

/// Demo account created by `--demo`.
pub(crate) const DEMO_USER: &str = "demo";
pub(crate) const DEMO_PASSWORD: &str = "demo-password";

/// Runs the parsed command line: the server, or a `user` command.
/// The `vss-mock-server` program: parses the command line, runs it, reports a failure.
#[expect(
    clippy::disallowed_macros,
    reason = "the server's command line: it speaks through its own standard streams and environment"
)]
pub fn main() -> std::process::ExitCode {
    let result = match generation::parse() {
        generation::Invocation::Run(cli) => run(*cli),
        generation::Invocation::Generate(what, dir) => generation::PROGRAM
            .write(what, &dir)
            .map(|n| eprintln!("wrote {n} files under {}", dir.display()))
            .with_context(|| format!("cannot write into {}", dir.display())),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vss-mock-server: error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run(cli: cli::Cli) -> anyhow::Result<()> {
    match cli.command {
        Some(cli::Command::User(cli::UserCommand::Add(args))) => {
            user_add(&db_path(&cli.data)?, args)
        }
        Some(cli::Command::User(cli::UserCommand::Ls)) => user_ls(&db_path(&cli.data)?),
        None => serve(cli),
    }
}

#[expect(
    clippy::disallowed_macros,
    clippy::disallowed_methods,
    reason = "the server's command line: it speaks through its own standard streams and environment"
)]
fn user_add(db: &Path, args: cli::UserAddArgs) -> anyhow::Result<()> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the password from stdin")?;
    let password = Secret::new(line.trim_end_matches(['\r', '\n']));
    anyhow::ensure!(
        !password.is_empty(),
        "the password is empty; write it as one line on stdin, e.g. \
         `printf '%s\\n' \"$PASS\" | vss-mock-server user add NAME --email E --password-stdin`"
    );
    let username = args.username.clone();
    add_user(
        db,
        NewUser {
            username: args.username,
            email: args.email,
            phone: args.phone,
            domain: args.domain,
            role: args.role,
            password,
        },
    )?;
    if args.require_mfa {
        set_require_mfa(db, &username, true)?;
    }
    eprintln!("Added account {username} to {}", db.display());
    Ok(())
}

#[expect(
    clippy::disallowed_macros,
    reason = "the server's command line: it speaks through its own standard streams and environment"
)]
fn user_ls(db: &Path) -> anyhow::Result<()> {
    let store = store::Store::open(db)?;
    let accounts = store.accounts()?;
    let rows: Vec<[String; 6]> = accounts
        .iter()
        .map(|a| {
            [
                a.username.clone(),
                a.domain.clone(),
                a.email.clone(),
                a.role.as_str().to_owned(),
                a.mfa_state.as_str().to_owned(),
                a.mfa_method.map_or("-", |m| m.as_str()).to_owned(),
            ]
        })
        .collect();
    let header = ["USERNAME", "DOMAIN", "EMAIL", "ROLE", "MFA", "METHOD"].map(String::from);
    let mut widths = header.clone().map(|h| h.len());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(&header).chain(&rows) {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, w)| format!("{cell:<w$}"))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    print!("{out}");
    Ok(())
}

#[expect(
    clippy::disallowed_methods,
    reason = "the server's command line: it speaks through its own standard streams and environment"
)]
fn init_logging(verbose: bool) {
    use tracing_subscriber::EnvFilter;
    let default = if verbose {
        "vss=debug,tower_http=debug,info"
    } else {
        "info"
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let colour = std::io::IsTerminal::is_terminal(&std::io::stderr())
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(colour)
        .with_target(false)
        .try_init();
}

#[expect(
    clippy::disallowed_macros,
    reason = "the server's command line: it speaks through its own standard streams and environment"
)]
fn serve(cli: cli::Cli) -> anyhow::Result<()> {
    init_logging(cli.verbose);
    let data = data_dir(&cli.data)?;
    let db = cli.data.db.clone().unwrap_or_else(|| data.join("vss.db"));
    let outbox = cli.outbox.clone().unwrap_or_else(|| data.join("outbox"));
    folders::create_private(&data)
        .with_context(|| format!("cannot create the data folder {}", data.display()))?;
    if cli.demo {
        let demo = NewUser {
            username: DEMO_USER.into(),
            email: "demo@example.com".into(),
            phone: Some("+14165550100".into()),
            domain: "default".into(),
            role: Role::User,
            password: Secret::new(DEMO_PASSWORD),
        };
        let store = store::Store::open(&db)?;
        if store.account(DEMO_USER)?.is_none() {
            service::add_account(&store, &demo, chrono::Utc::now())?;
            eprintln!("vss-mock-server: created the demo account");
        }
    }
    let config = Config {
        listen: cli.listen,
        db,
        outbox,
        issuer: cli.issuer,
        request_timeout: std::time::Duration::from_secs(cli.request_timeout.max(1)),
        replies: cli.replies,
        header_timeout: std::time::Duration::from_secs(cli.header_timeout.max(1)),
        max_connections: cli.max_connections,
        tls: match (cli.tls_cert, cli.tls_key, cli.tls_self_signed) {
            (Some(cert), Some(key), _) => Some(Tls::Files { cert, key }),
            (_, _, Some(ca_out)) => Some(Tls::SelfSigned { ca_out }),
            _ => None,
        },
        vpn_listen: cli.vpn_listen,
    };
    let ca_out = match &config.tls {
        Some(Tls::SelfSigned { ca_out }) => Some(ca_out.clone()),
        _ => None,
    };
    let signals = Signals::new().context("cannot set up the handling of Ctrl-C and SIGTERM")?;
    let handle = start(config, Clock::system())?;
    eprintln!("vss-mock-server: data directory: {}", data.display());
    eprintln!(
        "vss-mock-server: serving at most {} connections at once",
        handle.max_connections
    );
    if let Some(ca_out) = ca_out {
        eprintln!(
            "vss-mock-server: certificate authority (trust it with vss-cli --ca-bundle): {}",
            ca_out.display()
        );
    }
    eprintln!("vss-mock-server: listening on {}", handle.url());
    if let Some(vpn_url) = handle.vpn_url() {
        eprintln!(
            "vss-mock-server: VPN gateway listening on {vpn_url} (vss-cli --vpn-server {vpn_url}; \
             the API's listener serves its calls too)"
        );
    }
    eprintln!("vss-mock-server: outbox: {}", handle.outbox.display());
    if cli.replies == Replies::Minimal {
        eprintln!("vss-mock-server: replies carry only the fields the Python client reads");
    }
    if cli.demo {
        eprintln!(
            "vss-mock-server: demo account: VSS_ENDPOINT={} VSS_USER={DEMO_USER} VSS_USER_PASS={DEMO_PASSWORD}",
            handle.url()
        );
    }
    signals.wait();
    eprintln!("vss-mock-server: stopping");
    handle.shutdown();
    Ok(())
}

/// Ctrl-C and SIGTERM, heard from before the server starts: once it serves, running out of
/// file descriptors cannot keep it from hearing them (nor make it exit for want of one).
struct Signals {
    runtime: tokio::runtime::Runtime,
    interrupt: tokio::signal::unix::Signal,
    terminate: tokio::signal::unix::Signal,
}

impl Signals {
    fn new() -> anyhow::Result<Signals> {
        use tokio::signal::unix::{signal, SignalKind};
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (interrupt, terminate) = {
            let _runtime = runtime.enter();
            (
                signal(SignalKind::interrupt())?,
                signal(SignalKind::terminate())?,
            )
        };
        Ok(Signals {
            runtime,
            interrupt,
            terminate,
        })
    }

    /// Blocks until one of them comes.
    fn wait(mut self) {
        self.runtime.block_on(async {
            tokio::select! {
                _ = self.interrupt.recv() => {}
                _ = self.terminate.recv() => {}
            }
        });
    }
}
