//! Wire parity with the public Python `vss-cli`: both clients run the same flows through a
//! recording proxy in front of the bundled server (the API, and the VPN gateway's calls), and
//! for every flow they must send the same requests — method, path (a secret in it replaced by
//! a placeholder), query keys, auth scheme, content type and JSON or form body keys — in the
//! same order. The only calls allowed to
//! differ are listed in [`ONLY_PYTHON`], each with its reason.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use vss_testkit::python;
use vss_testkit::{json_out, Env, Recorder, Shape, PASSWORD};

const CONFIGURE_MK: &str = include_str!("python/configure_mk.py");

/// The phone both clients enrol, as the Python tool takes it, and as the server keeps it.
const PHONE: &str = "416-555-0100";
const PHONE_E164: &str = "+14165550100";

/// Calls the Python client makes that ours does not, and why: `(method, path, reason)`.
const ONLY_PYTHON: [(&str, &str, &str); 2] = [
    (
        "GET",
        "/v2/session/motd",
        "the message of the day, which the Python tool fetches and prints each time it got a \
         new token for its configuration; ours has no such notice to show",
    ),
    (
        "GET",
        "/v2/user/message",
        "the count of unread messages, which the Python tool prints each time it got a new \
         token for its configuration (with check_for_messages on); ours has no messages",
    ),
];

/// One server behind a recording proxy, the Python tool, and a home for each client.
struct Bench {
    env: Env,
    proxy: Recorder,
    bin: PathBuf,
    python_home: tempfile::TempDir,
}

impl Bench {
    /// Our `vss-cli` through the proxy as `user`, without a terminal.
    fn ours(&self, user: &str) -> assert_cmd::Command {
        let mut cmd = self.env.bare_cli();
        cmd.env("VSS_ENDPOINT", self.proxy.url())
            .env("VSS_USER", user)
            .env("VSS_USER_PASS", PASSWORD);
        cmd
    }

    /// The Python `vss-cli` through the proxy as `user`.
    fn python(&self, user: &str) -> std::process::Command {
        let mut cmd = python::command(&self.bin, self.python_home.path());
        cmd.env("VSS_ENDPOINT", self.proxy.url())
            .env("VSS_USER", user)
            .env("VSS_USER_PASS", PASSWORD);
        cmd
    }

    /// The shapes of the requests `run` made.
    fn shapes(&self, run: impl FnOnce()) -> Vec<Shape> {
        let before = self.proxy.requests().len();
        run();
        self.proxy.requests()[before..]
            .iter()
            .map(|r| r.shape())
            .collect()
    }
}

/// What both clients sent in one flow.
struct Flow {
    name: &'static str,
    python: Vec<Shape>,
    ours: Vec<Shape>,
}

impl Flow {
    /// The Python client's requests without the calls of [`ONLY_PYTHON`], and those calls.
    fn python_compared(&self) -> (Vec<String>, Vec<&Shape>) {
        let (skipped, kept): (Vec<&Shape>, Vec<&Shape>) = self.python.iter().partition(|s| {
            ONLY_PYTHON
                .iter()
                .any(|(method, path, _)| s.method == *method && s.path == *path)
        });
        (kept.iter().map(|s| s.to_string()).collect(), skipped)
    }
}

