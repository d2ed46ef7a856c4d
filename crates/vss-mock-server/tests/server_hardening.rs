//! The server as an attacker and a careful auditor see it: codes never accepted twice, locks
//! after repeated failures (kept across a restart), limits on sent codes, notices, a copy of
//! the database that reveals no usable secret, size and time limits, and concurrent calls on
//! one account that leave one consistent enrolment.
//!
//! Time moves with the server's clock (`clock.advance`), never by sleeping; the one exception
//! is the request time limit, which is real time (1 s).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::time::Duration;

use reqwest::blocking::Client;
use serde_json::{json, Value};
use vss_mock_server::{self as server, Clock, Config, Handle, NewUser, Role};
use vss_wire::otp;
use vss_wire::Secret;

const PASSWORD: &str = "correct horse battery staple";
const OTP_INVALID: &str = "InvalidParameterValue: otp is invalid or expired";

struct Server {
    dir: tempfile::TempDir,
    handle: Option<Handle>,
    clock: Clock,
    http: Client,
}

struct Reply {
    status: u16,
    body: Value,
    retry_after: Option<i64>,
}

impl Reply {
    #[track_caller]
    fn ok(self) -> Value {
        assert_eq!(self.status, 200, "{}", self.body);
        self.body
    }

    #[track_caller]
    fn refused(&self, status: u16, message: &str) {
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(self.body["message"], message, "{}", self.body);
    }

    /// A 429 `TooManyAttempts`; returns its `Retry-After` seconds.
    #[track_caller]
    fn locked(&self) -> i64 {
        assert_eq!(self.status, 429, "{}", self.body);
        assert_eq!(self.body["error"], "TooManyAttempts", "{}", self.body);
        let message = self.body["message"].as_str().unwrap();
        assert!(
            message.starts_with("Too many failed attempts in a row")
                && message.contains("; try again after "),
            "{message}"
        );
        self.retry_after.expect("Retry-After")
    }
}

fn user(name: &str) -> NewUser {
    NewUser {
        username: name.into(),
        email: format!("{name}@example.com"),
        phone: Some("+14165550100".into()),
        domain: "default".into(),
        role: Role::User,
        password: Secret::new(PASSWORD),
    }
}

impl Server {
    fn start() -> Server {
        Server::start_with(|_| {})
    }

