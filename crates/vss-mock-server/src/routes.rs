//! HTTP in and out: paths, extractors for credentials and JSON bodies, error replies and the
//! request log. The rules live in [`Service`]; handlers only translate.
//!
//! # Account calls (DESIGN §2, plus)
//!
//! * `POST /tf/recovery-codes` (Basic) `{"otp"}` proving the current factor → `{"message",
//!   "type", "recovery_codes"}`; the old set stops working.
//! * `POST /tf/enable` with `"otp"` on an enabled account starts moving it to a new factor;
//!   `POST /tf/verify` with a code of the new factor finishes the move.
//! * `POST /tf/request-token` takes an optional `{"purpose": "login"|"verify"}`.
//! * `POST /auth/request-token` replies `{"token", "warning"?}`; `warning` names the deadline
//!   of a grace period.
//! * `POST /auth/revoke-token` (Bearer, no body) → `{"message", "type"}`: that token stops
//!   working at once (a logout); the account's other tokens keep working. This server's own
//!   call, kept for clients that use it: it deletes the token as `DELETE
//!   /v2/user/token/{id}` does, which is how the real service revokes one.
//! * `GET /v2/session/motd` (`{"data": {"motd": ""}}`) and `GET /v2/user/message` (no
//!   messages) answer what the Python client asks after each new token.
//!
//! # Administrator calls (Bearer; types in [`vss_wire`])
//!
//! | call | roles | body / query | reply |
//! |---|---|---|---|
//! | `GET /v2/admin/settings/totp` | admin, domain-admin | — | `{"mandatory"}` |
//! | `PUT /v2/admin/settings/totp` | admin | `{"mandatory": bool}` | `{"mandatory"}` |
//! | `GET /v2/admin/domains` | admin (all), domain-admin (own) | — | `{"data": [{name, totp, grace_period_hours, mandatory_since, deadline, accounts}]}` |
//! | `PUT /v2/admin/domains/{domain}` | admin, domain-admin (own) | `{"totp": "unavailable"\|"optional"\|"mandatory", "grace_period_hours": N\|null}` | the domain |
//! | `GET /v2/admin/users` | admin, domain-admin (own) | `?domain=D&mfa=enabled\|pending\|disabled&page=N&per_page=M` | `{"data": [user], "page", "per_page", "total"}` |
//! | `PATCH /v2/admin/users/{username}` | admin, domain-admin (own) | `?domain=D`, `{"require_mfa"?, "can_toggle_mfa"?}` | `{"data": user}` |
//! | `POST /v2/admin/users/{username}/totp/reset` | admin, domain-admin (own) | `?domain=D` | `{"message", "type"}` |
//! | `POST /v2/admin/users/{username}/alert` | admin, domain-admin (own) | `?domain=D` | `{"message", "type"}` |
//! | `GET /v2/admin/audit` | admin (all), domain-admin (own domain) | `?page=N&per_page=M` | `{"data": [{time, actor, action, target, detail}], "page", "per_page", "total"}` |
//!
//! A user is `{username, domain, email, role, mfa: {state, method, enabled_on,
//! recovery_codes_left}, require_mfa, can_toggle_mfa, required, deadline?}`. Pages count from
//! 1; `per_page` is 50 by default and at most 500. A domain-admin never acts on an `admin`
//! account. Refusals: 403 `Forbidden` naming the role needed; 403 `AdminMfaRequired` for a
//! token whose login did not pass a second factor (administrators must use MFA); an unknown
//! account or domain (or one outside `?domain=D`) is 404 `NotFound`; a caller that must enrol
//! first gets 403 `TotpEnforcement` like every Bearer call. Security summaries (`.../alert`) go
//! to one account as often as codes: at most once every 30 seconds and ten times an hour,
//! whoever asks; past that, 429 `TooManyRequests` says when the next may go (`Retry-After`).
//!
//! # The VPN gateway
//!
//! The calls of the VPN's MFA gateway (`/otp/...`, HTTP Basic, form and query bodies as pyvss
//! sends them) are served here too, and on a listener of their own with `--vpn-listen`; see
//! `routes/vpn.rs`.
//!
//! # Tokens
//!
//! Every token issued has an id, the decimal `jti` claim of its JWT, and the calls of the
//! real service (pyvss `get_user_tokens`, `get_user_token`, `disable_user_token`,
//! `delete_user_token`), Bearer, on the caller's own tokens only:
//!
//! | call | query | reply |
//! |---|---|---|
//! | `GET /v2/user/token` | `expand` (ignored), `page` (from 1), `per_page` (50; at most 500), `filter` (`valid,eq,false;...`), `sort` (`created_on,desc;...`) | `{"data": [token], "meta": {"count", "total", "pages": {"page", "per_page", "total", "next_url", "prev_url"}}}` |
//! | `GET /v2/user/token/{id}` | — | `{"data": token}` |
//! | `PUT /v2/user/token/{id}` | — | `{"status": 200, "message", "type", "data": token}`: disabled |
//! | `DELETE /v2/user/token/{id}` | — | `{"status": 200, "message", "type"}`: deleted |
//!
//! A token is `{id, created_on, updated_on, last_access, ip_address, valid, type, expiration,
//! duration}` (times in RFC 3339, `last_access` to the minute, `ip_address` the login's,
//! `duration` in hours), never the token itself. Expired tokens are not listed. `next_url` and
//! `prev_url` are absolute, made of the request's `Host` and the connection's scheme. Another
//! account's token id, or an unknown one, is 404 `NotFound`. Unknown filter conditions and
//! sort keys are ignored.
//!
//! Enabling, moving, disabling or resetting an account's factor, and a new set of recovery
//! codes, revoke every earlier token of the account; once it has MFA, only tokens whose login
//! passed it are accepted.

