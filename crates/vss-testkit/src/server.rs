//! The bundled server in-process, on its own thread, in a temporary data folder, with a clock
//! the test can move.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use tempfile::TempDir;
use vss_mock_server::for_tests::{hash_password, AccountRow, Store};
use vss_mock_server::{Clock, Config, Handle, NewUser, Role, Tls};
use vss_redacted::Secret;

use crate::outbox::Outbox;
use crate::PASSWORD;

/// An account `name` (e-mail `name@example.com`, phone +14165550100, domain `default`, role
/// `user`, password [`PASSWORD`]); change fields with `NewUser { .., ..user(name) }`.
pub fn user(name: &str) -> NewUser {
    NewUser {
        username: name.into(),
        email: format!("{name}@example.com"),
        phone: Some("+14165550100".into()),
        domain: "default".into(),
        role: Role::User,
        password: Secret::from(PASSWORD),
    }
}

/// A running server and its data. Dropping it stops the server and removes the data.
pub struct TestServer {
    dir: TempDir,
    handle: Option<Handle>,
    clock: Clock,
    http: crate::http::Client,
    /// HTTPS with a certificate authority made at start, whose certificate is here.
    ca: Option<PathBuf>,
}

impl TestServer {
    /// A server with no accounts, on the system clock.
    pub fn start() -> TestServer {
        TestServer::start_with(|_| {})
    }

