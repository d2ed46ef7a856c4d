//! The real service's token calls on the bundled server, as pyvss and the Python tool's
//! `token ls|get|rm` make them: the caller's tokens listed a page at a time (following
//! `meta.pages.next_url` to the end), sorted and filtered, read, disabled and deleted, each
//! change refusing that token at once and no other; someone else's tokens out of reach; a
//! token's id is its JWT's `jti`; an administrator's reset still revokes them all; and a token
//! dies with its account, even when an account of the same name comes later.

use serde_json::{json, Value};
use vss_mock_server::Role;
use vss_testkit::http::Method;
use vss_testkit::{user, TestServer};

const BAD_TOKEN: &str = "Invalid or expired token";

/// A server with the accounts `ann` and `jm` (made in this order).
fn start() -> TestServer {
    TestServer::with_users([user("ann"), user("jm")])
}

/// The id a token's JWT names (`jti`, a decimal string).
fn jti(token: &str) -> u64 {
    let claims = crate::api::claims(token);
    let jti = claims["jti"].as_str().expect("a jti claim");
    jti.parse()
        .unwrap_or_else(|_| panic!("not decimal: {jti:?}"))
}

fn ids(list: &Value) -> Vec<u64> {
    list["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_u64().unwrap())
        .collect()
}

/// `GET /v2/user/token?QUERY` with `token`.
fn list(s: &TestServer, token: &str, query: &str) -> Value {
    s.get(&format!("/v2/user/token?{query}"), token).ok()
}

fn path(id: u64) -> String {
    vss_wire::path_user_token(id)
}

/// `url`, which must be on this server, as a path.
fn path_of<'a>(s: &TestServer, url: &'a str) -> &'a str {
    let base = s.url();
    url.strip_prefix(base.as_str())
        .unwrap_or_else(|| panic!("{url} is not on {base}"))
}

fn time(value: &Value) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(value.as_str().unwrap())
        .unwrap()
        .into()
}

#[test]
fn the_tokens_of_two_logins_are_listed_without_the_tokens_themselves() {
    let s = start();
    s.clock().stop();
    let first = s.token("jm");
    s.clock().advance(5);
    let second = s.token("jm");
    let anns = s.token("ann");
    assert_ne!(jti(&first), jti(&second));

    let reply = list(&s, &first, "expand=1&per_page=50");
    // Ids are the `jti` of each token, in the order they were made.
    assert_eq!(ids(&reply), [jti(&first), jti(&second)]);
    assert_eq!(
        reply["meta"],
        json!({"count": 2, "total": 2, "pages": {
            "page": 1, "per_page": 50, "total": 1, "next_url": null, "prev_url": null}})
    );
    let text = reply.to_string();
    for token in [&first, &second, &anns] {
        assert!(!text.contains(token.as_str()), "{text}");
        assert!(!text.contains(token.rsplit('.').next().unwrap()), "{text}");
    }
    let [one, two] = [&reply["data"][0], &reply["data"][1]];
    let mut keys: Vec<&str> = one
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "created_on",
            "duration",
            "expiration",
            "id",
            "ip_address",
            "last_access",
            "type",
            "updated_on",
            "valid"
        ]
    );
    for t in [one, two] {
        assert_eq!(
            (&t["type"], &t["valid"], &t["ip_address"], &t["duration"]),
            (&json!("api"), &json!(true), &json!("127.0.0.1"), &json!(1))
        );
        assert_eq!(t["created_on"], t["updated_on"]);
        let created = time(&t["created_on"]);
        assert_eq!(time(&t["expiration"]) - created, chrono::Duration::hours(1));
        assert!(t["created_on"].as_str().unwrap().ends_with('Z'), "{t}");
    }
    assert_eq!(
        time(&two["created_on"]) - time(&one["created_on"]),
        chrono::Duration::seconds(5)
    );
    // The listing token was just used; the other not yet.
    assert!(one["last_access"].is_string(), "{one}");
    assert_eq!(two["last_access"], Value::Null);
    s.profile(&second).ok();
    let reply = list(&s, &first, "");
    assert!(reply["data"][1]["last_access"].is_string(), "{reply}");

    // Each account sees its own.
    assert_eq!(ids(&list(&s, &anns, "")), [jti(&anns)]);
    // The same reply over the wire types a client reads it with.
    let typed: vss_wire::TokenList = serde_json::from_value(reply).unwrap();
    assert_eq!(typed.data[0].id, jti(&first));
    assert_eq!(typed.data[0].kind.as_deref(), Some("api"));
    assert_eq!(typed.meta.unwrap().pages.unwrap().next_url, None);
}