mod tokens;
mod vpn;

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{
    DefaultBodyLimit, FromRequest, FromRequestParts, MatchedPath, Path, Query, Request, State,
};
use axum::http::{header, request::Parts, HeaderMap, Method as HttpMethod, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, patch, post, put};
use axum::{Json, Router};
use base64::Engine as _;
use serde::de::DeserializeOwned;
use serde::Serialize;
use tower_http::timeout::TimeoutLayer;

use crate::error::{json_error, Error};
use crate::service::Service;
use crate::transport::{BodyWait, ConnectionInfo, Late, MAX_BODY_WAITS_PER_PEER};
use crate::Replies;
use vss_redacted::Secret;
use vss_wire::{
    self as wire, CodePurpose, CodeRequest, DomainPolicyRequest, DomainQuery, EnableRequest,
    OtpRequest, PageQuery, TotpSettings, UserUpdate, UsersQuery,
};
use vss_wire::{Credentials, ErrorKind};

/// Largest request body accepted.
pub(crate) const BODY_LIMIT: usize = 64 * 1024;
/// Longest request target (path and query) accepted; longer gets 414.
pub(crate) const URI_LIMIT: usize = 4 * 1024;
/// Most bytes of request headers (names and values) accepted; more gets 431.
pub(crate) const HEADERS_LIMIT: usize = 16 * 1024;
/// Most header fields accepted; more gets 431.
pub(crate) const MAX_HEADERS: usize = 100;
/// Default time limit of one call, reading its body included.
pub(crate) const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

type Shared = Arc<Service>;

/// The route of one token (`wire::path_user_token`).
const USER_TOKEN: &str = "/v2/user/token/{id}";

/// The API's router, the VPN gateway's calls included; a call that takes longer than
/// `timeout` gets 503 `Timeout`; successful replies are cut down to what the Python client
/// reads when `replies` is minimal.
pub(crate) fn router_with(service: Shared, timeout: Duration, replies: Replies) -> Router {
    let routes = Router::new()
        .route(wire::PATH_REQUEST_TOKEN, post(request_token))
        .route(wire::PATH_TF_ENABLE, post(enable))
        .route(wire::PATH_TF_REQUEST_TOKEN, post(send_code))
        .route(wire::PATH_TF_VERIFY, post(verify))
        .route(wire::PATH_TF_RECOVERY_CODES, post(recovery_codes))
        .route(wire::PATH_TF_DISABLE, post(request_disable))
        .route(
            &wire::path_tf_disable_confirm("{token}"),
            post(confirm_disable),
        )
        .route(wire::PATH_REVOKE_TOKEN, post(revoke_token))
        .route(wire::PATH_USER, get(user))
        .route(wire::PATH_SESSION_MOTD, get(motd))
        .route(wire::PATH_USER_MESSAGES, get(messages))
        .route(wire::PATH_USER_TOKENS, get(tokens::user_tokens))
        .route(
            USER_TOKEN,
            get(tokens::user_token)
                .put(tokens::disable_user_token)
                .delete(tokens::delete_user_token),
        )
        .route(
            wire::PATH_ADMIN_SETTINGS_TOTP,
            get(admin_settings).put(admin_set_settings),
        )
        .route(wire::PATH_ADMIN_DOMAINS, get(admin_domains))
        .route(&wire::path_admin_domain("{domain}"), put(admin_set_domain))
        .route(wire::PATH_ADMIN_USERS, get(admin_users))
        .route(
            &wire::path_admin_user("{username}"),
            patch(admin_update_user),
        )
        .route(
            &wire::path_admin_user_totp_reset("{username}"),
            post(admin_reset_totp),
        )
        .route(
            &wire::path_admin_user_alert("{username}"),
            post(admin_alert),
        )
        .route(wire::PATH_ADMIN_AUDIT, get(admin_audit))
        .merge(vpn::routes());
    layered(routes, service, timeout, replies)
}

