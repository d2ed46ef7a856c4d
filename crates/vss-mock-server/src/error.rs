//! What can go wrong in a call, and how each case looks on the wire:
//! `{"error": Kind, "message": text}` with a 4xx/5xx status.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use vss_wire::ErrorResponse;

/// Text of a refused Basic login; the same for an unknown user and a wrong password.
pub const BAD_CREDENTIALS: &str = "Invalid username or password";
/// Text of a refused Bearer token.
pub const BAD_TOKEN: &str = "Invalid or expired token";

/// A failed call.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Missing or wrong Basic credentials.
    #[error("{BAD_CREDENTIALS}")]
    BadCredentials,
    /// Missing, malformed, expired or revoked Bearer token.
    #[error("{BAD_TOKEN}")]
    BadToken,
    /// The request is malformed or a field is wrong (400); the text names the field.
    #[error("InvalidParameterValue: {0}")]
    InvalidParameter(String),
    /// A code or token was refused (401); the text starts with the field name.
    #[error("InvalidParameterValue: {0}")]
    Refused(String),
    /// The call makes no sense in the account's state (400).
    #[error("{0}")]
    InvalidRequest(String),
    /// The call conflicts with the account's state (409).
    #[error("{0}")]
    Conflict(String),
    /// Policy forbids the call (403); the text says what would allow it.
    #[error("{0}")]
    Forbidden(String),
    /// The caller's role does not allow the call (403, kind `AccessDenied`); the text names the
    /// role that would.
    #[error("{0}")]
    AccessDenied(String),
    /// The account must enrol in MFA before it may log in (403).
    #[error("TotpEnforcement: Must enable TOTP before you can use this account")]
    TotpEnforcement,
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    MethodNotAllowed(String),
    #[error("{0}")]
    PayloadTooLarge(String),
    /// Too many failed attempts or requests (429, with `Retry-After`); the text says when to
    /// try again.
    #[error("{message}")]
    TooMany {
        kind: &'static str,
        message: String,
        retry_after_secs: u64,
    },
    /// A fault of the server itself; details go to the log, not to the client.
    #[error("The server could not complete the call; its log has the details")]
    Internal(#[source] anyhow::Error),
}

impl From<anyhow::Error> for Error {
    fn from(e: anyhow::Error) -> Self {
        Error::Internal(e)
    }
}

impl Error {
    pub fn status(&self) -> StatusCode {
        match self {
            Error::BadCredentials | Error::BadToken | Error::Refused(_) => StatusCode::UNAUTHORIZED,
            Error::InvalidParameter(_) | Error::InvalidRequest(_) => StatusCode::BAD_REQUEST,
            Error::Conflict(_) => StatusCode::CONFLICT,
            Error::TotpEnforcement | Error::Forbidden(_) | Error::AccessDenied(_) => {
                StatusCode::FORBIDDEN
            }
            Error::NotFound(_) => StatusCode::NOT_FOUND,
            Error::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Error::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Error::TooMany { .. } => StatusCode::TOO_MANY_REQUESTS,
            Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The `error` field.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::BadCredentials | Error::BadToken => "Unauthorized",
            Error::InvalidParameter(_) | Error::Refused(_) => "InvalidParameterValue",
            Error::InvalidRequest(_) => "InvalidRequest",
            Error::Conflict(_) => "Conflict",
            Error::TotpEnforcement => "TotpEnforcement",
            Error::Forbidden(_) => "Forbidden",
            Error::AccessDenied(_) => vss_wire::ACCESS_DENIED,
            Error::NotFound(_) => "NotFound",
            Error::MethodNotAllowed(_) => "MethodNotAllowed",
            Error::PayloadTooLarge(_) => "PayloadTooLarge",
            Error::TooMany { kind, .. } => kind,
            Error::Internal(_) => "InternalError",
        }
    }
}

/// A JSON error reply.
pub fn json_error(status: StatusCode, kind: &str, message: String) -> Response {
    let body = ErrorResponse {
        error: kind.to_owned(),
        message,
    };
    (status, axum::Json(body)).into_response()
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        if let Error::Internal(e) = &self {
            tracing::error!("internal error: {e:#}");
        }
        let mut response = json_error(self.status(), self.kind(), self.to_string());
        if let Error::TooMany {
            retry_after_secs, ..
        } = &self
        {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
        }
        let challenge = match self {
            Error::BadCredentials => Some("Basic realm=\"VSS\", charset=\"UTF-8\""),
            Error::BadToken => Some("Bearer realm=\"VSS\""),
            _ => None,
        };
        if let Some(challenge) = challenge {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static(challenge),
            );
        }
        response
    }
}