    /// The same, after `tune` changed its configuration.
    pub fn start_with(tune: impl FnOnce(&mut Config)) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config::in_dir(dir.path());
        tune(&mut config);
        let clock = Clock::system();
        let ca = match &config.tls {
            Some(Tls::SelfSigned { ca_out }) => Some(ca_out.clone()),
            _ => None,
        };
        let handle = vss_mock_server::start(config, clock.clone()).unwrap();
        TestServer {
            dir,
            handle: Some(handle),
            clock,
            http: crate::http::Client::new(ca.as_deref()),
            ca,
        }
    }

    /// A server with no accounts serving HTTPS with a certificate authority it made at start,
    /// whose certificate is at [`TestServer::ca`].
    pub fn start_https() -> TestServer {
        TestServer::start_https_with(|_| {})
    }

    /// The same, after `tune` changed its configuration.
    pub fn start_https_with(tune: impl FnOnce(&mut Config)) -> TestServer {
        TestServer::start_with(|config| {
            let ca_out = config.db.with_file_name("ca.pem");
            config.tls = Some(Tls::SelfSigned { ca_out });
            tune(config);
        })
    }

    /// The certificate of the authority that signed the server's certificate, with HTTPS.
    pub fn ca(&self) -> Option<&Path> {
        self.ca.as_deref()
    }

    /// A server on a copy of the data folder `data` (its database, key file and outbox).
    pub fn start_on_copy_of(data: &Path) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        for entry in std::fs::read_dir(data).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_file() {
                std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
            }
        }
        let clock = Clock::system();
        let handle = vss_mock_server::start(Config::in_dir(dir.path()), clock.clone()).unwrap();
        TestServer {
            dir,
            handle: Some(handle),
            clock,
            http: crate::http::Client::new(None),
            ca: None,
        }
    }

    /// A server with the given accounts, added before it starts.
    pub fn with_users(users: impl IntoIterator<Item = NewUser>) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::in_dir(dir.path());
        for user in users {
            vss_mock_server::add_user(&config.db, user).unwrap();
        }
        let clock = Clock::system();
        let handle = vss_mock_server::start(config, clock.clone()).unwrap();
        TestServer {
            dir,
            handle: Some(handle),
            clock,
            http: crate::http::Client::new(None),
            ca: None,
        }
    }

    /// Stops the server and starts it again on the same data and clock (a new port; with
    /// HTTPS, a new certificate authority at the same path).
    pub fn restart(&mut self) {
        self.handle.take().unwrap().shutdown();
        let mut config = Config::in_dir(self.dir.path());
        config.tls = self.ca.clone().map(|ca_out| Tls::SelfSigned { ca_out });
        self.handle = Some(vss_mock_server::start(config, self.clock.clone()).unwrap());
        // A new authority signed the new certificate.
        self.http = crate::http::Client::new(self.ca.as_deref());
    }

    /// Stops the server and hands over its data folder (database, key file, outbox), for the
    /// server binary to go on from where this one stopped.
    pub fn into_data(mut self) -> TempDir {
        self.handle.take().unwrap().shutdown();
        let (placeholder, dir) = (tempfile::tempdir().unwrap(), &mut self.dir);
        std::mem::replace(dir, placeholder)
    }

    /// Base URL, like `http://127.0.0.1:40123`.
    pub fn url(&self) -> String {
        self.handle.as_ref().unwrap().url()
    }

    /// Base URL of the VPN gateway's own listener, for a server started with
    /// [`Config::vpn_listen`] (the API's [`TestServer::url`] serves the gateway's calls too).
    pub fn vpn_url(&self) -> Option<String> {
        self.handle.as_ref().unwrap().vpn_url()
    }

    /// The data folder.
    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    /// The database.
    pub fn db(&self) -> PathBuf {
        Config::in_dir(self.dir.path()).db
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Moves the server clock to the next TOTP time step (so a new code is due), past the
    /// least time between two sent codes.
    pub fn next_step(&self) {
        self.clock.advance(30);
    }

    /// Moves the server clock forward to the middle of a TOTP time step (15 s into it), so
    /// that the codes of this step and of its neighbours are what they are for the next 15 s
    /// however busy the machine: a test computing a code for `now - 30` or `now + 30` is then
    /// not on the edge of the window the server accepts.
    pub fn to_middle_of_step(&self) {
        let into = self.clock.unix().rem_euclid(30);
        self.clock.advance((15 - into).rem_euclid(30));
    }

    /// The code an authenticator holding `key` shows now, by the server's clock.
    pub fn code(&self, key: &str) -> String {
        crate::totp_at(key, self.clock.unix())
    }

    pub fn outbox(&self) -> Outbox {
        Outbox::new(&self.handle.as_ref().unwrap().outbox)
    }

    pub(crate) fn http(&self) -> &crate::http::Client {
        &self.http
    }

    /// Adds an account, as `vss-mock-server user add` does.
    pub fn add_user(&self, user: NewUser) {
        vss_mock_server::add_user(&self.db(), user).unwrap();
    }

    /// Adds accounts `(name, domain, role)` at once, as an administrator's import would (one
    /// transaction, one password hash computed once), each with the e-mail `name@example.com`
    /// and the password [`PASSWORD`].
    pub fn add_users<S: AsRef<str>>(&self, accounts: &[(S, S, Role)]) {
        add_users(&self.db(), accounts);
    }
}

/// Adds accounts `(name, domain, role)` to the database at `db` in one transaction, with one
/// password hash computed once: each has the e-mail `name@example.com` and the password
/// [`PASSWORD`].
pub fn add_users<S: AsRef<str>>(db: &Path, accounts: &[(S, S, Role)]) {
    {
        static HASH: OnceLock<String> = OnceLock::new();
        let hash = HASH.get_or_init(|| hash_password(&Secret::from(PASSWORD)).unwrap());
        let store = Store::open(db).unwrap();
        let emails: Vec<String> = accounts
            .iter()
            .map(|(n, _, _)| format!("{}@example.com", n.as_ref()))
            .collect();
        let rows: Vec<AccountRow<'_>> = accounts
            .iter()
            .zip(&emails)
            .map(|((name, domain, role), email)| AccountRow {
                username: name.as_ref(),
                email,
                phone: None,
                domain: domain.as_ref(),
                role: *role,
                password_hash: hash,
            })
            .collect();
        assert!(store.insert_accounts(&rows, chrono::Utc::now()).unwrap());
    }
}