/// The VPN gateway's calls alone, for a listener of their own (`--vpn-listen`), as
/// [`router_with`] serves them.
pub(crate) fn gateway_router(service: Shared, timeout: Duration, replies: Replies) -> Router {
    layered(vpn::routes(), service, timeout, replies)
}

/// `routes` with what every call goes through: the 404 of an unknown call, the limits of
/// bodies, time, request targets and headers, minimal replies, and the request log.
fn layered(routes: Router<Shared>, service: Shared, timeout: Duration, replies: Replies) -> Router {
    routes
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            timeout,
        ))
        .layer(middleware::from_fn_with_state(replies, shape_replies))
        .layer(middleware::from_fn(limit_request))
        .layer(middleware::from_fn_with_state(
            (service.clone(), timeout),
            log_and_shape,
        ))
        .with_state(service)
}

/// Refuses request targets and header blocks larger than [`URI_LIMIT`] and
/// [`HEADERS_LIMIT`], with more than [`MAX_HEADERS`] fields, or that declare a body longer
/// than [`BODY_LIMIT`], before any work is done and before a body is read.
async fn limit_request(request: Request, next: Next) -> Response {
    let target = request
        .uri()
        .path_and_query()
        .map_or(0, |p| p.as_str().len());
    if target > URI_LIMIT {
        return json_error(
            StatusCode::URI_TOO_LONG,
            ErrorKind::UriTooLong,
            format!(
                "The request path and query are longer than {} KiB",
                URI_LIMIT / 1024
            ),
        );
    }
    let headers: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if headers > HEADERS_LIMIT {
        return json_error(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            ErrorKind::HeadersTooLarge,
            format!(
                "The request headers are larger than {} KiB",
                HEADERS_LIMIT / 1024
            ),
        );
    }
    if request.headers().len() > MAX_HEADERS {
        return json_error(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            ErrorKind::HeadersTooLarge,
            format!("The request has more than {MAX_HEADERS} header fields"),
        );
    }
    if declared_length(request.headers()).is_some_and(|n| n > BODY_LIMIT as u64) {
        return body_too_large().into_response();
    }
    next.run(request).await
}

/// The body length a request declares (`Content-Length`; hyper refuses a request with
/// several that differ).
fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// Whether a request comes with a body to read: a non-zero length, or chunks.
fn declares_body(headers: &HeaderMap) -> bool {
    declared_length(headers).is_some_and(|n| n > 0)
        || headers.contains_key(header::TRANSFER_ENCODING)
}

fn body_too_large() -> Error {
    Error::PayloadTooLarge(format!(
        "The request body is larger than {} KiB",
        BODY_LIMIT / 1024
    ))
}

/// Runs service work (SQLite, argon2, files) on a blocking thread, a few calls at a time
/// (each password check takes ~19 MiB; calls past the limit wait their turn).
async fn blocking<T, F>(service: Shared, work: F) -> Result<T, Error>
where
    T: Send + 'static,
    F: FnOnce(&Service) -> Result<T, Error> + Send + 'static,
{
    let permit = service
        .workers
        .clone()
        .acquire_owned()
        .await
        .map_err(|e| Error::Internal(anyhow::anyhow!("the worker pool is closed: {e}")))?;
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        work(&service)
    })
    .await
    .map_err(|e| Error::Internal(anyhow::anyhow!("a worker failed: {e}")))?
}