#[test]
fn pages_are_followed_by_next_url_to_the_end() {
    let s = start();
    let tokens: Vec<String> = (0..5).map(|_| s.token("jm")).collect();
    let want: Vec<u64> = tokens.iter().map(|t| jti(t)).collect();
    let mut url = format!("{}/v2/user/token?expand=1&per_page=2", s.url());
    let mut seen = Vec::new();
    let mut pages = Vec::new();
    loop {
        let reply = s.get(path_of(&s, &url), &tokens[0]).ok();
        seen.extend(ids(&reply));
        pages.push(reply["meta"]["pages"].clone());
        match reply["meta"]["pages"]["next_url"].as_str() {
            Some(next) => url = next.to_owned(),
            None => break,
        }
    }
    assert_eq!(seen, want);
    let base = s.url();
    assert_eq!(
        pages,
        [
            json!({"page": 1, "per_page": 2, "total": 3, "prev_url": null,
                   "next_url": format!("{base}/v2/user/token?expand=1&per_page=2&page=2")}),
            json!({"page": 2, "per_page": 2, "total": 3,
                   "prev_url": format!("{base}/v2/user/token?expand=1&per_page=2&page=1"),
                   "next_url": format!("{base}/v2/user/token?expand=1&per_page=2&page=3")}),
            json!({"page": 3, "per_page": 2, "total": 3, "next_url": null,
                   "prev_url": format!("{base}/v2/user/token?expand=1&per_page=2&page=2")}),
        ]
    );

    // The filter and the order go on to the next page; the host is the one the client named.
    let request = s
        .request(
            Method::GET,
            "/v2/user/token?sort=created_on,desc&filter=valid,eq,true&per_page=3",
        )
        .bearer_auth(&tokens[0])
        .header("host", "vss.example.test:8443");
    let reply = s.send(request).ok();
    let next = reply["meta"]["pages"]["next_url"].as_str().unwrap();
    assert_eq!(
        next,
        "http://vss.example.test:8443/v2/user/token?filter=valid%2Ceq%2Ctrue\
         &sort=created_on%2Cdesc&per_page=3&page=2"
    );
    let rest = s
        .get(
            next.strip_prefix("http://vss.example.test:8443").unwrap(),
            &tokens[0],
        )
        .ok();
    let mut newest_first = want.clone();
    newest_first.reverse();
    assert_eq!([ids(&reply), ids(&rest)].concat(), newest_first);
    assert_eq!(rest["meta"]["pages"]["next_url"], Value::Null);

    // Past the end: nothing, and no next page.
    let past = list(&s, &tokens[0], "per_page=2&page=9");
    assert_eq!((ids(&past), &past["meta"]["count"]), (vec![], &json!(0)));
    assert_eq!(past["meta"]["pages"]["next_url"], Value::Null);
    // Out of range, as the administrator lists say it.
    s.get("/v2/user/token?page=0", &tokens[0]).error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: page: pages count from 1",
    );
    s.get("/v2/user/token?per_page=501", &tokens[0]).error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: per_page: must be from 1 to 500",
    );
}

#[test]
fn next_url_says_https_over_tls() {
    let s = TestServer::start_https();
    s.add_user(user("jm"));
    let token = s.token("jm");
    s.token("jm");
    let reply = list(&s, &token, "per_page=1");
    let next = reply["meta"]["pages"]["next_url"].as_str().unwrap();
    assert_eq!(next, format!("{}/v2/user/token?per_page=1&page=2", s.url()));
    assert!(next.starts_with("https://"), "{next}");
}

