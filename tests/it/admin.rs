//! The administrator side of the seeds, end to end through the real binaries: enforcement per
//! domain and for everyone, unavailable domains, per-account switches, reset, grace periods,
//! listing and filtering, and who may do what.

use predicates::prelude::*;
use vss_mock_server::Role;
use vss_testkit::{json_out, Env};

/// A small organisation: an admin, a domain-admin per domain, and members.
fn organisation() -> Env {
    let env = Env::start();
    env.add_users(&[
        ("root", "ops", Role::Admin),
        ("eng-admin", "eng", Role::DomainAdmin),
        ("sales-admin", "sales", Role::DomainAdmin),
        ("alice", "eng", Role::User),
        ("bob", "eng", Role::User),
        ("carol", "sales", Role::User),
    ]);
    env
}

/// `vss-cli admin ARGS` as the administrator `who`, enrolled and logged in with a code
/// (administrators use MFA to administer).
fn admin(env: &Env, who: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    let mut cmd = env.admin_cli(who);
    cmd.arg("admin").args(args);
    cmd.assert()
}

#[test]
fn enforcing_a_domain_makes_its_members_enrol_first() {
    let env = organisation();
    admin(
        &env,
        "eng-admin",
        &["domain", "set", "eng", "--totp-mandatory"],
    )
    .success();

    // A member without MFA is refused with the exact command to run...
    env.cli("alice")
        .args(["account", "get", "mfa"])
        .assert()
        .code(4)
        .stderr(
            predicate::str::contains("error: Must enable TOTP").and(predicate::str::contains(
                format!("vss-cli -e {} -u alice account set mfa mk", env.url()),
            )),
        );
    // ... enrols, verifies, and logs in with a code.
    let key = env.enable_authenticator("alice");
    let st = json_out(env.cli("alice").args([
        "--totp",
        &env.totp_now(&key),
        "-o",
        "json",
        "account",
        "get",
        "mfa",
    ]));
    assert_eq!(st["state"], "enabled");
    // The other domain is untouched.
    env.cli("carol")
        .args(["account", "get", "mfa"])
        .assert()
        .success();
    // The member is required, so cannot turn MFA off.
    env.cli("alice")
        .args(["account", "set", "mfa", "rm"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("required"));
}

#[test]
fn enforcing_all_domains_and_showing_it() {
    let env = organisation();
    // An administrator without MFA may not administer; it is told how to enrol.
    env.cli("root")
        .args(["admin", "settings", "totp", "show"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains(
            "account set mfa mk AUTHENTICATOR, then",
        ));
    let shown = json_out(
        env.admin_cli("root")
            .args(["-o", "json", "admin", "settings", "totp", "show"]),
    );
    assert_eq!(shown["mandatory"], false);
    let root = |args: &[&str]| {
        let mut cmd = env.admin_cli("root");
        cmd.arg("admin").args(args);
        cmd.assert()
    };
    root(&["settings", "totp", "set", "--mandatory"]).success();
    root(&["settings", "totp", "show"])
        .success()
        .stdout(predicate::str::contains("mandatory  true"));
    env.cli("carol")
        .args(["account", "get", "mfa"])
        .assert()
        .code(4);
    env.cli("eng-admin")
        .args(["admin", "domain", "ls"])
        .assert()
        .code(4);
    root(&["settings", "totp", "set", "--optional"]).success();
    env.cli("carol")
        .args(["account", "get", "mfa"])
        .assert()
        .success();
}

#[test]
fn an_unavailable_domain_refuses_enrolment_with_the_seed_message() {
    let env = organisation();
    admin(
        &env,
        "root",
        &["domain", "set", "sales", "--totp-unavailable"],
    )
    .success();
    env.cli("carol")
        .args(["account", "set", "mfa", "mk", "EMAIL"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains(
            "Two-Factor Authentication not available",
        ));
}

#[test]
fn without_can_toggle_a_user_can_neither_enable_nor_disable() {
    let env = organisation();
    env.enable_authenticator("bob");
    admin(
        &env,
        "eng-admin",
        &["user", "set", "bob", "--can-toggle-mfa", "no"],
    )
    .success();
    admin(
        &env,
        "eng-admin",
        &["user", "set", "alice", "--can-toggle-mfa", "no"],
    )
    .success();
    env.cli("bob")
        .args(["account", "set", "mfa", "rm"])
        .assert()
        .code(4);
    env.cli("alice")
        .args(["account", "set", "mfa", "mk", "EMAIL"])
        .assert()
        .code(4);
    // An administrator still can.
    admin(
        &env,
        "eng-admin",
        &["user", "totp", "disable", "--user", "bob", "--yes"],
    )
    .success();
}

#[test]
fn a_reset_logs_the_user_out_and_demands_enrolment_again() {
    let env = organisation();
    admin(&env, "root", &["domain", "set", "eng", "--totp-mandatory"]).success();
    let key = env.enable_authenticator("alice");
    let token = String::from_utf8(
        env.cli("alice")
            .args(["--totp", &env.totp_now(&key), "token", "mk"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let token = token.trim();
    let with_token = |code: i32| {
        env.bare_cli()
            .env("VSS_ENDPOINT", env.url())
            .env("VSS_TOKEN", token)
            .args(["account", "get", "mfa"])
            .assert()
            .code(code);
    };
    with_token(0);

    // Without a terminal the reset needs --yes.
    admin(
        &env,
        "eng-admin",
        &[
            "user", "totp", "disable", "--user", "alice", "--domain", "eng",
        ],
    )
    .code(2)
    .stderr(predicate::str::contains("--yes"));
    admin(
        &env,
        "root",
        &[
            "user", "totp", "disable", "--user", "alice", "--domain", "eng", "--yes",
        ],
    )
    .success();

    with_token(3);
    env.cli("alice")
        .args(["account", "get", "mfa"])
        .assert()
        .code(4);
    // The user was told by e-mail.
    let mail = env
        .outbox()
        .mails()
        .into_iter()
        .rev()
        .find(|m| m.to == "alice@example.com")
        .expect("no mail to alice");
    assert_eq!(mail.subject, "MFA was reset on your VSS account");
    assert!(
        mail.body.contains("An administrator (root) reset"),
        "{}",
        mail.body
    );
    // And it is on the record, newest first: exactly who did what to whom (the refused
    // attempt without --yes changed nothing, so is not), after the domain's policy change.
    let mut audit = json_out(
        env.admin_cli("root")
            .args(["-o", "json", "admin", "audit", "ls"]),
    );
    for record in audit.as_array_mut().unwrap() {
        let time = record["time"].take();
        assert!(
            chrono::DateTime::parse_from_rfc3339(time.as_str().unwrap()).is_ok(),
            "{time}"
        );
    }
    assert_eq!(
        audit,
        serde_json::json!([
            {"time": null, "actor": "root", "action": "user.totp.reset", "target": "alice",
             "detail": "MFA was enabled (AUTHENTICATOR); every token revoked"},
            {"time": null, "actor": "root", "action": "domain.totp", "target": "eng",
             "detail": "totp: optional -> mandatory; grace_period_hours: none -> none"},
        ])
    );
}

#[test]
fn a_grace_period_warns_before_the_deadline_and_refuses_after() {
    let env = organisation();
    let set_at = env.clock.unix();
    admin(
        &env,
        "root",
        &[
            "domain",
            "set",
            "eng",
            "--totp-mandatory",
            "--grace-period",
            "24",
        ],
    )
    .success();
    let set_by = env.clock.unix();
    let domains = json_out(
        env.admin_cli("root")
            .args(["-o", "json", "admin", "domain", "ls"]),
    );
    let eng = domains
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == "eng")
        .expect("domain eng");
    let deadline_text = eng["deadline"].as_str().unwrap();
    let deadline = chrono::DateTime::parse_from_rfc3339(deadline_text).unwrap();
    // 24 hours from when it was set.
    let since = deadline.timestamp() - 24 * 3600;
    assert!(
        (set_at..=set_by).contains(&since),
        "deadline {deadline_text}, set between {set_at} and {set_by}"
    );
    // A member without MFA still logs in, warned of that deadline and of what to do.
    env.cli("bob")
        .args(["account", "get", "mfa"])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "warning: MFA becomes required for domain eng at {deadline_text}; from then on, \
             logins without it are refused."
        )));
    // Past the deadline: refused, with the command that enrols.
    env.clock
        .advance(deadline.timestamp() - env.clock.unix() + 1);
    env.cli("bob")
        .args(["account", "get", "mfa"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("error: Must enable TOTP"));
}

#[test]
fn the_security_alert_reaches_the_user() {
    let env = organisation();
    admin(&env, "sales-admin", &["user", "alert", "carol"])
        .success()
        .stderr("A security summary was e-mailed to c***@example.com\n");
    let mail = env
        .outbox()
        .mails()
        .into_iter()
        .rev()
        .find(|m| m.to == "carol@example.com")
        .expect("no alert");
    assert_eq!(mail.subject, "Security summary of your VSS account");
    // What carol's account is: no MFA, not required, hers to turn on.
    for line in [
        "Account:                 carol (domain sales)",
        "Multi-factor auth (MFA): not enabled",
        "MFA required:            no",
        "You may turn MFA on/off: yes",
        "Recovery codes left:     0",
    ] {
        assert!(
            mail.body.lines().any(|l| l == line),
            "{line:?} not in:\n{}",
            mail.body
        );
    }
    assert!(mail.body.contains("What to do next: "), "{}", mail.body);
}

/// Every admin command by a user, a domain-admin of the target's domain, a domain-admin of
/// another domain, and an admin: allowed (0), refused for the role (8), or, for an account of
/// another domain, not found (1) as if it did not exist, exactly.
#[test]
fn authorisation_matrix() {
    let env = organisation();
    let callers = ["carol", "eng-admin", "sales-admin", "root"];
    let cases: &[(&[&str], [i32; 4])] = &[
        (&["settings", "totp", "show"], [8, 0, 0, 0]),
        (&["settings", "totp", "set", "--optional"], [8, 8, 8, 0]),
        (&["domain", "ls"], [8, 0, 0, 0]),
        (&["domain", "set", "eng", "--totp-optional"], [8, 0, 8, 0]),
        (&["user", "ls", "--domain", "eng"], [8, 0, 8, 0]),
        (&["user", "set", "bob", "--require-mfa", "no"], [8, 0, 1, 0]),
        (&["user", "alert", "bob"], [8, 0, 1, 0]),
        (
            &["user", "totp", "disable", "--user", "bob", "--yes"],
            [8, 0, 1, 0],
        ),
        (&["audit", "ls"], [8, 0, 0, 0]),
    ];
    for (args, expected) in cases {
        for (who, code) in callers.iter().zip(expected) {
            if args.contains(&"alert") {
                // Security summaries go to one account at most once every 30 seconds.
                env.clock.advance(31);
            }
            let mut cmd = if *who == "carol" {
                env.cli(who)
            } else {
                env.admin_cli(who)
            };
            let out = cmd.arg("admin").args(*args).output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(
                out.status.code(),
                Some(*code),
                "{who}: admin {}: {stderr}",
                args.join(" ")
            );
            if *code == 8 {
                assert!(stderr.contains("role"), "{who}: {stderr}");
            }
            if *code == 1 {
                assert!(stderr.contains("No account named bob"), "{who}: {stderr}");
            }
        }
    }
}

#[test]
#[allow(clippy::too_many_lines, reason = "one organisation listed every way")]
fn listing_and_filtering_over_a_thousand_accounts() {
    let env = organisation();
    let names: Vec<String> = (0..1200).map(|i| format!("u{i:04}")).collect();
    let rows: Vec<(&str, &str, Role)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), ["d0", "d1", "d2"][i % 3], Role::User))
        .collect();
    env.add_users(&rows);
    // Three accounts of d1 enrol.
    for user in ["u0001", "u0004", "u0007"] {
        env.enable_authenticator(user);
    }

    let all = json_out(env.admin_cli("root").args([
        "-o",
        "json",
        "admin",
        "user",
        "ls",
        "--all",
        "--per-page",
        "500",
    ]));
    assert_eq!(all.as_array().unwrap().len(), 1206);
    let d1_without = json_out(env.admin_cli("root").args([
        "-o", "json", "admin", "user", "ls", "--domain", "d1", "--mfa", "disabled", "--all",
    ]));
    assert_eq!(d1_without.as_array().unwrap().len(), 397);
    let d1_with = json_out(env.admin_cli("root").args([
        "-o", "json", "admin", "user", "ls", "--domain", "d1", "--mfa", "enabled",
    ]));
    let names: Vec<&str> = d1_with
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["u0001", "u0004", "u0007"]);

    // One page at a time, with a note of where it is.
    let out = env
        .admin_cli("root")
        .args([
            "-o",
            "json",
            "admin",
            "user",
            "ls",
            "--domain",
            "d2",
            "--page",
            "2",
            "--per-page",
            "100",
        ])
        .output()
        .unwrap();
    let page: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(page.as_array().unwrap().len(), 100);
    assert!(String::from_utf8_lossy(&out.stderr).contains("page 2 of 4"));
    let pages: Vec<serde_json::Value> = (1..=4)
        .map(|p| {
            json_out(env.admin_cli("root").args([
                "-o",
                "json",
                "admin",
                "user",
                "ls",
                "--domain",
                "d2",
                "--page",
                &p.to_string(),
                "--per-page",
                "100",
            ]))
        })
        .collect();
    let mut seen: Vec<&str> = pages
        .iter()
        .flat_map(|p| p.as_array().unwrap())
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(seen.len(), 400);
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 400, "pages overlap");
}