async fn request_token(
    State(service): State<Shared>,
    ClientIp(ip): ClientIp,
    BasicAuth(credentials): BasicAuth,
    JsonOrEmpty(body): JsonOrEmpty<OtpRequest>,
) -> Result<Json<impl Serialize>, Error> {
    let otp = body.otp.map(Secret::new);
    blocking(service, move |s| s.request_token(&credentials, otp, ip))
        .await
        .map(Json)
}

async fn enable(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
    JsonBody(body): JsonBody<EnableRequest>,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| s.enable(&credentials, &body))
        .await
        .map(Json)
}

async fn send_code(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
    JsonOrEmpty(body): JsonOrEmpty<CodeRequest>,
) -> Result<Json<impl Serialize>, Error> {
    let purpose = body.purpose.unwrap_or(CodePurpose::Login);
    blocking(service, move |s| s.send_code(&credentials, purpose))
        .await
        .map(Json)
}

async fn recovery_codes(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
    JsonOrEmpty(body): JsonOrEmpty<OtpRequest>,
) -> Result<Json<impl Serialize>, Error> {
    let otp = body.otp.map(Secret::new);
    blocking(service, move |s| s.new_recovery_codes(&credentials, otp))
        .await
        .map(Json)
}

async fn verify(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
    JsonOrEmpty(body): JsonOrEmpty<OtpRequest>,
) -> Result<Json<impl Serialize>, Error> {
    let otp = body.otp.map(Secret::new);
    blocking(service, move |s| s.verify(&credentials, otp))
        .await
        .map(Json)
}

async fn request_disable(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| s.request_disable(&credentials))
        .await
        .map(Json)
}

async fn confirm_disable(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
    token: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Result<Json<impl Serialize>, Error> {
    let Path(token) =
        token.map_err(|_| Error::InvalidParameter("token: not a valid path segment".into()))?;
    let token = Secret::new(token);
    blocking(service, move |s| s.confirm_disable(&credentials, &token))
        .await
        .map(Json)
}

async fn revoke_token(
    State(service): State<Shared>,
    Bearer(token): Bearer,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| s.revoke_token(token.expose()))
        .await
        .map(Json)
}

async fn user(
    State(service): State<Shared>,
    Bearer(token): Bearer,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| s.profile(token.expose()))
        .await
        .map(Json)
}

/// `GET /v2/session/motd`: no message of the day (the Python client prints a non-empty one).
async fn motd(
    State(service): State<Shared>,
    Bearer(token): Bearer,
) -> Result<Json<serde_json::Value>, Error> {
    blocking(service, move |s| s.bearer_account(token.expose()))
        .await
        .map(|_| Json(serde_json::json!({"data": {"motd": ""}})))
}

/// `GET /v2/user/message`: no messages, in the paged shape the Python client reads (`data`, and
/// `meta.pages.next_url` to go on); its query (`expand`, `filter`, `per_page`) changes nothing.
async fn messages(
    State(service): State<Shared>,
    Bearer(token): Bearer,
) -> Result<Json<serde_json::Value>, Error> {
    blocking(service, move |s| s.bearer_account(token.expose()))
        .await
        .map(|_| {
            Json(serde_json::json!({
                "data": [],
                "meta": {"count": 0, "pages": {"page": 1, "total": 0, "next_url": null}},
            }))
        })
}

async fn admin_settings(
    State(service): State<Shared>,
    Bearer(token): Bearer,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| s.admin_settings(token.expose()))
        .await
        .map(Json)
}

async fn admin_set_settings(
    State(service): State<Shared>,
    Bearer(token): Bearer,
    JsonBody(body): JsonBody<TotpSettings>,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| {
        s.admin_set_settings(token.expose(), &body)
    })
    .await
    .map(Json)
}

async fn admin_domains(
    State(service): State<Shared>,
    Bearer(token): Bearer,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| s.admin_domains(token.expose()))
        .await
        .map(Json)
}

async fn admin_set_domain(
    State(service): State<Shared>,
    Bearer(token): Bearer,
    Segment(domain): Segment,
    JsonBody(body): JsonBody<DomainPolicyRequest>,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| {
        s.admin_set_domain(token.expose(), &domain, &body)
    })
    .await
    .map(Json)
}

async fn admin_users(
    State(service): State<Shared>,
    Bearer(token): Bearer,
    QueryParams(query): QueryParams<UsersQuery>,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| s.admin_users(token.expose(), &query))
        .await
        .map(Json)
}

