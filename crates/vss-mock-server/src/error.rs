//! What can go wrong in a call, and how each case looks on the wire:
//! `{"error": Kind, "message": text}` with a 4xx/5xx status.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use vss_wire::{ErrorKind, ErrorResponse, ENFORCEMENT_PREFIX, OTP_ERROR_PREFIX};

/// Text of a refused Basic login; the same for an unknown user and a wrong password.
pub(crate) const BAD_CREDENTIALS: &str = "Invalid username or password";
/// Text of a refused Bearer token.
pub(crate) const BAD_TOKEN: &str = "Invalid or expired token";

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
    /// A one-time code is missing or was refused (401); the text says why, after
    /// `InvalidParameterValue: otp`.
    #[error("{OTP_ERROR_PREFIX} {0}")]
    OtpRefused(String),
    /// A recovery code was refused (401): wrong or used; `left` unused ones remain.
    #[error(
        "{OTP_ERROR_PREFIX} is not an unused recovery code of this account (each works once); \
         {left} unused {}",
        if *left == 1 { "is left" } else { "are left" }
    )]
    RecoveryCodeRefused { left: u32 },
    /// A confirmation token was refused (401).
    #[error("InvalidParameterValue: token is invalid or expired")]
    ConfirmationRefused,
    /// The call makes no sense in the account's state (400).
    #[error("{0}")]
    InvalidRequest(String),
    /// A code was asked for an account whose codes come from its authenticator app (400).
    #[error("Codes for AUTHENTICATOR come from your authenticator app; nothing was sent")]
    CodesFromApp,
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
    /// An administrator call with a token that did not pass MFA (403): administrators must
    /// use MFA to administer.
    #[error(
        "Administrator calls need a login that passed MFA, and this account has no MFA: \
         enable MFA on it, then log in again with a code"
    )]
    AdminMfaRequired,
    /// The account must enrol in MFA before it may log in (403).
    #[error("{ENFORCEMENT_PREFIX} before you can use this account")]
    TotpEnforcement,
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    PayloadTooLarge(String),
    /// A request body not declared as JSON (415); the text names the type it was given.
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// Too many failed attempts or requests (429, with `Retry-After`); the text says when to
    /// try again.
    #[error("{message}")]
    TooMany {
        kind: ErrorKind,
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
            Error::BadCredentials
            | Error::BadToken
            | Error::OtpRefused(_)
            | Error::RecoveryCodeRefused { .. }
            | Error::ConfirmationRefused => StatusCode::UNAUTHORIZED,
            Error::InvalidParameter(_) | Error::InvalidRequest(_) | Error::CodesFromApp => {
                StatusCode::BAD_REQUEST
            }
            Error::Conflict(_) => StatusCode::CONFLICT,
            Error::TotpEnforcement
            | Error::Forbidden(_)
            | Error::AccessDenied(_)
            | Error::AdminMfaRequired => StatusCode::FORBIDDEN,
            Error::NotFound(_) => StatusCode::NOT_FOUND,
            Error::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Error::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Error::TooMany { .. } => StatusCode::TOO_MANY_REQUESTS,
            Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The `error` field.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::BadCredentials | Error::BadToken => ErrorKind::Unauthorized,
            Error::InvalidParameter(_) => ErrorKind::InvalidParameterValue,
            Error::OtpRefused(_) => ErrorKind::InvalidOtp,
            Error::RecoveryCodeRefused { .. } => ErrorKind::InvalidRecoveryCode,
            Error::ConfirmationRefused => ErrorKind::InvalidConfirmationToken,
            Error::InvalidRequest(_) => ErrorKind::InvalidRequest,
            Error::CodesFromApp => ErrorKind::CodesFromApp,
            Error::Conflict(_) => ErrorKind::Conflict,
            Error::TotpEnforcement => ErrorKind::TotpEnforcement,
            Error::Forbidden(_) => ErrorKind::Forbidden,
            Error::AccessDenied(_) => ErrorKind::AccessDenied,
            Error::AdminMfaRequired => ErrorKind::AdminMfaRequired,
            Error::NotFound(_) => ErrorKind::NotFound,
            Error::PayloadTooLarge(_) => ErrorKind::PayloadTooLarge,
            Error::UnsupportedMediaType(_) => ErrorKind::UnsupportedMediaType,
            Error::TooMany { kind, .. } => *kind,
            Error::Internal(_) => ErrorKind::InternalError,
        }
    }
}

/// A JSON error reply.
pub(crate) fn json_error(status: StatusCode, kind: ErrorKind, message: String) -> Response {
    let body = ErrorResponse {
        error: kind,
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