#[test]
fn a_stored_token_revoked_by_a_reset_is_replaced_by_logging_in_again() {
    let env = organisation();
    env.bare_cli()
        .args([
            "-e",
            &env.url(),
            "-u",
            "bob",
            "-p",
            vss_testkit::PASSWORD,
            "configure",
            "mk",
        ])
        .assert()
        .success();
    let secrets = env.config_dir().join("secrets.yaml");
    let before = std::fs::read_to_string(&secrets).unwrap();
    admin(
        &env,
        "root",
        &["user", "totp", "disable", "--user", "bob", "--yes"],
    )
    .success();
    // The stored token is refused now; the command logs in again and keeps the new token.
    env.bare_cli()
        .args(["account", "get", "mfa"])
        .assert()
        .success();
    assert_ne!(std::fs::read_to_string(&secrets).unwrap(), before);
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one mandatory domain and its accounts, top to bottom"
)]
fn a_domain_made_mandatory_with_days_of_grace_says_whom_it_binds_and_lists_them() {
    let env = organisation();
    // alice starts an enrolment and does not finish it: she has no working MFA either.
    env.cli("alice")
        .args([
            "account",
            "set",
            "mfa",
            "mk",
            "EMAIL",
            "--no-save-recovery-codes",
        ])
        .assert()
        .success();
    let mut cmd = env.admin_cli("eng-admin");
    cmd.args([
        "admin",
        "domain",
        "set",
        "eng",
        "--totp-mandatory",
        "--grace-period",
        "2d",
    ]);
    let set = cmd.output().unwrap();
    assert!(set.status.success(), "{set:?}");
    let said = String::from_utf8_lossy(&set.stderr).into_owned();
    let description = format!(
        "standard error of {}",
        vss_testkit::snapshot::command_line(&cmd)
    );
    vss_testkit::snapshot::described(&description).bind(|| {
        vss_testkit::snapshot::insta::assert_snapshot!("domain_set_mandatory_with_grace", said)
    });
    let domains = json_out(
        env.admin_cli("root")
            .args(["-o", "json", "admin", "domain", "ls"]),
    );
    let eng = domains
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == "eng")
        .unwrap();
    assert_eq!(eng["grace_period_hours"], 48);

    // Without working MFA: the one who never enrolled and the one whose enrolment is pending.
    let names = |filter: &[&str]| -> Vec<String> {
        let mut cmd = env.admin_cli("root");
        cmd.args(["-o", "json", "admin", "user", "ls", "--domain", "eng"])
            .args(filter);
        json_out(&mut cmd)
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["username"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(names(&["--mfa", "off"]), ["alice", "bob"]);
    assert_eq!(names(&["--mfa", "disabled,pending"]), ["alice", "bob"]);
    assert_eq!(
        names(&["--mfa", "pending", "--mfa", "disabled"]),
        ["alice", "bob"]
    );
    assert_eq!(names(&["--mfa", "disabled"]), ["bob"]);
    // The table says they are in their grace period, and until when.
    let mut cmd = env.admin_cli("root");
    cmd.args(["admin", "user", "ls", "--domain", "eng", "--mfa", "off"]);
    let table = cmd.output().unwrap();
    let table = String::from_utf8_lossy(&table.stdout).into_owned();
    let description = format!(
        "standard output of {}",
        vss_testkit::snapshot::command_line(&cmd)
    );
    vss_testkit::snapshot::described(&description).bind(|| {
        vss_testkit::snapshot::insta::assert_snapshot!("user_ls_in_a_grace_period", table)
    });
    // A grace period that is not whole hours is refused.
    env.admin_cli("root")
        .args([
            "admin",
            "domain",
            "set",
            "sales",
            "--totp-mandatory",
            "--grace-period",
            "90m",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a grace period is whole hours"));
}