/// A JWT for `user` that looks valid for an hour and that no server signed, as a stored token
/// the server no longer takes.
fn forged_token(user: &str) -> String {
    let b64 = |s: String| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    let now = chrono::Utc::now().timestamp();
    format!(
        "{}.{}.{}",
        b64(r#"{"typ":"JWT","alg":"HS256"}"#.to_owned()),
        b64(format!(
            r#"{{"sub":"{user}","iat":{now},"exp":{},"otp":false}}"#,
            now + 3600
        )),
        b64("not signed by the server".to_owned())
    )
}

/// Configures the endpoint `mock` (the proxy) for `user` in `home` as the Python tool's
/// `configure mk` does, with a stored token the server refuses, and messages checked.
fn configure_python_style(bench: &Bench, home: &Path, user: &str) {
    python::run_script(
        &bench.bin,
        home,
        CONFIGURE_MK,
        &[&bench.proxy.url(), "mock", user, &forged_token(user)],
        &[("VSS_USER_PASS", PASSWORD)],
    );
    let config = home.join(".vss-cli/config.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(text.contains("check_for_messages: false"), "{text}");
    std::fs::write(
        &config,
        text.replace("check_for_messages: false", "check_for_messages: true"),
    )
    .unwrap();
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "each flow run through both clients in turn"
)]
fn both_clients_send_the_same_requests_flow_by_flow() {
    let Some(bin) = python::venv_bin() else {
        return;
    };
    let env = Env::start();
    let proxy = Recorder::pass_through(&env.url(), None);
    let bench = Bench {
        env,
        proxy,
        bin,
        python_home: tempfile::tempdir().unwrap(),
    };
    let env = &bench.env;
    for user in [
        "py-email", "rs-email", "py-sms", "rs-sms", "py-app", "rs-app", "py-none", "rs-none",
        "py-conf", "rs-conf", "py-vpn", "rs-vpn",
    ] {
        env.add_user(user);
    }
    let mut flows = Vec::new();
    let ours = |user: &str, args: &[&str]| {
        bench.ours(user).args(args).assert().success();
    };

    // Enrol by e-mail, verify with the mailed code.
    flows.push(Flow {
        name: "mk EMAIL + verify",
        python: bench.shapes(|| {
            let shown = python::mk(bench.python("py-email"), "EMAIL", None, false, |_| {
                env.mailed_code("py-email")
            })
            .success();
            assert!(shown.contains("You are ready to use the vss-cli with MFA via EMAIL"));
        }),
        ours: bench.shapes(|| {
            ours(
                "rs-email",
                &[
                    "account",
                    "--no-load",
                    "set",
                    "mfa",
                    "mk",
                    "EMAIL",
                    "--no-save-recovery-codes",
                ],
            );
            ours(
                "rs-email",
                &[
                    "account",
                    "set",
                    "mfa",
                    "verify",
                    &env.mailed_code("rs-email"),
                ],
            );
        }),
    });

    // Enrol by SMS with the phone as the Python tool takes it, verify with the texted code.
    flows.push(Flow {
        name: "mk SMS + verify",
        python: bench.shapes(|| {
            let shown = python::mk(bench.python("py-sms"), "SMS", Some(PHONE), false, |_| {
                env.texted_code(PHONE_E164)
            })
            .success();
            assert!(shown.contains("You are ready to use the vss-cli with MFA via SMS"));
        }),
        ours: bench.shapes(|| {
            ours(
                "rs-sms",
                &[
                    "account",
                    "--no-load",
                    "set",
                    "mfa",
                    "mk",
                    "SMS",
                    "--phone",
                    PHONE,
                    "--no-save-recovery-codes",
                ],
            );
            ours(
                "rs-sms",
                &[
                    "account",
                    "set",
                    "mfa",
                    "verify",
                    &env.texted_code(PHONE_E164),
                ],
            );
        }),
    });

    // Enrol an authenticator app, verify with a code made from the key shown.
    let mut python_key = String::new();
    let mut our_key = String::new();
    flows.push(Flow {
        name: "mk AUTHENTICATOR + verify",
        python: bench.shapes(|| {
            let shown = python::mk(
                bench.python("py-app"),
                "AUTHENTICATOR",
                None,
                false,
                |shown| {
                    python_key = python::key_shown(shown);
                    env.totp_now(&python_key)
                },
            )
            .success();
            assert!(shown.contains("You are ready to use the vss-cli with MFA via AUTHENTICATOR"));
        }),
        ours: bench.shapes(|| {
            let enrolled = json_out(bench.ours("rs-app").args([
                "-o",
                "json",
                "account",
                "--no-load",
                "set",
                "mfa",
                "mk",
                "AUTHENTICATOR",
                "--no-save-recovery-codes",
            ]));
            our_key = enrolled["key"].as_str().unwrap().to_owned();
            ours(
                "rs-app",
                &["account", "set", "mfa", "verify", &env.totp_now(&our_key)],
            );
        }),
    });
    // A code may be sent again, and a TOTP code used again, from the next time step.
    env.next_step();

    // Have a code sent for logging in.
    flows.push(Flow {
        name: "get-token",
        python: bench.shapes(|| {
            let shown = python::invoke(
                bench.python("py-email"),
                &["account", "--no-load", "set", "mfa", "get-token"],
            )
            .success();
            assert!(shown.contains("Verification code requested"), "{shown}");
        }),
        ours: bench.shapes(|| ours("rs-email", &["account", "set", "mfa", "get-token"])),
    });

    // Log in with an OTP (VSS_USER_OTP), then read the MFA status.
    flows.push(Flow {
        name: "login with an OTP + account get mfa",
        python: bench.shapes(|| {
            let mut cmd = bench.python("py-app");
            cmd.env("VSS_USER_OTP", env.totp_now(&python_key));
            let shown = python::invoke(cmd, &["account", "get", "mfa"]).success();
            assert!(shown.contains("AUTHENTICATOR"), "{shown}");
        }),
        ours: bench.shapes(|| {
            bench
                .ours("rs-app")
                .env("VSS_USER_OTP", env.totp_now(&our_key))
                .args(["account", "get", "mfa"])
                .assert()
                .success();
        }),
    });

    // The MFA status of an account without MFA: a login without a code.
    flows.push(Flow {
        name: "account get mfa",
        python: bench.shapes(|| {
            let shown =
                python::invoke(bench.python("py-none"), &["account", "get", "mfa"]).success();
            assert!(shown.contains("enabled"), "{shown}");
        }),
        ours: bench.shapes(|| ours("rs-none", &["account", "get", "mfa"])),
    });

    // Disable MFA, confirmed with the e-mailed token.
    flows.push(Flow {
        name: "rm + confirmation token",
        python: bench.shapes(|| {
            let shown =
                python::rm(bench.python("py-email"), || env.mailed_token("py-email")).success();
            assert!(shown.contains("TOTP has been disabled"), "{shown}");
        }),
        ours: bench.shapes(|| {
            ours("rs-email", &["account", "set", "mfa", "rm"]);
            let token = env.mailed_token("rs-email");
            ours(
                "rs-email",
                &[
                    "account",
                    "set",
                    "mfa",
                    "rm",
                    "--confirmation-token",
                    &token,
                ],
            );
        }),
    });

    // The VPN gateway (the proxy stands for it): the Python tool as its users have it, an
    // endpoint kept by its configure mk (so that its `vpn` commands log in nowhere), ours with
    // the credentials in the environment. Both accounts have an authenticator.
    let (py_key, _) = env.server.enrol("py-vpn");
    let (rs_key, _) = env.server.enrol("rs-vpn");
    let vpn_home = tempfile::tempdir().unwrap();
    python::run_script(
        &bench.bin,
        vpn_home.path(),
        CONFIGURE_MK,
        &[
            &bench.proxy.url(),
            "mock",
            "py-vpn",
            &forged_token("py-vpn"),
        ],
        &[("VSS_USER_PASS", PASSWORD)],
    );
    let gateway = bench.proxy.url();
    let python_vpn = |args: &[&str]| {
        let mut cmd = python::command(&bench.bin, vpn_home.path());
        cmd.args(["--vpn-server", &gateway]).args(args);
        python::invoke(cmd, &[]).success()
    };
    let ours_vpn = |args: &[&str]| {
        bench
            .ours("rs-vpn")
            .args(["--vpn-server", &gateway])
            .args(args)
            .assert()
            .success();
    };
    flows.push(Flow {
        name: "vpn gw on --otp CODE",
        python: bench.shapes(|| {
            let shown = python_vpn(&["vpn", "gw", "on", "--otp", &env.totp_now(&py_key)]);
            assert!(shown.contains("Successfully enabled"), "{shown}");
        }),
        ours: bench.shapes(|| ours_vpn(&["vpn", "gw", "on", "--otp", &env.totp_now(&rs_key)])),
    });
    flows.push(Flow {
        name: "vpn gw log -t TIME",
        python: bench.shapes(|| {
            let shown = python_vpn(&["vpn", "gw", "log", "-t", "2020-01-01 00:00"]);
            assert!(shown.contains("py-vpn: gateway opened"), "{shown}");
        }),
        ours: bench.shapes(|| ours_vpn(&["vpn", "gw", "log", "-t", "2020-01-01 00:00"])),
    });
    flows.push(Flow {
        name: "vpn gw off",
        python: bench.shapes(|| {
            let shown = python_vpn(&["vpn", "gw", "off"]);
            assert!(shown.contains("Successfully disabled VPN GW"), "{shown}");
        }),
        ours: bench.shapes(|| ours_vpn(&["vpn", "gw", "off"])),
    });

    // An endpoint configured by the Python tool whose stored token the server refuses: both
    // log in again with the stored user name and password, then read the status.
    configure_python_style(&bench, bench.python_home.path(), "py-conf");
    configure_python_style(&bench, env.home.path(), "rs-conf");
    flows.push(Flow {
        name: "stored token refused, new token, account get mfa",
        python: bench.shapes(|| {
            let cmd = python::command(&bench.bin, bench.python_home.path());
            let shown = python::invoke(cmd, &["account", "get", "mfa"]).success();
            assert!(shown.contains("enabled"), "{shown}");
        }),
        ours: bench.shapes(|| {
            env.bare_cli()
                .args(["account", "get", "mfa"])
                .assert()
                .success();
        }),
    });

    let mut report = String::new();
    let mut skipped_seen = Vec::new();
    let mut differ = Vec::new();
    for flow in &flows {
        let (python, skipped) = flow.python_compared();
        let ours: Vec<String> = flow.ours.iter().map(|s| s.to_string()).collect();
        report.push_str(&format!("== {}\n", flow.name));
        for line in &python {
            report.push_str(&format!("   sent         {line}\n"));
        }
        for line in &skipped {
            report.push_str(&format!("   Python only  {line}\n"));
        }
        skipped_seen.extend(skipped);
        assert!(!flow.ours.is_empty(), "{}: ours sent nothing", flow.name);
        if python != ours {
            differ.push(format!(
                "{}:\n  Python: {python:#?}\n  ours:   {ours:#?}",
                flow.name
            ));
        }
    }
    println!("{report}");
    assert!(
        differ.is_empty(),
        "the clients differ:\n{}",
        differ.join("\n")
    );
    // The allowance is used, and only where the Python tool got a new token for its
    // configuration.
    let skipped_paths: Vec<&str> = skipped_seen.iter().map(|s| s.path.as_str()).collect();
    assert_eq!(skipped_paths, ["/v2/session/motd", "/v2/user/message"]);
    // Every POST carried a length, `Content-Length: 0` without a body, as the Python tool's do.
    for request in bench.proxy.requests() {
        if request.method == "POST" {
            let length = request.header("content-length");
            assert_eq!(
                length.map(str::to_owned),
                Some(request.body.len().to_string()),
                "{}",
                request.line()
            );
        }
    }
    // Every request to the API said JSON, as the Python tool's do, GETs and empty POSTs too;
    // those to the VPN gateway said nothing but their form's type, as its plain requests do.
    for flow in &flows {
        for shape in &flow.ours {
            let expected = match (shape.path.starts_with("/otp/"), shape.method.as_str()) {
                (false, _) => Some("application/json"),
                (true, "POST") => Some("application/x-www-form-urlencoded"),
                (true, _) => None,
            };
            assert_eq!(shape.content_type.as_deref(), expected, "{shape}");
        }
    }
}
