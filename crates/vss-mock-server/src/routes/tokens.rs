//! The token calls of the real service (`/v2/user/token`): a page of the caller's tokens with
//! absolute URLs to the next and previous pages, one token read, disabled or deleted. The
//! rules live in the service (`service/tokens.rs`).

use axum::extract::{FromRequestParts, Path, State};
use axum::http::{header, request::Parts};
use axum::Json;
use serde::Serialize;

use super::{blocking, Bearer, QueryParams, Shared};
use crate::error::Error;
use crate::transport::ConnectionInfo;
use vss_wire::{self as wire, ListMeta, ListPages, Page, TokenInfo, TokenList, TokenListQuery};

/// `GET /v2/user/token`: a page of the caller's tokens, with the absolute URLs of the pages
/// beside it.
pub(super) async fn user_tokens(
    State(service): State<Shared>,
    Bearer(token): Bearer,
    Origin(origin): Origin,
    QueryParams(query): QueryParams<TokenListQuery>,
) -> Result<Json<TokenList>, Error> {
    let page = {
        let query = query.clone();
        blocking(service, move |s| s.user_tokens(token.expose(), &query)).await?
    };
    Ok(Json(token_list(page, &query, &origin)))
}

/// A page of tokens in the real API's shape: `data`, and `meta` whose `pages.next_url` pyvss
/// follows to the end.
fn token_list(page: Page<TokenInfo>, query: &TokenListQuery, origin: &str) -> TokenList {
    let pages = page.total.div_ceil(u64::from(page.per_page));
    let url = |n: u32| {
        let mut pairs = Vec::new();
        for (key, value) in [
            ("expand", &query.expand),
            ("filter", &query.filter),
            ("sort", &query.sort),
        ] {
            if let Some(value) = value {
                pairs.push(format!("{key}={}", percent_encode(value)));
            }
        }
        pairs.push(format!("per_page={}", page.per_page));
        pairs.push(format!("page={n}"));
        format!("{origin}{}?{}", wire::PATH_USER_TOKENS, pairs.join("&"))
    };
    let next_url = (u64::from(page.page) < pages).then(|| url(page.page + 1));
    let prev_url = (page.page > 1 && pages > 0).then(|| url((page.page - 1).min(pages as u32)));
    TokenList {
        meta: Some(ListMeta {
            count: Some(page.data.len() as u64),
            total: Some(page.total),
            pages: Some(ListPages {
                page: Some(page.page),
                per_page: Some(page.per_page),
                total: Some(pages),
                next_url,
                prev_url,
            }),
        }),
        data: page.data,
    }
}

/// `value` with every byte but the unreserved ones of RFC 3986 percent-encoded, for a query.
fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub(super) async fn user_token(
    State(service): State<Shared>,
    Bearer(token): Bearer,
    TokenId(id): TokenId,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| s.user_token(token.expose(), id))
        .await
        .map(Json)
}

pub(super) async fn disable_user_token(
    State(service): State<Shared>,
    Bearer(token): Bearer,
    TokenId(id): TokenId,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| s.disable_user_token(token.expose(), id))
        .await
        .map(Json)
}

pub(super) async fn delete_user_token(
    State(service): State<Shared>,
    Bearer(token): Bearer,
    TokenId(id): TokenId,
) -> Result<Json<impl Serialize>, Error> {
    blocking(service, move |s| s.delete_user_token(token.expose(), id))
        .await
        .map(Json)
}

/// The id of a token in the path.
pub(crate) struct TokenId(pub(crate) u64);

impl<S: Send + Sync> FromRequestParts<S> for TokenId {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(value) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| Error::InvalidParameter("id: not a valid path segment".into()))?;
        value
            .parse()
            .map(TokenId)
            .map_err(|_| Error::InvalidParameter("id: a token id is a whole number".into()))
    }
}

/// `scheme://host[:port]` as the client reached the server, for absolute URLs in replies: the
/// scheme of the connection (TLS or not), and the request's `Host` (else the authority of an
/// absolute request target, else the address the client connected to).
pub(crate) struct Origin(pub(crate) String);

impl<S: Send + Sync> FromRequestParts<S> for Origin {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let info = parts.extensions.get::<ConnectionInfo>();
        let scheme = match info {
            Some(info) if info.https => "https",
            Some(_) => "http",
            None => parts.uri.scheme_str().unwrap_or("http"),
        };
        let authority = |text: &str| -> Option<String> {
            let a: axum::http::uri::Authority = text.parse().ok()?;
            // No user name or password in a URL handed back.
            (!a.as_str().contains('@')).then(|| a.as_str().to_owned())
        };
        let host = parts
            .headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .and_then(authority)
            .or_else(|| parts.uri.authority().and_then(|a| authority(a.as_str())))
            .or_else(|| info.map(|i| i.local.to_string()))
            .unwrap_or_else(|| "localhost".into());
        Ok(Origin(format!("{scheme}://{host}")))
    }
}
