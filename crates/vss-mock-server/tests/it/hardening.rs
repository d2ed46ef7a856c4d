//! The server as an attacker and a careful auditor see it: codes never accepted twice, locks
//! after repeated failures (kept across a restart), limits on sent codes, notices, a copy of
//! the database that reveals no usable secret, folders and files private to the server's user
//! whatever the umask, size and time limits, and concurrent calls on one account that leave
//! one consistent enrolment.
//!
//! Time moves with the server's clock (`clock.advance`), never by sleeping; the one exception
//! is the request time limit, which is real time (1 s).

use std::path::PathBuf;
use std::time::Duration;

use serde_json::{json, Value};
use sha2::Digest as _;
use vss_mock_server::for_tests::Keys;
use vss_mock_server::Config;
use vss_testkit::{strings, user, TestServer, PASSWORD};
use vss_totp as otp;

const OTP_INVALID: &str = "InvalidParameterValue: otp is invalid or expired";

/// A server with the accounts `jm` and `ann`, after `tune` changed its configuration.
fn start_with(tune: impl FnOnce(&mut Config)) -> TestServer {
    let s = TestServer::start_with(tune);
    s.add_user(user("jm"));
    s.add_user(user("ann"));
    s
}

fn start() -> TestServer {
    start_with(|_| {})
}

#[test]
fn a_code_or_its_time_step_is_never_accepted_twice() {
    let mut s = start();
    let reply = s
        .post("jm", "/tf/enable", Some(json!({"method": "AUTHENTICATOR"})))
        .ok();
    let key = reply["key"].as_str().unwrap().to_owned();
    let code = s.code(&key);
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .ok();
    // Not at login, not at verification, not after a restart.
    s.login("jm", Some(&code)).refused(401, OTP_INVALID);
    s.post("jm", "/tf/verify", Some(json!({ "otp": code })))
        .refused(401, OTP_INVALID);
    s.restart();
    s.login("jm", Some(&code)).refused(401, OTP_INVALID);
    // The next step's code works once; then the previous step's code (still inside the
    // window a drifting phone gets) is refused too, as its step is earlier.
    s.next_step();
    let secret = otp::from_base32(&key).unwrap();
    let next = s.code(&key);
    s.login("jm", Some(&next)).ok();
    s.login("jm", Some(&next)).refused(401, OTP_INVALID);
    s.next_step();
    let behind = otp::code_at(&secret, (s.clock().unix() - 60) as u64).unwrap();
    if behind != s.code(&key) {
        s.login("jm", Some(&behind)).refused(401, OTP_INVALID);
    }
    // A code from one step ahead is accepted, and then the current step's is not.
    let ahead = otp::code_at(&secret, (s.clock().unix() + 30) as u64).unwrap();
    s.login("jm", Some(&ahead)).ok();
    let now = s.code(&key);
    if now != ahead {
        s.login("jm", Some(&now)).refused(401, OTP_INVALID);
    }
}

