//! Load and crash proofs of the bundled server, on loopback only, bounded in count and time.
//!
//! * `load_500_accounts_enrol_and_verify_concurrently` (ignored: heavy): 500 accounts enrol an
//!   authenticator and verify it, all at once; 0 errors, every enrolment enabled afterwards;
//!   prints throughput and p50/p99 latency.
//! * `crash_in_the_middle_of_the_load_loses_no_acknowledged_enrolment` (ignored: heavy): 500
//!   accounts against the real `vss-mock-server` binary, 100 at a time, killed with SIGKILL by
//!   the thread that sees the 166th verification acknowledged, then restarted on the same data:
//!   every enrolment whose verification was acknowledged (200) is enabled and logs in with its
//!   key, and no account is half-enabled. From the kill on no account is started, so the load
//!   is always cut in the middle: the accounts not yet started are left, and the calls in
//!   flight are cut off or answered, whatever the machine's speed.
//! * `crash_mid_load_small` runs the crash proof with 60 accounts, 16 at a time, the kill at
//!   the 20th acknowledgement, in the default suite.
//!
//! What the crash proofs show is that the server acknowledges nothing before it is committed:
//! a process killed at any moment leaves every answered change in the database and none half
//! done. They do not show durability across a power loss or a kernel crash: SIGKILL ends the
//! process, not the machine, so whatever SQLite had written is still in the page cache when
//! the server starts again, synced to disk or not.
//!
//! Run the heavy ones (a few tens of seconds each on 2 cores):
//!
//! ```text
//! cargo test --release -p vss-mock-server --test it load -- --ignored --nocapture --test-threads=1
//! ```
//!
//! `VSS_LOAD_ACCOUNTS=N` changes the number of accounts of the heavy ones.

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use vss_mock_server::for_tests::Store;
use vss_mock_server::{self as server, Clock, Config, Role};
use vss_testkit::binary::{Running, ServerBinary};
use vss_testkit::PASSWORD;
use vss_wire::MfaState;

/// No single call may take longer than this (the server's own limit is 30 s).
const CALL_LIMIT: Duration = Duration::from_secs(60);