#[test]
fn tokens_are_sorted_and_filtered_as_pyvss_asks() {
    let s = start();
    let tokens: Vec<String> = (0..3)
        .map(|_| {
            s.clock().advance(1);
            s.token("jm")
        })
        .collect();
    let [a, b, c] = [0, 1, 2].map(|i| jti(&tokens[i]));
    let t = &tokens[0];
    assert_eq!(ids(&list(&s, t, "sort=created_on,desc")), [c, b, a]);
    assert_eq!(ids(&list(&s, t, "sort=created_on,asc")), [a, b, c]);
    s.call(Method::PUT, &path(b), t, None).ok();
    assert_eq!(ids(&list(&s, t, "filter=valid,eq,false")), [b]);
    assert_eq!(ids(&list(&s, t, "filter=valid,eq,true")), [a, c]);
    assert_eq!(
        ids(&list(&s, t, "filter=valid,eq,true&sort=created_on,desc")),
        [c, a]
    );
    // Several conditions and keys, `;`-separated as the Python tool joins them.
    assert_eq!(
        ids(&list(&s, t, &format!("filter=valid,eq,true;id,gt,{a}"))),
        [c]
    );
    assert_eq!(
        ids(&list(&s, t, "sort=valid,desc;created_on,desc")),
        [c, a, b]
    );
    // What this server does not know is ignored, not refused.
    assert_eq!(
        ids(&list(
            &s,
            t,
            "filter=colour,eq,red;valid,like,x&sort=colour,desc"
        )),
        [a, b, c]
    );
    let meta = &list(&s, t, "filter=valid,eq,false")["meta"];
    assert_eq!((&meta["count"], &meta["total"]), (&json!(1), &json!(1)));
}

#[test]
fn one_token_is_read_and_another_accounts_is_out_of_reach() {
    let s = start();
    let jm = s.token("jm");
    let ann = s.token("ann");
    let reply = s.get(&path(jti(&jm)), &jm).ok();
    let listed = list(&s, &jm, "");
    assert_eq!(reply["data"]["id"], jti(&jm));
    assert_eq!(reply["data"], listed["data"][0]);
    let typed: vss_wire::TokenEnvelope = serde_json::from_value(reply).unwrap();
    assert_eq!(typed.data.valid, Some(true));

    // Ann's token, or none, is not found whatever jm asks, and ann's token keeps working.
    let not_found = |id: u64| format!("No token {id} among this account's API tokens");
    for method in [Method::GET, Method::PUT, Method::DELETE] {
        for id in [jti(&ann), 999_999, u64::MAX] {
            s.call(method.clone(), &path(id), &jm, None)
                .error(404, "NotFound", &not_found(id));
        }
    }
    s.profile(&ann).ok();
    assert_eq!(ids(&list(&s, &ann, "")), [jti(&ann)]);
    s.get("/v2/user/token/seven", &jm).error(
        400,
        "InvalidParameterValue",
        "InvalidParameterValue: id: a token id is a whole number",
    );
    let reply = s.call(Method::POST, &path(jti(&jm)), &jm, None);
    assert_eq!(reply.status.as_u16(), 405);
    assert_eq!(
        reply.body["message"],
        "POST is not allowed for /v2/user/token/{id}; use GET, PUT or DELETE"
    );
    // Without a valid token, nothing.
    s.get("/v2/user/token", "not.a.jwt")
        .error(401, "Unauthorized", BAD_TOKEN);
}

#[test]
fn a_disabled_token_is_refused_and_the_others_work() {
    let s = start();
    let keep = s.token("jm");
    let gone = s.token("jm");
    let id = jti(&gone);
    let reply = s.call(Method::PUT, &path(id), &keep, None).ok();
    assert_eq!(reply["status"], 200);
    assert_eq!(reply["type"], "info");
    assert_eq!(
        reply["message"],
        format!("Token {id} is disabled: it no longer works")
    );
    assert_eq!(
        (&reply["data"]["id"], &reply["data"]["valid"]),
        (&json!(id), &json!(false))
    );
    s.profile(&gone).error(401, "Unauthorized", BAD_TOKEN);
    s.get("/v2/user/token", &gone)
        .error(401, "Unauthorized", BAD_TOKEN);
    s.profile(&keep).ok();
    // Listed as no longer valid until it expires; disabling it again changes nothing.
    let listed = list(&s, &keep, "");
    assert_eq!(listed["data"][1]["valid"], false);
    assert!(time(&listed["data"][1]["updated_on"]) >= time(&listed["data"][1]["created_on"]));
    let again = s.call(Method::PUT, &path(id), &keep, None).ok();
    assert_eq!(again["data"]["updated_on"], reply["data"]["updated_on"]);
    // A token may disable itself.
    s.call(Method::PUT, &path(jti(&keep)), &keep, None).ok();
    s.profile(&keep).error(401, "Unauthorized", BAD_TOKEN);
    // Expired ones are not listed.
    let fresh = s.token("jm");
    s.clock().advance(3600);
    let newer = s.token("jm");
    assert_eq!(ids(&list(&s, &newer, "")), [jti(&newer)]);
    s.get(&path(jti(&fresh)), &newer).error(
        404,
        "NotFound",
        &format!("No token {} among this account's API tokens", jti(&fresh)),
    );
}