#[test]
fn ten_wrong_codes_lock_the_second_factor_for_a_growing_time() {
    let mut s = start();
    let (key, recovery) = s.enrol("jm");
    for _ in 0..9 {
        s.login("jm", Some("000000")).refused(401, OTP_INVALID);
    }
    // The tenth failure starts the lock, and says so.
    let wait = s.login("jm", Some("000000")).locked();
    assert!((59..=60).contains(&wait), "{wait}");
    // Whatever is sent now is refused: the right code, a recovery code, at verification too.
    assert!(s.login("jm", Some(&s.code(&key))).locked() > 0);
    assert!(s.login("jm", Some(&recovery[0])).locked() > 0);
    assert!(
        s.post("jm", "/tf/verify", Some(json!({"otp": s.code(&key)})))
            .locked()
            > 0
    );
    // The lock and its count are in the database.
    s.restart();
    assert!(s.login("jm", Some(&s.code(&key))).locked() > 0);
    // The account was told once, without any secret.
    let notices = s
        .outbox()
        .mails_about("jm", "Sign-in attempts paused on your VSS account");
    assert_eq!(notices.len(), 1);
    assert!(!notices[0].contains(&key) && !notices[0].contains(&recovery[0]));
    assert!(notices[0].contains("10 failed attempts"), "{}", notices[0]);
    // Another user is not affected.
    let (ann_key, _) = s.enrol("ann");
    s.login("ann", Some(&s.code(&ann_key))).ok();

    // After a minute the right code works again; the recovery code was not used up.
    s.clock().advance(61);
    s.login("jm", Some(&s.code(&key))).ok();
    s.login("jm", Some(&recovery[0])).ok();
    // A success resets the count: nine more failures do not lock.
    for _ in 0..9 {
        s.login("jm", Some("000000")).refused(401, OTP_INVALID);
    }
    s.next_step();
    s.login("jm", Some(&s.code(&key))).ok();
    // The next locks are longer: 1 min, then 5, then 15 (without a success in between).
    for expected in [60u64, 300, 900] {
        for _ in 0..9 {
            s.login("jm", Some("000000")).refused(401, OTP_INVALID);
        }
        let wait = s.login("jm", Some("000000")).locked();
        assert!(
            (expected - 1..=expected).contains(&wait),
            "{wait} {expected}"
        );
        s.clock().advance(expected as i64 + 1);
    }
    assert_eq!(
        s.outbox()
            .mails_about("jm", "Sign-in attempts paused on your VSS account")
            .len(),
        4
    );
}

#[test]
fn wrong_passwords_lock_a_username_known_or_not_alike() {
    let s = start();
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
        s.outbox()
            .mails_about("jm", "Sign-in attempts paused on your VSS account")
            .len(),
        1
    );
    s.post("ann", "/auth/request-token", None).ok();
    s.clock().advance(61);
    s.post("jm", "/auth/request-token", None).ok();
}