fn accounts_wanted(default: usize) -> usize {
    std::env::var("VSS_LOAD_ACCOUNTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Adds `n` accounts `load0000...` in one transaction, with copies of one argon2 hash.
fn add_accounts(db: &Path, n: usize) -> Vec<String> {
    let names: Vec<String> = (0..n).map(|i| format!("load{i:04}")).collect();
    let accounts: Vec<(&str, &str, Role)> = names
        .iter()
        .map(|n| (n.as_str(), "load", Role::User))
        .collect();
    vss_testkit::server::add_users(db, &accounts);
    names
}

/// What one account's enrolment gave.
#[derive(Default)]
struct Outcome {
    /// Latencies of successful calls.
    latencies: Vec<Duration>,
    errors: Vec<String>,
    /// Accounts whose verification was acknowledged, with their keys.
    acknowledged: Vec<(String, String)>,
    /// Accounts whose enrolment began.
    started: usize,
}

/// The accounts, `workers` at a time (each on a thread that takes the next account when its
/// own is done): `POST /tf/enable` (AUTHENTICATOR), then `POST /tf/verify` with the current
/// code of the key it got. The thread whose verification is the n-th acknowledged calls
/// `acknowledged(n)`; when that returns true, no thread starts another account.
fn run_load(
    base: &str,
    names: &[String],
    clock: &Clock,
    workers: usize,
    acknowledged: &(dyn Fn(usize) -> bool + Sync),
) -> Outcome {
    let http = vss_testkit::http::client_builder()
        .timeout(CALL_LIMIT)
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let outcome = Mutex::new(Outcome::default());
    let next = AtomicUsize::new(0);
    let acked = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        for _ in 0..workers.min(names.len()) {
            let (http, outcome, next, acked, stop) = (&http, &outcome, &next, &acked, &stop);
            scope.spawn(move || loop {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Some(name) = names.get(next.fetch_add(1, Ordering::SeqCst)) else {
                    break;
                };
                outcome.lock().unwrap().started += 1;
                let call = |path: &str, body: Value| -> Result<(Value, Duration), String> {
                    let started = Instant::now();
                    let response = http
                        .post(format!("{base}{path}"))
                        .basic_auth(name, Some(PASSWORD))
                        .json(&body)
                        .send()
                        .map_err(|e| format!("{name} {path}: {e}"))?;
                    let status = response.status();
                    let body: Value = response
                        .json()
                        .map_err(|e| format!("{name} {path}: {status}: {e}"))?;
                    if !status.is_success() {
                        return Err(format!("{name} {path}: {status}: {body}"));
                    }
                    Ok((body, started.elapsed()))
                };
                let result = (|| {
                    let (enrolled, t1) = call("/tf/enable", json!({"method": "AUTHENTICATOR"}))?;
                    let key = enrolled["key"].as_str().unwrap_or_default().to_owned();
                    let code = vss_testkit::totp_at(&key, clock.unix());
                    let (_, t2) = call("/tf/verify", json!({ "otp": code }))?;
                    Ok::<_, String>((key, [t1, t2]))
                })();
                match result {
                    Ok((key, times)) => {
                        {
                            let mut out = outcome.lock().unwrap();
                            out.latencies.extend(times);
                            out.acknowledged.push((name.clone(), key));
                        }
                        if acknowledged(acked.fetch_add(1, Ordering::SeqCst) + 1) {
                            stop.store(true, Ordering::SeqCst);
                        }
                    }
                    Err(e) => outcome.lock().unwrap().errors.push(e),
                }
            });
        }
    });
    outcome.into_inner().unwrap()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

/// Checks that no account is half-enabled: enabled ⇒ a sealed key, `enabled_on` and ten
/// recovery codes; pending ⇒ a sealed key and no `enabled_on`; disabled ⇒ no key. Returns the
/// number of enabled accounts.
fn assert_consistent(db: &Path) -> usize {
    let store = Store::open(db).unwrap();
    let mut enabled = 0;
    for a in store.accounts().unwrap() {
        match a.mfa_state {
            MfaState::Enabled => {
                enabled += 1;
                assert!(a.totp_secret.is_some(), "{a:?}: enabled without a key");
                assert!(a.enabled_on.is_some(), "{a:?}: enabled without enabled_on");
                assert_eq!(a.recovery_codes_left, 10, "{a:?}");
            }
            MfaState::Pending => {
                assert!(a.totp_secret.is_some(), "{a:?}: pending without a key");
                assert!(a.enabled_on.is_none(), "{a:?}: pending with enabled_on");
                assert_eq!(a.recovery_codes_left, 10, "{a:?}");
            }
            MfaState::Disabled => {
                assert!(a.totp_secret.is_none(), "{a:?}: disabled with a key");
                assert!(a.enabled_on.is_none(), "{a:?}");
            }
        }
    }
    enabled
}

#[test]
#[ignore = "heavy: cargo test --release -p vss-mock-server --test it load -- --ignored"]
fn load_500_accounts_enrol_and_verify_concurrently() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::in_dir(dir.path());
    let db = config.db.clone();
    let n = accounts_wanted(500);
    let names = add_accounts(&db, n);
    let clock = Clock::system();
    let handle = server::start(config, clock.clone()).unwrap();
    let started = Instant::now();
    let outcome = run_load(&handle.url(), &names, &clock, n, &|_| false);
    let elapsed = started.elapsed();
    handle.shutdown();

    let mut sorted = outcome.latencies.clone();
    sorted.sort();
    println!(
        "load: {n} accounts, {} calls in {:.2} s: {:.1} calls/s, {:.1} enrolments/s; \
         latency p50 {} ms, p99 {} ms, max {} ms; errors {}",
        sorted.len(),
        elapsed.as_secs_f64(),
        sorted.len() as f64 / elapsed.as_secs_f64(),
        outcome.acknowledged.len() as f64 / elapsed.as_secs_f64(),
        percentile(&sorted, 0.50).as_millis(),
        percentile(&sorted, 0.99).as_millis(),
        sorted.last().copied().unwrap_or_default().as_millis(),
        outcome.errors.len(),
    );
    assert!(outcome.errors.is_empty(), "{:#?}", outcome.errors);
    assert_eq!(outcome.acknowledged.len(), n);
    assert_eq!(assert_consistent(&db), n, "every enrolment is enabled");
}

