//! The public Python `vss-cli` 2026.4.0's `token ls`, `token get` and `token rm` against the
//! bundled server over HTTPS (trusted through `REQUESTS_CA_BUNDLE`, logging in with
//! `VSS_USER`/`VSS_USER_PASS` as its users do): the columns it shows hold what the server
//! has, and a token it removes is refused by the server at once, checked with a Bearer call.

use std::path::Path;

use serde_json::Value;
use vss_testkit::{python, Env, Trust, PASSWORD};

/// The columns of `token ls` (the Python tool's `COLUMNS_TK_MIN`).
const LS_COLUMNS: [&str; 6] = [
    "id",
    "created_on",
    "updated_on",
    "last_access",
    "ip_address",
    "valid",
];
/// The fields of `token get` (its `COLUMNS_TK`).
const GET_FIELDS: [&str; 9] = [
    "id",
    "created_on",
    "updated_on",
    "last_access",
    "ip_address",
    "valid",
    "type",
    "expiration",
    "duration",
];

/// What one run of the Python tool printed, and whether it succeeded.
struct Output {
    ok: bool,
    stdout: String,
    stderr: String,
}

/// The Python `vss-cli` with `args` against the server as `user`, without a terminal (so its
/// data alone is on stdout).
fn python(bin: &Path, env: &Env, user: &str, args: &[&str]) -> Output {
    let out = python::command(bin, env.home.path())
        .env("VSS_ENDPOINT", env.url())
        .env("VSS_USER", user)
        .env("VSS_USER_PASS", PASSWORD)
        .env("REQUESTS_CA_BUNDLE", env.server.ca().unwrap())
        .args(args)
        .output()
        .expect("the Python vss-cli runs");
    Output {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

impl Output {
    #[track_caller]
    fn success(self) -> String {
        assert!(
            self.ok,
            "the Python vss-cli failed:\n{}\n{}",
            self.stdout, self.stderr
        );
        self.stdout
    }
}

/// The rows of a table the Python tool printed: the header's cells, then each row's.
fn table(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut lines = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .skip_while(|l| !l.trim_start().starts_with("id "));
    let header = lines
        .next()
        .unwrap_or_else(|| panic!("no table:\n{text}"))
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let rows = lines
        .filter(|l| !l.starts_with("--"))
        .map(|l| l.split_whitespace().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

/// The `name : value` lines of `token get`, in order.
fn fields(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|l| l.split_once(" : "))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

/// The tokens of `user` as the server lists them, with `token` (one of them).
fn server_tokens(env: &Env, token: &str) -> Vec<Value> {
    let reply = env.server.get("/v2/user/token?per_page=500", token).ok();
    reply["data"].as_array().unwrap().clone()
}

fn ids(tokens: &[Value]) -> Vec<String> {
    tokens.iter().map(|t| t["id"].to_string()).collect()
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one Python tool journey, read top to bottom"
)]
fn the_python_tool_lists_reads_and_removes_tokens_of_the_bundled_server() {
    let Some(bin) = python::venv_bin() else {
        return;
    };
    let env = Env::start_https(Trust::Flag);
    env.add_user("tess");
    env.add_user("otto");
    // Two logins of tess elsewhere, and one of otto.
    let kept = env.server.token("tess");
    let doomed = env.server.token("tess");
    let ottos = env.server.token("otto");
    // Each used once, so that every column has a value.
    for token in [&kept, &doomed] {
        env.server.profile(token).ok();
    }

    // `token ls`: its columns, and the ids the server has (its own login's token included).
    let shown = python(&bin, &env, "tess", &["token", "ls"]).success();
    let (header, rows) = table(&shown);
    assert_eq!(header, LS_COLUMNS, "{shown}");
    let on_server = server_tokens(&env, &kept);
    assert_eq!(on_server.len(), 3, "{on_server:?}");
    let listed: Vec<String> = rows.iter().map(|r| r[0].clone()).collect();
    assert_eq!(listed, ids(&on_server), "{shown}");
    for (row, token) in rows.iter().zip(&on_server) {
        assert_eq!(row.len(), LS_COLUMNS.len(), "{shown}");
        assert_eq!(row[1], token["created_on"].as_str().unwrap());
        assert_eq!(row[4], "127.0.0.1");
        assert_eq!(row[5], "True");
    }
    assert!(!shown.contains(&ottos) && !shown.contains(&kept), "{shown}");

    // `token get ID`: every field of `COLUMNS_TK`, as the server has them.
    let id = on_server[1]["id"].to_string();
    let shown = python(&bin, &env, "tess", &["token", "get", &id]).success();
    let got = fields(&shown);
    let names: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, GET_FIELDS, "{shown}");
    let one = env
        .server
        .get(&vss_wire::path_user_token(id.parse().unwrap()), &kept)
        .ok();
    for (name, value) in &got {
        let want = match &one["data"][name.as_str()] {
            Value::String(s) => s.clone(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            other => other.to_string(),
        };
        // `last_access` moves while the token is used; the rest is as the server has it.
        if name != "last_access" {
            assert_eq!(value, &want, "{name}: {shown}");
        }
    }
    assert!(got.contains(&("type".into(), "api".into())), "{shown}");
    assert!(got.contains(&("duration".into(), "1".into())), "{shown}");

    // Someone else's token is not found.
    let failed = python(
        &bin,
        &env,
        "tess",
        &["token", "get", &on_server_id_of(&env, &ottos)],
    );
    assert!(!failed.ok, "{}", failed.stdout);
    let said = format!("{}{}", failed.stdout, failed.stderr);
    assert!(said.contains("NotFound"), "{said}");

    // `token rm ID -s`: removed on the server; the token is refused at once, the rest work.
    let doomed_id = on_server[1]["id"].to_string();
    assert_eq!(
        doomed_id,
        jti(&doomed),
        "the second listed is the second login's"
    );
    let shown = python(&bin, &env, "tess", &["token", "rm", &doomed_id, "-s"]).success();
    let status: Vec<(String, String)> = fields(&shown);
    assert_eq!(status, [("STATUS".into(), "200".into())], "{shown}");
    env.server
        .profile(&doomed)
        .error(401, "Unauthorized", "Invalid or expired token");
    env.server.profile(&kept).ok();
    env.server.profile(&ottos).ok();

    // Its listing follows: the removed id is gone, a disabled one is found by its filter.
    let before = server_tokens(&env, &kept);
    assert!(!ids(&before).contains(&doomed_id));
    let disabled = before.last().unwrap()["id"].to_string();
    env.server
        .call(
            vss_testkit::http::Method::PUT,
            &vss_wire::path_user_token(disabled.parse().unwrap()),
            &kept,
            None,
        )
        .ok();
    let shown = python(&bin, &env, "tess", &["token", "ls", "-f", "valid=eq,false"]).success();
    let (_, rows) = table(&shown);
    let listed: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(listed, [disabled.as_str()], "{shown}");
    let shown = python(&bin, &env, "tess", &["token", "ls"]).success();
    let (_, rows) = table(&shown);
    let listed: Vec<String> = rows.iter().map(|r| r[0].clone()).collect();
    assert_eq!(listed, ids(&server_tokens(&env, &kept)), "{shown}");
    assert!(!listed.contains(&doomed_id));
}

/// The id of the token, as the server lists it to its own account.
fn on_server_id_of(env: &Env, token: &str) -> String {
    let tokens = server_tokens(env, token);
    let id = jti(token);
    assert!(ids(&tokens).contains(&id));
    id
}

/// The `jti` claim of a token (its id), read without checking the signature as the Python
/// client reads its claims.
fn jti(token: &str) -> String {
    use base64::Engine as _;
    let payload = token.split('.').nth(1).unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    let claims: Value = serde_json::from_slice(&bytes).unwrap();
    claims["jti"].as_str().unwrap().to_owned()
}