async fn admin_update_user(
    State(service): State<Shared>,
    Bearer(token): Bearer,
    Segment(username): Segment,
    QueryParams(query): QueryParams<DomainQuery>,
    JsonBody(body): JsonBody<UserUpdate>,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| {
        s.admin_update_user(token.expose(), &username, query.domain.as_deref(), &body)
    })
    .await
    .map(Json)
}

async fn admin_reset_totp(
    State(service): State<Shared>,
    Bearer(token): Bearer,
    Segment(username): Segment,
    QueryParams(query): QueryParams<DomainQuery>,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| {
        s.admin_reset_totp(token.expose(), &username, query.domain.as_deref())
    })
    .await
    .map(Json)
}

async fn admin_alert(
    State(service): State<Shared>,
    Bearer(token): Bearer,
    Segment(username): Segment,
    QueryParams(query): QueryParams<DomainQuery>,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| {
        s.admin_alert(token.expose(), &username, query.domain.as_deref())
    })
    .await
    .map(Json)
}

async fn admin_audit(
    State(service): State<Shared>,
    Bearer(token): Bearer,
    QueryParams(query): QueryParams<PageQuery>,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| s.admin_audit(token.expose(), &query))
        .await
        .map(Json)
}

async fn not_found(method: HttpMethod, uri: Uri) -> Error {
    Error::NotFound(format!("No such call: {method} {}", uri.path()))
}

/// Logs one line per request (method, route, status, milliseconds; never a query string, a
/// body or a token from the path), gives bodiless 405 replies the JSON error shape, and dates
/// every reply by the server's clock (clients compare it with theirs to spot skew).
async fn log_and_shape(
    State((service, timeout)): State<(Shared, Duration)>,
    request: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = loggable_path(&request);
    let mut response = next.run(request).await;
    if response.status() == StatusCode::METHOD_NOT_ALLOWED && !is_json(response.headers()) {
        // The router adds the `Allow` header after this layer.
        response = json_error(
            StatusCode::METHOD_NOT_ALLOWED,
            ErrorKind::MethodNotAllowed,
            format!("{method} is not allowed for {path}; use {}", allowed(&path)),
        );
    } else if response.status() == StatusCode::SERVICE_UNAVAILABLE && !is_json(response.headers()) {
        // The time limit ran out (the timeout layer answers with an empty body).
        response = json_error(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorKind::Timeout,
            format!(
                "The call did not finish within {} seconds; try again later",
                timeout.as_secs()
            ),
        );
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from(1u32));
    }
    let date = http_date(service.clock().now());
    if let Ok(value) = header::HeaderValue::from_str(&date) {
        response.headers_mut().insert(header::DATE, value);
    }
    let elapsed = started.elapsed();
    // The server's own time for the call, so clients can tell it from the network's and theirs.
    let timing = format!("app;dur={:.3}", elapsed.as_secs_f64() * 1000.0);
    if let Ok(value) = header::HeaderValue::from_str(&timing) {
        response.headers_mut().insert("server-timing", value);
    }
    tracing::info!(
        "{method} {path} {} {}ms",
        response.status().as_u16(),
        elapsed.as_millis()
    );
    response
}

/// With minimal replies, keeps only the fields of a successful reply that the Python client
/// reads (see [`Replies::Minimal`]); anything else passes as it is.
async fn shape_replies(State(replies): State<Replies>, request: Request, next: Next) -> Response {
    if replies == Replies::Full {
        return next.run(request).await;
    }
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned());
    let response = next.run(request).await;
    let Some(route) = route else {
        return response;
    };
    if !response.status().is_success() || !is_json(response.headers()) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_LIMIT * 16).await else {
        return Error::Internal(anyhow::anyhow!("a reply could not be read back")).into_response();
    };
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        return Response::from_parts(parts, axum::body::Body::from(bytes));
    };
    let minimal = minimal_reply(&route, value);
    let mut response = Json(minimal).into_response();
    *response.status_mut() = parts.status;
    for (name, value) in &parts.headers {
        if name != header::CONTENT_LENGTH {
            response.headers_mut().insert(name.clone(), value.clone());
        }
    }
    response
}