/// The real binary, serving `data` on a free loopback port.
fn spawn_server(data: &Path) -> Running {
    let mut cmd = ServerBinary::at(env!("CARGO_BIN_EXE_vss-mock-server")).command();
    cmd.args(["--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data)
        .env("RUST_LOG", "warn");
    ServerBinary::spawn(cmd)
}

/// `n` accounts, `workers` at a time, against the server binary, killed with SIGKILL by the
/// thread that sees the `kill_after`-th verification acknowledged; from then on no account is
/// started. Then the server starts again on the same data.
fn crash_mid_load(n: usize, kill_after: usize, workers: usize) {
    // At most `workers - 1` accounts besides the `kill_after` are finished after the kill
    // began: some are always left.
    assert!(kill_after + workers < n);
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("vss.db");
    let names = add_accounts(&db, n);
    let server = spawn_server(data.path());
    let url = server.url.clone();
    let pid = server.child.id() as libc::pid_t;
    let clock = Clock::system();
    let started = Instant::now();
    let killed_after = Mutex::new(None);
    let outcome = run_load(&url, &names, &clock, workers, &|acknowledged| {
        if acknowledged != kill_after {
            return false;
        }
        // SAFETY: a signal to the server's own process, which has not been waited for yet.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
        *killed_after.lock().unwrap() = Some(started.elapsed());
        true
    });
    let killed_after = killed_after
        .into_inner()
        .unwrap()
        .unwrap_or_else(|| panic!("never killed: {:#?}", outcome.errors));
    server.kill();
    let acknowledged = outcome.acknowledged;
    println!(
        "crash: killed after {} ms; {} of {n} enrolments started, {} acknowledged, {} calls cut \
         off",
        killed_after.as_millis(),
        outcome.started,
        acknowledged.len(),
        outcome.errors.len()
    );
    assert!(acknowledged.len() >= kill_after);
    assert!(
        outcome.started < n,
        "every enrolment started before the kill"
    );

    let server = spawn_server(data.path());
    let url = server.url.clone();
    let enabled = assert_consistent(&db);
    assert!(
        enabled >= acknowledged.len(),
        "{enabled} < {}",
        acknowledged.len()
    );
    // Each acknowledged enrolment logs in with its key (a code of the next step, which is
    // inside the window and after the step its verification used).
    let http = vss_testkit::http::client_builder()
        .timeout(CALL_LIMIT)
        .build()
        .unwrap();
    let mut failed = Vec::new();
    for (name, key) in &acknowledged {
        let code = vss_testkit::totp_at(key, clock.unix() + 30);
        let response = http
            .post(format!("{url}/auth/request-token"))
            .basic_auth(name, Some(PASSWORD))
            .json(&json!({ "otp": code }))
            .send()
            .unwrap();
        if !response.status().is_success() {
            failed.push(format!("{name}: {}", response.text().unwrap_or_default()));
        }
    }
    server.kill();
    assert!(failed.is_empty(), "{failed:#?}");
    println!(
        "crash: after the restart {enabled} accounts enabled, all {} acknowledged ones log in",
        acknowledged.len()
    );
}

#[test]
#[ignore = "heavy: cargo test --release -p vss-mock-server --test it load -- --ignored"]
fn crash_in_the_middle_of_the_load_loses_no_acknowledged_enrolment() {
    let n = accounts_wanted(500);
    crash_mid_load(n, n / 3, n / 5);
}

#[test]
fn crash_mid_load_small() {
    crash_mid_load(60, 20, 16);
}