#[test]
fn a_deleted_token_is_refused_at_once() {
    let s = start();
    let keep = s.token("jm");
    let gone = s.token("jm");
    let id = jti(&gone);
    s.profile(&gone).ok();
    let reply = s.call(Method::DELETE, &path(id), &keep, None).ok();
    assert_eq!(
        reply,
        json!({"status": 200, "message": format!("Token {id} is deleted: it no longer works"),
               "type": "info"})
    );
    let typed: vss_wire::TokenChangeResponse = serde_json::from_value(reply).unwrap();
    assert!(typed.data.is_none());
    s.profile(&gone).error(401, "Unauthorized", BAD_TOKEN);
    assert_eq!(ids(&list(&s, &keep, "")), [jti(&keep)]);
    s.call(Method::DELETE, &path(id), &keep, None).error(
        404,
        "NotFound",
        &format!("No token {id} among this account's API tokens"),
    );
    // A logout: a token deletes itself.
    let other = s.token("jm");
    s.call(Method::DELETE, &path(jti(&keep)), &keep, None).ok();
    s.profile(&keep).error(401, "Unauthorized", BAD_TOKEN);
    // The server's own fallback does the same.
    s.post_bearer("/auth/revoke-token", &other).ok();
    s.profile(&other).error(401, "Unauthorized", BAD_TOKEN);
    let last = s.token("jm");
    assert_eq!(ids(&list(&s, &last, "")), [jti(&last)]);
    // A new token never gets the id of a deleted one.
    assert!(jti(&last) > jti(&other));
}

#[test]
fn a_new_account_with_a_deleted_ones_name_does_not_take_its_tokens() {
    let s = start();
    let old = s.token("jm");
    s.profile(&old).ok();
    // The server has no call that deletes an account: an operator does it with sqlite3 (where
    // foreign keys are off), then adds the name again.
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
    let old_row: i64 = conn
        .query_row("SELECT id FROM accounts WHERE username = 'jm'", [], |r| {
            r.get(0)
        })
        .unwrap();
    conn.execute("DELETE FROM accounts WHERE username = 'jm'", [])
        .unwrap();
    s.add_user(user("jm"));
    let new_row: i64 = conn
        .query_row("SELECT id FROM accounts WHERE username = 'jm'", [], |r| {
            r.get(0)
        })
        .unwrap();
    // jm was the last account made, so SQLite gives the new one the same row id: the case
    // where only the token's own row can tell them apart.
    assert_eq!(new_row, old_row);
    s.profile(&old).error(401, "Unauthorized", BAD_TOKEN);
    s.get("/v2/user/token", &old)
        .error(401, "Unauthorized", BAD_TOKEN);
    let new = s.token("jm");
    assert_eq!(ids(&list(&s, &new, "")), [jti(&new)]);
    s.get(&path(jti(&old)), &new).error(
        404,
        "NotFound",
        &format!("No token {} among this account's API tokens", jti(&old)),
    );
}

#[test]
fn an_administrators_reset_still_revokes_every_token() {
    let s = start();
    s.add_users(&[("root", "default", Role::Admin)]);
    let root = s.admin_token("root");
    let (a, b) = (s.token("jm"), s.token("jm"));
    s.profile(&a).ok();
    s.post_bearer("/v2/admin/users/jm/totp/reset", &root).ok();
    for token in [&a, &b] {
        s.profile(token).error(401, "Unauthorized", BAD_TOKEN);
    }
    // Listed as no longer valid, beside the new login's.
    let new = s.token("jm");
    let listed = list(&s, &new, "");
    assert_eq!(ids(&listed), [jti(&a), jti(&b), jti(&new)]);
    let valid: Vec<&Value> = listed["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &t["valid"])
        .collect();
    assert_eq!(valid, [&json!(false), &json!(false), &json!(true)]);
    assert_eq!(ids(&list(&s, &new, "filter=valid,eq,true")), [jti(&new)]);
    // The administrator's own token is untouched.
    s.profile(&root).ok();
}