/// The part of the successful reply of `route` that the Python client reads.
fn minimal_reply(route: &str, reply: serde_json::Value) -> serde_json::Value {
    use serde_json::{Map, Value};
    // The fields named, those that are there (a null one too).
    let pick = |from: &Value, keys: &[&str]| -> Value {
        let mut out = Map::new();
        for key in keys {
            if let Some(v) = from.get(*key) {
                out.insert((*key).to_owned(), v.clone());
            }
        }
        Value::Object(out)
    };
    // Recovery codes (with the issuer that names their file) only when there are some.
    let codes = |from: &Value, others: &[&str]| -> Value {
        let has_codes = from["recovery_codes"]
            .as_array()
            .is_some_and(|c| !c.is_empty());
        let mut keys: Vec<&str> = others.to_vec();
        if has_codes {
            keys.extend(["recovery_codes", "issuer"]);
        }
        pick(from, &keys)
    };
    match route {
        wire::PATH_TF_ENABLE => codes(&reply, &["uri", "key", "image"]),
        wire::PATH_TF_RECOVERY_CODES => codes(&reply, &[]),
        wire::PATH_REQUEST_TOKEN => pick(&reply, &["token"]),
        wire::PATH_USER => {
            let totp = pick(
                &reply["data"]["totp"],
                &["enabled", "method", "enabled_on", "disabled_on"],
            );
            serde_json::json!({"data": {"totp": totp}})
        }
        r if r.starts_with("/tf/") => pick(&reply, &["message", "type"]),
        wire::vpn::PATH_STATUS => pick(&reply, &["usages", "method"]),
        wire::vpn::PATH_ENABLE | wire::vpn::PATH_DISABLE => pick(&reply, &["status"]),
        wire::vpn::PATH_LOG => pick(&reply, &["log"]),
        _ => reply,
    }
}

/// A time in the HTTP `Date` format of RFC 7231 (`Sun, 06 Nov 1994 08:49:37 GMT`).
pub(crate) fn http_date(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

/// The methods a route takes, for the 405 message.
fn allowed(route: &str) -> &'static str {
    match route {
        wire::PATH_USER
        | wire::PATH_SESSION_MOTD
        | wire::PATH_USER_MESSAGES
        | wire::PATH_ADMIN_DOMAINS
        | wire::PATH_ADMIN_USERS
        | wire::PATH_ADMIN_AUDIT => "GET",
        wire::PATH_ADMIN_SETTINGS_TOTP => "GET or PUT",
        wire::PATH_USER_TOKENS => "GET",
        wire::vpn::PATH_STATUS
        | wire::vpn::PATH_DISABLE
        | wire::vpn::PATH_LOG
        | wire::vpn::PATH_SETUP => "GET",
        USER_TOKEN => "GET, PUT or DELETE",
        "/v2/admin/domains/{domain}" => "PUT",
        "/v2/admin/users/{username}" => "PATCH",
        _ => "POST",
    }
}

/// The route pattern (`/tf/disable/{token}`) when the path matched one, else the bare path
/// with anything after `/tf/disable/` hidden.
fn loggable_path(request: &Request) -> String {
    if let Some(matched) = request.extensions().get::<MatchedPath>() {
        return matched.as_str().to_owned();
    }
    let path = request.uri().path();
    let prefix = format!("{}/", wire::PATH_TF_DISABLE);
    match path.strip_prefix(&prefix) {
        Some(_) => format!("{prefix}(hidden)"),
        None => path.to_owned(),
    }
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

/// HTTP Basic credentials. When the request comes with a body, they are kept for
/// [`read_bytes`] to check before waiting for the body.
pub(crate) struct BasicAuth(pub(crate) Credentials);

impl<S: Send + Sync> FromRequestParts<S> for BasicAuth {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let credentials = parse_basic(&parts.headers).ok_or(Error::BadCredentials)?;
        if declares_body(&parts.headers) {
            parts
                .extensions
                .insert(HeaderCheck::Basic(credentials.clone()));
        }
        Ok(BasicAuth(credentials))
    }
}

/// What a request's headers say that can be refused before waiting for its body: its
/// credentials (a request extension, put by the extractors).
#[derive(Clone)]
enum HeaderCheck {
    Basic(Credentials),
    Bearer(Secret),
}

impl HeaderCheck {
    /// Refuses credentials the call would refuse (with argon2 on a worker for a password, as
    /// the call does: the call then finds them remembered and hashes nothing again).
    async fn run(self, service: &Shared) -> Result<(), Error> {
        blocking(service.clone(), move |s| match &self {
            HeaderCheck::Basic(credentials) => s.check_credentials(credentials),
            HeaderCheck::Bearer(token) => s.check_bearer(token.expose()),
        })
        .await
    }
}

