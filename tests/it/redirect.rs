//! Redirects: an API call follows one only within the same server (same scheme, host and
//! port, or `http` to `https` on the same host and the default ports), so that the body and
//! the credentials never go elsewhere and no token is taken from elsewhere. A redirect to
//! another server is exit 6, naming both.

use serde_json::json;
use vss_testkit::assert_cmd_snapshot;
use vss_testkit::recorder::{Answer, Recorder};
use vss_testkit::{Env, PASSWORD};

/// A server that hands out a token to anyone.
fn token_server() -> Recorder {
    Recorder::http(|_| Answer::json(200, json!({"token": "token-from-elsewhere"})))
}

#[test]
fn a_redirect_to_another_server_is_refused_and_nothing_goes_there() {
    let env = Env::start();
    let elsewhere = token_server();
    // Another host name (localhost is not 127.0.0.1 as a name), and another port.
    let target = format!("http://localhost:{}", elsewhere.port());
    let redirector =
        Recorder::http(move |request| Answer::redirect(307, &format!("{target}{}", request.path)));
    let mut cmd = env.bare_cli();
    cmd.args([
        "-e",
        &redirector.url(),
        "-u",
        "ana",
        "-p",
        PASSWORD,
        "--totp",
        "123456",
        "token",
        "mk",
    ]);
    assert_cmd_snapshot!(cmd);
    assert_eq!(redirector.requests().len(), 1);
    assert_eq!(elsewhere.connections(), 0, "{:?}", elsewhere.requests());

    // Another port of the same host is another server too.
    let elsewhere = token_server();
    let target = elsewhere.url();
    let redirector =
        Recorder::http(move |request| Answer::redirect(308, &format!("{target}{}", request.path)));
    env.bare_cli()
        .args(["-e", &redirector.url(), "-u", "ana", "-p", PASSWORD])
        .args(["token", "mk"])
        .assert()
        .code(6);
    assert_eq!(elsewhere.connections(), 0, "{:?}", elsewhere.requests());
}

#[test]
fn a_redirect_within_the_same_server_is_followed() {
    let env = Env::start();
    // An endpoint that moved under another path of the same server (308 keeps the method and
    // the body).
    let server = Recorder::http(|request| match request.path.strip_prefix("/old") {
        Some(rest) => Answer::redirect(308, rest),
        None => Answer::json(200, json!({"token": "token-from-here"})),
    });
    env.bare_cli()
        .args(["-e", &format!("{}/old", server.url())])
        .args([
            "-u", "ana", "-p", PASSWORD, "--totp", "123456", "token", "mk",
        ])
        .assert()
        .success()
        .stdout("token-from-here\n");
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_eq!(requests[0].path, "/old/auth/request-token");
    assert_eq!(requests[1].path, "/auth/request-token");
    assert_eq!(requests[1].method, "POST");
    assert_eq!(requests[1].body, requests[0].body);
    assert_eq!(
        requests[1].header("authorization"),
        requests[0].header("authorization")
    );
}