#[test]
fn sent_codes_are_limited_per_account() {
    let s = start();
    // Time moves only as the test moves it, so each wait below is exact.
    s.clock().stop();
    s.post("ann", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    let mut codes = Vec::new();
    for i in 0..10 {
        s.post("ann", "/tf/request-token", None).ok();
        codes.push(s.outbox().mailed("ann", "Your verification code is: "));
        // Once every 30 s at most.
        let r = s.post("ann", "/tf/request-token", None);
        assert_eq!(r.status, 429, "send {i}: {}", r.body);
        assert_eq!(r.body["error"], "TooManyRequests");
        if i < 9 {
            assert_eq!(r.retry_after, Some(30));
        }
        s.clock().advance(31);
    }
    // Ten in the hour: the eleventh waits for the hour to end (~55 min from here).
    let r = s.post("ann", "/tf/request-token", None);
    assert_eq!(r.status, 429, "{}", r.body);
    let wait = r.retry_after.unwrap();
    assert_eq!(wait, 3600 - 10 * 31);
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
    s.clock().advance(wait as i64);
    s.post("ann", "/tf/request-token", None).ok();
}

#[test]
fn each_sent_code_takes_at_most_five_tries() {
    let s = start();
    s.post("ann", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("ann", "/tf/request-token", None).ok();
    let code = s.outbox().mailed("ann", "Your verification code is: ");
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
    let s = start();
    let (key, recovery) = s.enrol("jm");
    s.login("jm", Some(&recovery[0])).ok();
    let used = s
        .outbox()
        .mails_about("jm", "A recovery code was used on your VSS account");
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
    let token = s.outbox().mailed("jm", "Your confirmation token is: ");
    s.post("jm", &format!("/tf/disable/{token}"), None).ok();
    for subject in [
        "MFA enabled on your VSS account",
        "A recovery code was used on your VSS account",
        "New recovery codes for your VSS account",
        "MFA disabled on your VSS account",
    ] {
        assert_eq!(s.outbox().mails_about("jm", subject).len(), 1, "{subject}");
    }
    for mail in s.outbox().mails_to("jm") {
        if mail.contains("Subject: Confirm disabling MFA") {
            continue; // the one mail whose purpose is to carry a token
        }
        for secret in recovery.iter().chain(&fresh).chain([&key, &token]) {
            assert!(!mail.contains(secret.as_str()), "{mail}");
        }
        assert!(!mail.contains(PASSWORD));
    }
}

/// What `values` give away of `secrets` (found anywhere in a value, by name and column) and of
/// the six-digit e-mailed `code`: a value that is the code, as text or (four digits or more)
/// as a number, or that holds it among other text. Values of digits alone (times, counters,
/// ids) and keyed hashes (64 hex digits) may hold six digits in a row by chance, so of them
/// only the code itself counts.
fn secrets_in(
    values: &[(String, Vec<u8>)],
    secrets: &[(&str, Vec<u8>)],
    code: &str,
) -> Vec<String> {
    let mut found = Vec::new();
    for (column, value) in values {
        for (what, secret) in secrets {
            if value.windows(secret.len()).any(|w| w == &secret[..]) {
                found.push(format!("{what} in {column}"));
            }
        }
        let text = String::from_utf8_lossy(value);
        let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
        let keyed_hash = text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit());
        let number = |t: &str| t.parse::<u64>().ok().filter(|n| *n >= 1000);
        let is_code =
            text == code || (digits && number(&text).is_some_and(|n| Some(n) == number(code)));
        if is_code || (!digits && !keyed_hash && text.contains(code)) {
            found.push(format!("e-mailed code in {column}"));
        }
    }
    found
}

/// The id of the account `username` in the database at `db`.
fn account_id(db: &std::path::Path, username: &str) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(
            "SELECT id FROM accounts WHERE username = ?1",
            [username],
            |r| r.get(0),
        )
        .unwrap()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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
#[allow(
    clippy::too_many_lines,
    reason = "one database filled, copied and searched"
)]
fn a_copy_of_the_database_alone_reveals_no_usable_secret() {
    let s = start();
    let (key, recovery) = s.enrol("jm");
    let jwt = s.login("jm", Some(&s.code(&key))).ok()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    s.post("jm", "/tf/disable", None).ok();
    let confirmation = s.outbox().mailed("jm", "Your confirmation token is: ");
    s.post("ann", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("ann", "/tf/request-token", None).ok();
    let sent = s.outbox().mailed("ann", "Your verification code is: ");

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
    // Unkeyed hashes of the secrets (SHA-256, in hex and raw) are as good as the secrets
    // against six digits or a stolen copy: they must not be there either.
    let ann_id = account_id(&copy.path().join("vss.db"), "ann");
    let mut plain_hashes = Vec::new();
    for secret in [
        sent.clone(),
        format!("{ann_id}:{sent}"),
        confirmation.clone(),
        jwt.clone(),
    ]
    .into_iter()
    .chain(recovery.iter().map(|c| c.replace('-', "")))
    {
        let digest = sha2::Sha256::digest(secret.as_bytes());
        plain_hashes.push(("a SHA-256 of a secret (hex)", hex(&digest).into_bytes()));
        plain_hashes.push(("a SHA-256 of a secret", digest.to_vec()));
    }
    secrets.extend(plain_hashes);
    let found = secrets_in(&values, &secrets, &sent);
    assert!(found.is_empty(), "{found:#?}");

    // The scan would see the e-mailed code kept as it is: as text, as a number, or in other
    // text.
    for (column, update) in [
        (
            "sent_codes.code_hash",
            "UPDATE sent_codes SET code_hash = ?1",
        ),
        (
            "sent_codes.expires_at",
            "UPDATE sent_codes SET expires_at = CAST(?1 AS INTEGER)",
        ),
        (
            "accounts.email",
            "UPDATE accounts SET email = 'code ' || ?1 || ' sent' WHERE username = 'ann'",
        ),
    ] {
        let doctored = tempfile::tempdir().unwrap();
        for suffix in ["", "-wal", "-shm"] {
            let from = copy.path().join(format!("vss.db{suffix}"));
            if from.exists() {
                std::fs::copy(&from, doctored.path().join(format!("vss.db{suffix}"))).unwrap();
            }
        }
        let db = doctored.path().join("vss.db");
        rusqlite::Connection::open(&db)
            .unwrap()
            .execute(update, [&sent])
            .unwrap();
        let found = secrets_in(&database_values(&db), &secrets, &sent);
        assert!(
            found.contains(&format!("e-mailed code in {column}")),
            "{update}: {found:?}"
        );
    }

    // What is kept of each secret is a hash keyed with the server's key: with another key,
    // or none, the same secret hashes to something else.
    let master = std::fs::read(format!("{}.key", s.db().display())).unwrap();
    let keys = Keys::from_master(&master);
    let stranger = Keys::from_master(&[0u8; 32]);
    let stored = |column: &str| -> Vec<String> {
        values
            .iter()
            .filter(|(c, _)| c == column)
            .map(|(_, v)| String::from_utf8(v.clone()).unwrap())
            .collect()
    };
    let kept: Vec<(&str, String, &str, String)> = std::iter::once((
        "sent_codes.code_hash",
        "sent-code".to_owned(),
        "e-mailed code",
        format!("{ann_id}:{sent}"),
    ))
    .chain(std::iter::once((
        "confirmations.token_hash",
        "confirmation".to_owned(),
        "confirmation token",
        confirmation.clone(),
    )))
    .chain(std::iter::once((
        "api_tokens.token_hash",
        "api-token".to_owned(),
        "API token",
        jwt.clone(),
    )))
    .chain(recovery.iter().map(|c| {
        (
            "recovery_codes.code_hash",
            "recovery-code".to_owned(),
            "recovery code",
            c.replace('-', ""),
        )
    }))
    .collect();
    for (column, label, what, secret) in &kept {
        let hashes = stored(column);
        let keyed = keys.hash_secret(label, secret);
        assert!(hashes.contains(&keyed), "{what}: {column} holds {hashes:?}");
        assert!(
            !hashes.contains(&stranger.hash_secret(label, secret)),
            "{what}: the same under another key"
        );
        assert!(
            !hashes.contains(&hex(&sha2::Sha256::digest(secret.as_bytes()))),
            "{what}: an unkeyed SHA-256"
        );
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
    assert!(Keys::is_aead(&sealed));
    let stranger = Keys::from_master(&[0u8; 32]);
    for id in 0..5 {
        let context = format!("vss-mock-server/totp-secret/account/{id}");
        assert_eq!(stranger.open(&sealed, &context), None);
    }
}

/// `cmd` run with the umask 000, under which a folder made with the default mode is 0777.
fn with_umask_000(cmd: &mut std::process::Command) {
    use std::os::unix::process::CommandExt as _;
    // SAFETY: umask is async-signal-safe; it runs in the child before exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::umask(0);
            Ok(())
        });
    }
}