fn authorization<'a>(headers: &'a HeaderMap, scheme: &str) -> Option<&'a str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (given, rest) = value.split_once(' ')?;
    given.eq_ignore_ascii_case(scheme).then(|| rest.trim())
}

/// The credentials of an `Authorization: Basic` header; `None` when there are none or they
/// are malformed. Pure, so it can be fuzzed.
pub fn parse_basic(headers: &HeaderMap) -> Option<Credentials> {
    let encoded = authorization(headers, "Basic")?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()?;
    let decoded = Secret::new(String::from_utf8(decoded).ok()?);
    let (username, password) = decoded.expose().split_once(':')?;
    if username.is_empty() {
        return None;
    }
    Some(Credentials {
        username: username.to_owned(),
        password: Secret::new(password),
    })
}

/// A Bearer token; when the request comes with a body, kept for [`read_bytes`] to check
/// before waiting for the body.
pub(crate) struct Bearer(pub(crate) Secret);

impl<S: Send + Sync> FromRequestParts<S> for Bearer {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let token = authorization(&parts.headers, "Bearer")
            .filter(|t| !t.is_empty())
            .map(Secret::new)
            .ok_or(Error::BadToken)?;
        if declares_body(&parts.headers) {
            parts.extensions.insert(HeaderCheck::Bearer(token.clone()));
        }
        Ok(Bearer(token))
    }
}

/// The client's address, when the connection is known (never from a header a client sets).
pub(crate) struct ClientIp(pub(crate) Option<std::net::IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let info = parts.extensions.get::<ConnectionInfo>();
        Ok(ClientIp(info.map(|i| i.peer.ip())))
    }
}

/// One path segment (a username or domain), percent-decoded.
pub(crate) struct Segment(pub(crate) String);

impl<S: Send + Sync> FromRequestParts<S> for Segment {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(value) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| Error::InvalidParameter("not a valid path segment".into()))?;
        Ok(Segment(value))
    }
}

/// A query string; errors name the parameter at fault.
pub(crate) struct QueryParams<T>(pub(crate) T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for QueryParams<T> {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Query(value) = Query::<T>::from_request_parts(parts, state)
            .await
            .map_err(|e| {
                let text = e.body_text();
                let text = text
                    .strip_prefix("Failed to deserialize query string: ")
                    .unwrap_or(&text);
                Error::InvalidParameter(format!("query: {text}"))
            })?;
        Ok(QueryParams(value))
    }
}

/// A JSON body; errors name the field at fault.
pub(crate) struct JsonBody<T>(pub(crate) T);

/// A JSON body that may be left out (then `T::default()`).
pub(crate) struct JsonOrEmpty<T>(pub(crate) T);

/// The request body, or `None` when it is empty (or only white space). A body must be
/// declared as JSON: `Content-Type: application/json` (parameters such as `charset` allowed),
/// as the Python client sends it; another type, or none, is 415.
async fn read_body(request: Request, service: &Shared) -> Result<Option<Bytes>, Error> {
    let declared = request
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let bytes = read_bytes(request, service).await?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    match declared {
        Some(t) if is_json_type(&t) => Ok(Some(bytes)),
        Some(t) => Err(Error::UnsupportedMediaType(format!(
            "The request body must be JSON, sent with Content-Type: application/json, not {:?}",
            t.chars().take(64).collect::<String>()
        ))),
        None => Err(Error::UnsupportedMediaType(
            "The request body must be JSON, sent with Content-Type: application/json".into(),
        )),
    }
}

/// The request body as it came. One that did not all come with the headers is not waited
/// for before the credentials of the headers pass ([`HeaderCheck`]), nor at all when its
/// client address has too many calls waiting for a body already (see `transport`). A client
/// that waits to be asked for the body (`Expect: 100-continue`) is asked once they pass.
pub(super) async fn read_bytes(request: Request, service: &Shared) -> Result<Bytes, Error> {
    let mut check = request.extensions().get::<HeaderCheck>().cloned();
    let expects_continue = request
        .headers()
        .get(header::EXPECT)
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"100-continue"));
    if expects_continue {
        if let Some(check) = check.take() {
            check.run(service).await?;
        }
    }
    let wait = request.extensions().get::<BodyWait>().cloned();
    let refused = || wait.as_ref().is_some_and(BodyWait::refused);
    let read = Bytes::from_request(request, service);
    tokio::pin!(read);
    let read = match &wait {
        Some(wait) => tokio::select! {
            biased;
            read = &mut read => read,
            late = wait.late() => {
                if late == Late::Refused {
                    return Err(too_many_body_waits());
                }
                if let Some(check) = check {
                    check.run(service).await?;
                }
                read.await
            }
        },
        None => read.await,
    };
    read.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            body_too_large()
        } else if refused() {
            too_many_body_waits()
        } else {
            Error::InvalidParameter(format!("body cannot be read: {}", e.body_text()))
        }
    })
}