    fn start_with(tune: impl FnOnce(&mut Config)) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config::in_dir(dir.path());
        tune(&mut config);
        for name in ["jm", "ann"] {
            server::add_user(&config.db, user(name)).unwrap();
        }
        let clock = Clock::system();
        let handle = server::start(config, clock.clone()).unwrap();
        Server {
            dir,
            handle: Some(handle),
            clock,
            http: Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .unwrap(),
        }
    }

    fn restart(&mut self) {
        self.handle.take().unwrap().shutdown();
        self.handle =
            Some(server::start(Config::in_dir(self.dir.path()), self.clock.clone()).unwrap());
    }

    fn db(&self) -> PathBuf {
        Config::in_dir(self.dir.path()).db
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.handle.as_ref().unwrap().url())
    }

    fn post_as(&self, user: &str, password: &str, path: &str, body: Option<Value>) -> Reply {
        let mut request = self
            .http
            .post(self.url(path))
            .basic_auth(user, Some(password));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().unwrap();
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .map(|v| v.to_str().unwrap().parse().unwrap());
        let body = response.json().unwrap();
        Reply {
            status,
            body,
            retry_after,
        }
    }

    fn post(&self, user: &str, path: &str, body: Option<Value>) -> Reply {
        self.post_as(user, PASSWORD, path, body)
    }

    fn login(&self, user: &str, otp: &str) -> Reply {
        self.post(user, "/auth/request-token", Some(json!({ "otp": otp })))
    }

    fn code(&self, key: &str) -> String {
        let secret = otp::from_base32(key).unwrap();
        otp::code_at(&secret, self.clock.unix() as u64).unwrap()
    }

    fn next_step(&self) {
        self.clock.advance(30);
    }

    /// Enrols `user` with AUTHENTICATOR and verifies it; returns the key and recovery codes.
    fn enrol(&self, user: &str) -> (String, Vec<String>) {
        let reply = self
            .post(user, "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
            .ok();
        let key = reply["key"].as_str().unwrap().to_owned();
        let codes = strings(&reply["recovery_codes"]);
        self.post(user, "/tf/verify", Some(json!({"otp": self.code(&key)})))
            .ok();
        self.next_step();
        (key, codes)
    }

    /// The e-mails sent to `user`, oldest first.
    fn mails_to(&self, user: &str) -> Vec<String> {
        let dir = self.handle.as_ref().unwrap().outbox.join("mail");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        paths.sort();
        let to = format!("To: <{user}@example.com>");
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .filter(|m| m.contains(&to))
            .collect()
    }

    fn mails_about(&self, user: &str, subject: &str) -> Vec<String> {
        let subject = format!("Subject: {subject}");
        self.mails_to(user)
            .into_iter()
            .filter(|m| m.contains(&subject))
            .collect()
    }

    fn mailed(&self, user: &str, label: &str) -> String {
        self.mails_to(user)
            .iter()
            .rev()
            .find_map(|m| {
                m.lines()
                    .find_map(|l| l.strip_prefix(label))
                    .map(|v| v.trim().to_owned())
            })
            .unwrap_or_else(|| panic!("no e-mail to {user} with {label:?}"))
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_code_or_its_time_step_is_never_accepted_twice() {
    let mut s = Server::start();
    let reply = s
        .post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
        .ok();
    let key = reply["key"].as_str().unwrap().to_owned();
    let code = s.code(&key);
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .ok();
    // Not at login, not at verification, not after a restart.
    s.login("jm", &code).refused(401, OTP_INVALID);
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .refused(401, OTP_INVALID);
    s.restart();
    s.login("jm", &code).refused(401, OTP_INVALID);
    // The next step's code works once; then the previous step's code (still inside the
    // window a drifting phone gets) is refused too, as its step is earlier.
    s.next_step();
    let secret = otp::from_base32(&key).unwrap();
    let next = s.code(&key);
    s.login("jm", &next).ok();
    s.login("jm", &next).refused(401, OTP_INVALID);
    s.next_step();
    let behind = otp::code_at(&secret, (s.clock.unix() - 60) as u64).unwrap();
    if behind != s.code(&key) {
        s.login("jm", &behind).refused(401, OTP_INVALID);
    }
    // A code from one step ahead is accepted, and then the current step's is not.
    let ahead = otp::code_at(&secret, (s.clock.unix() + 30) as u64).unwrap();
    s.login("jm", &ahead).ok();
    let now = s.code(&key);
    if now != ahead {
        s.login("jm", &now).refused(401, OTP_INVALID);
    }
}

#[test]
fn ten_wrong_codes_lock_the_second_factor_for_a_growing_time() {
    let mut s = Server::start();
    let (key, recovery) = s.enrol("jm");
    for _ in 0..9 {
        s.login("jm", "000000").refused(401, OTP_INVALID);
    }
    // The tenth failure starts the lock, and says so.
    let wait = s.login("jm", "000000").locked();
    assert!((59..=60).contains(&wait), "{wait}");
    // Whatever is sent now is refused: the right code, a recovery code, at verification too.
    assert!(s.login("jm", &s.code(&key)).locked() > 0);
    assert!(s.login("jm", &recovery[0]).locked() > 0);
    assert!(
        s.post("jm", "/tf/verify", Some(json!({"otp": s.code(&key)})))
            .locked()
            > 0
    );
    // The lock and its count are in the database.
    s.restart();
    assert!(s.login("jm", &s.code(&key)).locked() > 0);
    // The account was told once, without any secret.
    let notices = s.mails_about("jm", "Sign-in attempts paused on your VSS account");
    assert_eq!(notices.len(), 1);
    assert!(!notices[0].contains(&key) && !notices[0].contains(&recovery[0]));
    assert!(notices[0].contains("10 failed attempts"), "{}", notices[0]);
    // Another user is not affected.
    let (ann_key, _) = s.enrol("ann");
    s.login("ann", &s.code(&ann_key)).ok();

    // After a minute the right code works again; the recovery code was not used up.
    s.clock.advance(61);
    s.login("jm", &s.code(&key)).ok();
    s.login("jm", &recovery[0]).ok();
    // A success resets the count: nine more failures do not lock.
    for _ in 0..9 {
        s.login("jm", "000000").refused(401, OTP_INVALID);
    }
    s.next_step();
    s.login("jm", &s.code(&key)).ok();
    // The next locks are longer: 1 min, then 5, then 15 (without a success in between).
    for expected in [60, 300, 900] {
        for _ in 0..9 {
            s.login("jm", "000000").refused(401, OTP_INVALID);
        }
        let wait = s.login("jm", "000000").locked();
        assert!(
            (expected - 1..=expected).contains(&wait),
            "{wait} {expected}"
        );
        s.clock.advance(expected + 1);
    }
    assert_eq!(
        s.mails_about("jm", "Sign-in attempts paused on your VSS account")
            .len(),
        4
    );
}

#[test]
fn wrong_passwords_lock_a_username_known_or_not_alike() {
    let s = Server::start();
    let mut shapes = Vec::new();
    for name in ["jm", "ghost"] {
        for _ in 0..9 {
            let r = s.post_as(name, "wrong", "/auth/request-token", None);
            r.refused(401, "Invalid username or password");
        }
        let r = s.post_as(name, "wrong", "/auth/request-token", None);
        let wait = r.locked();
        // Even the right password is refused while locked.
        let right = s.post_as(name, PASSWORD, "/auth/request-token", None);
        right.locked();
        shapes.push((r.status, r.body["error"].clone(), wait, right.status));
    }
    // An unknown user is answered exactly as a known one.
    assert_eq!(shapes[0], shapes[1]);
    // Only the real account gets a notice; other accounts are not affected.
    assert_eq!(
        s.mails_about("jm", "Sign-in attempts paused on your VSS account")
            .len(),
        1
    );
    s.post("ann", "/auth/request-token", None).ok();
    s.clock.advance(61);
    s.post("jm", "/auth/request-token", None).ok();
}

#[test]
fn sent_codes_are_limited_per_account() {
    let s = Server::start();
    s.post("ann", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    let mut codes = Vec::new();
    for i in 0..10 {
        s.post("ann", "/tf/request-token", None).ok();
        codes.push(s.mailed("ann", "Your verification code is: "));
        // Once every 30 s at most.
        let r = s.post("ann", "/tf/request-token", None);
        assert_eq!(r.status, 429, "send {i}: {}", r.body);
        assert_eq!(r.body["error"], "TooManyRequests");
        if i < 9 {
            assert!((1..=30).contains(&r.retry_after.unwrap()));
        }
        s.clock.advance(31);
    }
    // Ten in the hour: the eleventh waits for the hour to end (~55 min from here).
    let r = s.post("ann", "/tf/request-token", None);
    assert_eq!(r.status, 429, "{}", r.body);
    let wait = r.retry_after.unwrap();
    assert!(
        (3600 - 10 * 31 - 2..=3600 - 9 * 31).contains(&wait),
        "{wait}"
    );
    assert!(
        r.body["message"]
            .as_str()
            .unwrap()
            .contains("; try again after "),
        "{}",
        r.body
    );
    // A new request invalidated the earlier codes; the latest still works. (Four tries: a
    // fifth wrong guess would throw the latest code away too.)
    for old in &codes[5..9] {
        if old != &codes[9] {
            s.post("ann", "/tf/verify", Some(json!({ "otp": old })))
                .refused(401, OTP_INVALID);
        }
    }
    s.post("ann", "/tf/verify", Some(json!({ "otp": codes[9] })))
        .ok();
    s.clock.advance(wait);
    s.post("ann", "/tf/request-token", None).ok();
}

#[test]
fn each_sent_code_takes_at_most_five_tries() {
    let s = Server::start();
    s.post("ann", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("ann", "/tf/request-token", None).ok();
    let code = s.mailed("ann", "Your verification code is: ");
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        s.post("ann", "/tf/verify", Some(json!({ "otp": wrong })))
            .refused(401, OTP_INVALID);
    }
    s.post("ann", "/tf/verify", Some(json!({ "otp": code })))
        .refused(401, OTP_INVALID);
}

#[test]
fn notices_go_out_for_each_change_and_carry_no_secret() {
    let s = Server::start();
    let (key, recovery) = s.enrol("jm");
    s.login("jm", &recovery[0]).ok();
    let used = s.mails_about("jm", "A recovery code was used on your VSS account");
    assert_eq!(used.len(), 1);
    assert!(used[0].contains("9 unused codes are left"), "{}", used[0]);
    let reply = s
        .post(
            "jm",
            "/tf/recovery-codes",
            Some(json!({"otp": s.code(&key)})),
        )
        .ok();
    let fresh = strings(&reply["recovery_codes"]);
    s.post("jm", "/tf/disable", None).ok();
    let token = s.mailed("jm", "Your confirmation token is: ");
    s.post("jm", &format!("/tf/disable/{token}"), None).ok();
    for subject in [
        "MFA enabled on your VSS account",
        "A recovery code was used on your VSS account",
        "New recovery codes for your VSS account",
        "MFA disabled on your VSS account",
    ] {
        assert_eq!(s.mails_about("jm", subject).len(), 1, "{subject}");
    }
    for mail in s.mails_to("jm") {
        if mail.contains("Subject: Confirm disabling MFA") {
            continue; // the one mail whose purpose is to carry a token
        }
        for secret in recovery.iter().chain(&fresh).chain([&key, &token]) {
            assert!(!mail.contains(secret.as_str()), "{mail}");
        }
        assert!(!mail.contains(PASSWORD));
    }
}

/// Every value of every row of every table, as bytes.
fn database_values(db: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let names: Vec<String> = stmt.column_names().map(|c| c.to_string()).collect();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for (i, name) in names.iter().enumerate() {
                use rusqlite::types::ValueRef;
                let bytes = match row.get_ref(i).unwrap() {
                    ValueRef::Text(t) => t.to_vec(),
                    ValueRef::Blob(b) => b.to_vec(),
                    ValueRef::Integer(n) => n.to_string().into_bytes(),
                    ValueRef::Real(f) => f.to_string().into_bytes(),
                    ValueRef::Null => continue,
                };
                out.push((format!("{table}.{name}"), bytes));
            }
        }
    }
    out
}

#[test]
fn a_copy_of_the_database_alone_reveals_no_usable_secret() {
    let s = Server::start();
    let (key, recovery) = s.enrol("jm");
    let jwt = s.login("jm", &s.code(&key)).ok()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    s.post("jm", "/tf/disable", None).ok();
    let confirmation = s.mailed("jm", "Your confirmation token is: ");
    s.post("ann", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("ann", "/tf/request-token", None).ok();
    let sent = s.mailed("ann", "Your verification code is: ");

    // A copy, as a thief would take it: the database and its write-ahead log, not the key.
    let copy = tempfile::tempdir().unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{suffix}", s.db().display()));
        if from.exists() {
            std::fs::copy(&from, copy.path().join(format!("vss.db{suffix}"))).unwrap();
        }
    }
    let values = database_values(&copy.path().join("vss.db"));
    assert!(values.len() > 20, "{}", values.len());
    let raw_key = otp::from_base32(&key).unwrap();
    let mut secrets: Vec<(&str, Vec<u8>)> = vec![
        ("password", PASSWORD.as_bytes().to_vec()),
        ("TOTP key (base32)", key.as_bytes().to_vec()),
        ("TOTP key (bytes)", raw_key.clone()),
        ("API token", jwt.as_bytes().to_vec()),
        (
            "API token signature",
            jwt.rsplit('.').next().unwrap().as_bytes().to_vec(),
        ),
        ("confirmation token", confirmation.as_bytes().to_vec()),
        (
            "confirmation token (lower case)",
            confirmation.to_lowercase().into_bytes(),
        ),
    ];
    for code in &recovery {
        secrets.push(("recovery code", code.as_bytes().to_vec()));
        secrets.push(("recovery code (plain)", code.replace('-', "").into_bytes()));
        secrets.push((
            "recovery code (upper case)",
            code.replace('-', "").to_uppercase().into_bytes(),
        ));
    }
    for (column, value) in &values {
        for (what, secret) in &secrets {
            assert!(
                !value.windows(secret.len()).any(|w| w == &secret[..]),
                "{what} found in {column}"
            );
        }
        // The e-mailed code is six digits; look for it where text is kept.
        if !column.ends_with("expires_at") && !column.ends_with("sent_at") {
            let text = String::from_utf8_lossy(value);
            if !text.chars().all(|c| c.is_ascii_hexdigit()) {
                assert!(!text.contains(&sent), "e-mailed code found in {column}");
            }
        }
    }
    // The password is kept as an argon2id hash; the TOTP key sealed, and useless without the
    // key file: under any other key it does not open.
    let hash = values
        .iter()
        .find(|(c, v)| c == "accounts.password_hash" && v.starts_with(b"$argon2id$"));
    assert!(hash.is_some());
    let sealed = values
        .iter()
        .find(|(c, v)| c == "accounts.totp_secret" && !v.is_empty())
        .map(|(_, v)| v.clone())
        .expect("a sealed TOTP key");
    assert!(vss_mock_server::keys::Keys::is_aead(&sealed));
    let stranger = vss_mock_server::keys::Keys::from_master(&[0u8; 32]);
    for id in 0..5 {
        let context = format!("vss-mock-server/totp-secret/account/{id}");
        assert_eq!(stranger.open(&sealed, &context), None);
    }
}

#[test]
fn concurrent_enrolments_of_one_account_end_in_one_consistent_enrolment() {
    let s = Server::start();
    let results: Vec<(String, Vec<String>, bool)> = std::thread::scope(|scope| {
        // Fewer than ten, so the failed verifications of the losers do not lock the account.
        let handles: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| {
                    let reply =
                        s.post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})));
                    if reply.status != 200 {
                        // Another thread's enrolment was verified first.
                        assert_eq!(reply.status, 409, "{}", reply.body);
                        return None;
                    }
                    let key = reply.body["key"].as_str().unwrap().to_owned();
                    let codes = strings(&reply.body["recovery_codes"]);
                    let verified = s.post("jm", "/tf/verify", Some(json!({"otp": s.code(&key)})));
                    assert!([200, 401].contains(&verified.status), "{}", verified.body);
                    Some((key, codes, verified.status == 200))
                })
            })
            .collect();
        handles
            .into_iter()
            .filter_map(|h| h.join().unwrap())
            .collect()
    });
    let winners: Vec<_> = results.iter().filter(|(_, _, ok)| *ok).collect();
    assert_eq!(winners.len(), 1, "exactly one enrolment was verified");
    let (key, codes, _) = winners[0];
    // The enabled factor is the one whose verification was acknowledged, with its own
    // recovery codes: the key logs in, its recovery code logs in, the others do not.
    s.next_step();
    let token = s.login("jm", &s.code(key)).ok()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let profile: Value = s
        .http
        .get(s.url("/v2/user"))
        .bearer_auth(&token)
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(profile["data"]["totp"]["state"], "enabled");
    assert_eq!(profile["data"]["totp"]["recovery_codes_left"], 10);
    s.login("jm", &codes[0]).ok();
    // (A few of the others: each refusal counts towards the lock.)
    for (other_key, other_codes, _) in results.iter().filter(|(_, _, ok)| !ok).take(3) {
        s.next_step();
        if s.code(other_key) != s.code(key) {
            s.login("jm", &s.code(other_key)).refused(401, OTP_INVALID);
        }
        s.login("jm", &other_codes[1]).refused(401, OTP_INVALID);
    }
}