#[test]
fn the_folders_the_server_makes_are_private_whatever_the_umask() {
    use vss_testkit::binary::ServerBinary;
    let bin = ServerBinary::at(env!("CARGO_BIN_EXE_vss-mock-server"));
    let dir = tempfile::tempdir().unwrap();
    let private = |folder: &std::path::Path| {
        assert_eq!(vss_testkit::mode(folder), 0o700, "{}", folder.display());
    };

    // `user add` makes the folder of the database it creates.
    let mut add = bin.command();
    add.arg("--data-dir")
        .arg(dir.path().join("a"))
        .args([
            "user",
            "add",
            "jm",
            "--email",
            "jm@example.com",
            "--password-stdin",
        ])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    with_umask_000(&mut add);
    let mut child = add.spawn().unwrap();
    use std::io::Write as _;
    writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    private(&dir.path().join("a"));

    // The server makes the data folder, the outbox and its mail folder (and the parents of an
    // outbox given elsewhere); an e-mail is written into it.
    let elsewhere = dir.path().join("elsewhere");
    for (data, outbox) in [
        (dir.path().join("b"), None),
        (dir.path().join("c"), Some(elsewhere.join("outbox"))),
    ] {
        let mut cmd = bin.command();
        cmd.args(["--demo", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(&data);
        if let Some(outbox) = &outbox {
            cmd.arg("--outbox").arg(outbox);
        }
        with_umask_000(&mut cmd);
        let server = ServerBinary::spawn(cmd);
        let http = vss_testkit::http::client_builder().build().unwrap();
        for (path, body) in [
            ("/tf/enable", Some(json!({"method": "EMAIL"}))),
            ("/tf/request-token", None),
        ] {
            let mut call = http
                .post(format!("{}{path}", server.url))
                .basic_auth("demo", Some("demo-password"));
            if let Some(body) = body {
                call = call.json(&body);
            }
            let reply = call.send().unwrap();
            assert_eq!(reply.status(), 200, "{path}");
        }
        drop(server);
        let outbox = outbox.unwrap_or_else(|| data.join("outbox"));
        for folder in [&data, &outbox, &outbox.join("mail")] {
            private(folder);
        }
        if outbox.starts_with(&elsewhere) {
            private(&elsewhere);
        }
        for file in [data.join("vss.db"), data.join("vss.db.key")] {
            assert_eq!(vss_testkit::mode(&file), 0o600, "{}", file.display());
        }
        let mails: Vec<_> = std::fs::read_dir(outbox.join("mail"))
            .unwrap()
            .map(|m| m.unwrap().path())
            .collect();
        assert!(!mails.is_empty());
        for mail in mails {
            assert_eq!(vss_testkit::mode(&mail), 0o600, "{}", mail.display());
        }
    }
}

#[test]
fn concurrent_enrolments_of_one_account_end_in_one_consistent_enrolment() {
    let s = start();
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
                    assert!(
                        [200, 401].contains(&verified.status.as_u16()),
                        "{}",
                        verified.body
                    );
                    Some((key, codes, verified.status.as_u16() == 200))
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
    let token = s.login("jm", Some(&s.code(key))).ok()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let profile = s.profile(&token).ok();
    assert_eq!(profile["data"]["totp"]["state"], "enabled");
    assert_eq!(profile["data"]["totp"]["recovery_codes_left"], 10);
    s.login("jm", Some(&codes[0])).ok();
    // (A few of the others: each refusal counts towards the lock.)
    for (other_key, other_codes, _) in results.iter().filter(|(_, _, ok)| !ok).take(3) {
        s.next_step();
        if s.code(other_key) != s.code(key) {
            s.login("jm", Some(&s.code(other_key)))
                .refused(401, OTP_INVALID);
        }
        let reply = s.login("jm", Some(&other_codes[1]));
        assert_eq!(reply.body["error"], "InvalidRecoveryCode", "{}", reply.body);
    }
}

#[test]
fn long_targets_large_headers_and_slow_calls_are_refused() {
    let s = start_with(|c| c.request_timeout = Duration::from_secs(1));
    let long = format!(
        "GET /v2/user?{} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "a".repeat(5000)
    );
    let (status, body) = s.raw(long.as_bytes());
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
    let (status, body) = s.raw(big.as_bytes());
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
    let (status, body) = s.raw(slow.as_bytes());
    assert_eq!(status, 503, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["error"], "Timeout");
    // The reply names the time limit; how long it took is a figure, not a condition.
    assert_eq!(
        v["message"],
        "The call did not finish within 1 seconds; try again later"
    );
    eprintln!(
        "a body that never arrived got 503 after {:?}",
        started.elapsed()
    );
}

#[test]
fn the_send_limit_points_to_the_last_code_only_while_it_still_works() {
    let s = start();
    s.post("ann", "/tf/enable", Some(json!({"method": "EMAIL"})))
        .ok();
    s.post("ann", "/tf/request-token", None).ok();
    let code = s.outbox().mailed("ann", "Your verification code is: ");
    // Too soon, and the code just sent is there to be used.
    let r = s.post("ann", "/tf/request-token", None);
    r.too_many(
        "TooManyRequests",
        "Codes are sent at most once every 30 seconds and 10 times an hour; the last code sent \
         still works until ",
    );
    // Used: it works no more, and the refusal does not say it does.
    s.post("ann", "/tf/verify", Some(json!({ "otp": code })))
        .ok();
    let r = s.post("ann", "/tf/request-token", None);
    r.too_many(
        "TooManyRequests",
        "Codes are sent at most once every 30 seconds and 10 times an hour; try again after ",
    );
    assert!(
        !r.body["message"].as_str().unwrap().contains("still works"),
        "{}",
        r.body
    );
}
