//! HTTP in and out: paths, extractors for credentials and JSON bodies, error replies and the
//! request log. The rules live in [`Service`]; handlers only translate.

use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{
    DefaultBodyLimit, FromRequest, FromRequestParts, MatchedPath, Path, Request, State,
};
use axum::http::{header, request::Parts, HeaderMap, Method as HttpMethod, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine as _;
use serde::de::DeserializeOwned;

use super::error::{json_error, Error};
use super::service::{Credentials, Service};
use crate::secret::Secret;
use crate::wire::{self, CodePurpose, CodeRequest, EnableRequest, OtpRequest};

/// Largest request body accepted.
pub const BODY_LIMIT: usize = 64 * 1024;

type Shared = Arc<Service>;

/// The API's router.
pub fn router(service: Shared) -> Router {
    Router::new()
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
        .route(wire::PATH_USER, get(user))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn_with_state(
            service.clone(),
            log_and_shape,
        ))
        .with_state(service)
}

/// Runs service work (SQLite, argon2, files) on a blocking thread.
async fn blocking<T, F>(service: Shared, work: F) -> Result<T, Error>
where
    T: Send + 'static,
    F: FnOnce(&Service) -> Result<T, Error> + Send + 'static,
{
    tokio::task::spawn_blocking(move || work(&service))
        .await
        .map_err(|e| Error::Internal(anyhow::anyhow!("a worker failed: {e}")))?
}

async fn request_token(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
    JsonOrEmpty(body): JsonOrEmpty<OtpRequest>,
) -> Result<Response, Error> {
    let otp = body.otp.map(Secret::new);
    let reply = blocking(service, move |s| s.request_token(&credentials, otp)).await?;
    Ok(Json(reply).into_response())
}

async fn enable(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
    JsonBody(body): JsonBody<EnableRequest>,
) -> Result<Response, Error> {
    let reply = blocking(service, move |s| s.enable(&credentials, &body)).await?;
    Ok(Json(reply).into_response())
}

async fn send_code(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
    JsonOrEmpty(body): JsonOrEmpty<CodeRequest>,
) -> Result<Response, Error> {
    let purpose = body.purpose.unwrap_or(CodePurpose::Login);
    let reply = blocking(service, move |s| s.send_code(&credentials, purpose)).await?;
    Ok(Json(reply).into_response())
}

async fn recovery_codes(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
    JsonOrEmpty(body): JsonOrEmpty<OtpRequest>,
) -> Result<Response, Error> {
    let otp = body.otp.map(Secret::new);
    let reply = blocking(service, move |s| s.new_recovery_codes(&credentials, otp)).await?;
    Ok(Json(reply).into_response())
}

async fn verify(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
    JsonOrEmpty(body): JsonOrEmpty<OtpRequest>,
) -> Result<Response, Error> {
    let otp = body.otp.map(Secret::new);
    let reply = blocking(service, move |s| s.verify(&credentials, otp)).await?;
    Ok(Json(reply).into_response())
}

async fn request_disable(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
) -> Result<Response, Error> {
    let reply = blocking(service, move |s| s.request_disable(&credentials)).await?;
    Ok(Json(reply).into_response())
}

async fn confirm_disable(
    State(service): State<Shared>,
    BasicAuth(credentials): BasicAuth,
    token: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Result<Response, Error> {
    let Path(token) =
        token.map_err(|_| Error::InvalidParameter("token: not a valid path segment".into()))?;
    let token = Secret::new(token);
    let reply = blocking(service, move |s| s.confirm_disable(&credentials, &token)).await?;
    Ok(Json(reply).into_response())
}

async fn user(State(service): State<Shared>, Bearer(token): Bearer) -> Result<Response, Error> {
    let reply = blocking(service, move |s| s.profile(token.expose())).await?;
    Ok(Json(reply).into_response())
}

async fn not_found(method: HttpMethod, uri: Uri) -> Error {
    Error::NotFound(format!("No such call: {method} {}", uri.path()))
}

/// Logs one line per request (method, route, status, milliseconds; never a query string, a
/// body or a token from the path), gives bodiless 405 replies the JSON error shape, and dates
/// every reply by the server's clock (clients compare it with theirs to spot skew).
async fn log_and_shape(State(service): State<Shared>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = loggable_path(&request);
    let mut response = next.run(request).await;
    if response.status() == StatusCode::METHOD_NOT_ALLOWED && !is_json(response.headers()) {
        // The router adds the `Allow` header after this layer.
        response = json_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "MethodNotAllowed",
            format!("{method} is not allowed for {path}; use {}", allowed(&path)),
        );
    }
    let date = http_date(service.clock().now());
    if let Ok(value) = header::HeaderValue::from_str(&date) {
        response.headers_mut().insert(header::DATE, value);
    }
    tracing::info!(
        "{method} {path} {} {}ms",
        response.status().as_u16(),
        started.elapsed().as_millis()
    );
    response
}

/// A time in the HTTP `Date` format of RFC 7231 (`Sun, 06 Nov 1994 08:49:37 GMT`).
pub fn http_date(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

/// The methods a route takes, for the 405 message.
fn allowed(route: &str) -> &'static str {
    if route == wire::PATH_USER {
        "GET"
    } else {
        "POST"
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

/// HTTP Basic credentials.
pub struct BasicAuth(pub Credentials);

impl<S: Send + Sync> FromRequestParts<S> for BasicAuth {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parse_basic(&parts.headers)
            .map(BasicAuth)
            .ok_or(Error::BadCredentials)
    }
}

fn authorization<'a>(headers: &'a HeaderMap, scheme: &str) -> Option<&'a str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (given, rest) = value.split_once(' ')?;
    given.eq_ignore_ascii_case(scheme).then(|| rest.trim())
}

fn parse_basic(headers: &HeaderMap) -> Option<Credentials> {
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

/// A Bearer token.
pub struct Bearer(pub Secret);

impl<S: Send + Sync> FromRequestParts<S> for Bearer {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        authorization(&parts.headers, "Bearer")
            .filter(|t| !t.is_empty())
            .map(|t| Bearer(Secret::new(t)))
            .ok_or(Error::BadToken)
    }
}

/// A JSON body; errors name the field at fault.
pub struct JsonBody<T>(pub T);

/// A JSON body that may be left out (then `T::default()`).
pub struct JsonOrEmpty<T>(pub T);

async fn read_body<S: Send + Sync>(request: Request, state: &S) -> Result<Bytes, Error> {
    Bytes::from_request(request, state).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Error::PayloadTooLarge(format!(
                "The request body is larger than {} KiB",
                BODY_LIMIT / 1024
            ))
        } else {
            Error::InvalidParameter(format!("body cannot be read: {}", e.body_text()))
        }
    })
}

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = Error;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = read_body(request, state).await?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(Error::InvalidParameter(
                "a JSON object is required as the request body".into(),
            ));
        }
        parse_json(&bytes).map(JsonBody)
    }
}

impl<T: DeserializeOwned + Default, S: Send + Sync> FromRequest<S> for JsonOrEmpty<T> {
    type Rejection = Error;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = read_body(request, state).await?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(JsonOrEmpty(T::default()));
        }
        parse_json(&bytes).map(JsonOrEmpty)
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