/// Sends raw bytes and returns the reply's status line and body.
fn raw(s: &Server, request: &[u8]) -> (u16, String) {
    let addr = s.url("").trim_start_matches("http://").to_owned();
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
        .unwrap_or_else(|| panic!("no HTTP reply: {text:?}"));
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn long_targets_large_headers_and_slow_calls_are_refused() {
    let s = Server::start_with(|c| c.request_timeout = Duration::from_secs(1));
    let long = format!(
        "GET /v2/user?{} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "a".repeat(5000)
    );
    let (status, body) = raw(&s, long.as_bytes());
    assert_eq!(status, 414, "{body}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["error"],
        "UriTooLong"
    );
    let mut big = String::from("GET /v2/user HTTP/1.1\r\nHost: x\r\nConnection: close\r\n");
    for i in 0..40 {
        big.push_str(&format!("X-Filler-{i}: {}\r\n", "v".repeat(500)));
    }
    big.push_str("\r\n");
    let (status, body) = raw(&s, big.as_bytes());
    assert_eq!(status, 431, "{body}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["error"],
        "HeadersTooLarge"
    );
    // A body that never finishes arriving: the call ends at the time limit with a JSON 503.
    use base64::Engine as _;
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("jm:{PASSWORD}"));
    let slow = format!(
        "POST /tf/verify HTTP/1.1\r\nHost: x\r\nAuthorization: Basic {auth}\r\n\
         Content-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{{\"otp\""
    );
    let started = std::time::Instant::now();
    let (status, body) = raw(&s, slow.as_bytes());
    assert_eq!(status, 503, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["error"], "Timeout");
    assert!(started.elapsed() < Duration::from_secs(10));
}