fn too_many_body_waits() -> Error {
    Error::TooMany {
        kind: ErrorKind::TooManyRequests,
        message: format!(
            "More than {MAX_BODY_WAITS_PER_PEER} calls from this address are waiting for their \
             request bodies; send a body with its headers, or try again later"
        ),
        retry_after_secs: 1,
    }
}

/// `application/json`, with or without parameters, in any case.
fn is_json_type(value: &str) -> bool {
    let essence = value.split(';').next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("application/json")
}

impl<T: DeserializeOwned> FromRequest<Shared> for JsonBody<T> {
    type Rejection = Error;

    async fn from_request(request: Request, state: &Shared) -> Result<Self, Self::Rejection> {
        let Some(bytes) = read_body(request, state).await? else {
            return Err(Error::InvalidParameter(
                "a JSON object is required as the request body".into(),
            ));
        };
        parse_json(&bytes).map(JsonBody)
    }
}

impl<T: DeserializeOwned + Default> FromRequest<Shared> for JsonOrEmpty<T> {
    type Rejection = Error;

    async fn from_request(request: Request, state: &Shared) -> Result<Self, Self::Rejection> {
        match read_body(request, state).await? {
            None => Ok(JsonOrEmpty(T::default())),
            Some(bytes) => parse_json(&bytes).map(JsonOrEmpty),
        }
    }
}

/// Parses JSON, turning an error into a message that names the field:
/// `method: unknown variant ...`, or `body is not valid JSON: ...`.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let result: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    let value = result.map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_syntax() || inner.is_eof() || inner.is_io() {
            return Error::InvalidParameter(format!("body is not valid JSON: {inner}"));
        }
        let text = without_position(&inner);
        if path.is_empty() || path == "." {
            Error::InvalidParameter(text)
        } else {
            Error::InvalidParameter(format!("{path}: {text}"))
        }
    })?;
    de.end()
        .map_err(|e| Error::InvalidParameter(format!("body is not valid JSON: {e}")))?;
    Ok(value)
}

/// The error text without serde_json's ` at line L column C` suffix.
fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&suffix).unwrap_or(&text).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(bytes: &[u8]) -> String {
        match parse_json::<EnableRequest>(bytes) {
            Ok(_) => panic!("parsed"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn json_errors_name_the_field() {
        assert_eq!(
            message(br#"{"method": "PIGEON"}"#),
            "InvalidParameterValue: method: unknown variant `PIGEON`, expected one of `EMAIL`, `AUTHENTICATOR`, `SMS`"
        );
        assert_eq!(
            message(br#"{"phone": "+14165550100"}"#),
            "InvalidParameterValue: missing field `method`"
        );
        assert_eq!(
            message(br#"{"method": "SMS", "phone": 5}"#),
            "InvalidParameterValue: phone: invalid type: integer `5`, expected a string"
        );
        assert!(message(b"{nope").starts_with("InvalidParameterValue: body is not valid JSON: "));
        assert!(message(br#"{"method": "SMS"} x"#)
            .starts_with("InvalidParameterValue: body is not valid JSON: "));
    }

    #[test]
    fn http_dates() {
        let t = chrono::DateTime::parse_from_rfc3339("1994-11-06T08:49:37Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        assert_eq!(http_date(t), "Sun, 06 Nov 1994 08:49:37 GMT");
    }

    #[test]
    fn basic_credentials() {
        let mut headers = HeaderMap::new();
        let encoded = base64::engine::general_purpose::STANDARD.encode("jm:pa:ss");
        headers.insert(
            header::AUTHORIZATION,
            format!("basic {encoded}").parse().unwrap(),
        );
        let c = parse_basic(&headers).unwrap();
        assert_eq!(c.username, "jm");
        assert_eq!(c.password.expose(), "pa:ss");
        headers.insert(header::AUTHORIZATION, "Basic !!!".parse().unwrap());
        assert!(parse_basic(&headers).is_none());
    }
}
