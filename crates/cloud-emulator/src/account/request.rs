//! What every identity and account handler needs from a request: the token
//! (user or component), the JSON body with Synnefo's content-type rules, the
//! query string, and the 405 answer with `Allow`.

use axum::extract::FromRequestParts;
use axum::response::{IntoResponse, Response};
use http::request::Parts;
use http::{HeaderMap, StatusCode};
use rusqlite::Connection;
use serde_json::{Map, Value};

use crate::AppState;
use crate::api_error::ApiFault;
use crate::users::{self, User};

/// The user a request authenticates as (its token in `X-Auth-Token` or the
/// query), checked with the account service's messages (see [`user`]).
/// As a handler argument it answers 401 before the handler runs.
#[derive(Debug, Clone)]
pub struct Caller(pub User);

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiFault;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiFault> {
        let token = token(&parts.headers, parts.uri.query());
        let found = state
            .db
            .call(move |conn| user(conn, token.as_deref()))
            .await?;
        Ok(Caller(found))
    }
}

/// The component (service) a request authenticates as, by its component
/// token; user tokens are refused with 401 (see `components::authenticate`).
#[derive(Debug, Clone)]
pub struct ComponentCaller(pub String);

impl FromRequestParts<AppState> for ComponentCaller {
    type Rejection = ApiFault;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiFault> {
        let token = token(&parts.headers, parts.uri.query());
        let component = state
            .db
            .call(move |conn| super::components::authenticate(conn, token.as_deref()))
            .await?;
        Ok(ComponentCaller(component))
    }
}

/// The request's token: the `X-Auth-Token` header, else the `X-Auth-Token`
/// query parameter (which Synnefo also accepts).
pub fn token(headers: &HeaderMap, query: Option<&str>) -> Option<String> {
    if let Some(value) = headers.get("x-auth-token") {
        return value.to_str().ok().map(str::to_owned);
    }
    query_pairs(query)
        .into_iter()
        .find(|(k, _)| k == "X-Auth-Token")
        .map(|(_, v)| v)
}

/// Authenticates a user token as the account service does: missing →
/// `Access denied. No authentication token`, unknown → `Invalid
/// X-Auth-Token`, inactive → `User inactive`, expired → `Authentication
/// expired` (all 401 `unauthorized`).
pub fn user(conn: &Connection, token: Option<&str>) -> Result<User, ApiFault> {
    users::authenticate(conn, token).map_err(|fault| {
        if fault.message == "Invalid token" {
            ApiFault::unauthorized("Invalid X-Auth-Token")
        } else {
            fault
        }
    })
}

/// The `key=value` pairs of a query string, percent-decoded (`+` is a space).
///
/// ```
/// use cloud_emulator::account::request::query_pairs;
/// assert_eq!(query_pairs(Some("a=1&b=x%20y+z&c")), vec![
///     ("a".to_owned(), "1".to_owned()),
///     ("b".to_owned(), "x y z".to_owned()),
///     ("c".to_owned(), String::new()),
/// ]);
/// ```
pub fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    let decode = |s: &str| {
        let s = s.replace('+', " ");
        percent_encoding::percent_decode_str(&s)
            .decode_utf8_lossy()
            .into_owned()
    };
    query
        .unwrap_or("")
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(part), String::new()),
        })
        .collect()
}

/// The last value of query parameter `name`, if given.
pub fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    query_pairs(query)
        .into_iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v)
        .next_back()
}

/// Parses a JSON request body the way Synnefo's `get_json_body` does: the
/// `Content-Type` must be present (`Missing Content-Type header field`) and
/// be `application/json` (`Unsupported Content-type: '<type>'`), and the body
/// must decode (`Could not decode request body as JSON`); all 400.
pub fn json_body(headers: &HeaderMap, body: &[u8]) -> Result<Value, ApiFault> {
    let Some(content_type) = headers.get(http::header::CONTENT_TYPE) else {
        return Err(ApiFault::bad_request("Missing Content-Type header field"));
    };
    let content_type = String::from_utf8_lossy(content_type.as_bytes()).into_owned();
    if !content_type.starts_with("application/json") {
        return Err(ApiFault::bad_request(format!(
            "Unsupported Content-type: '{content_type}'"
        )));
    }
    let text = std::str::from_utf8(body)
        .map_err(|_| ApiFault::bad_request("Could not decode request as UTF-8 string"))?;
    serde_json::from_str(text)
        .map_err(|_| ApiFault::bad_request("Could not decode request body as JSON"))
}

/// The body as a JSON object, else 400 `Request should be a JSON dict`.
pub fn json_dict(value: Value) -> Result<Map<String, Value>, ApiFault> {
    match value {
        Value::Object(map) => Ok(map),
        _ => Err(ApiFault::bad_request("Request should be a JSON dict")),
    }
}

/// A JSON answer with this status.
pub fn json(status: StatusCode, value: Value) -> Response {
    (status, axum::Json(value)).into_response()
}

/// An empty answer with this status.
pub fn empty(status: StatusCode) -> Response {
    status.into_response()
}

/// The answer to a method a resource does not support: 405 `notAllowed`,
/// `Method not allowed`, with `Allow: <allow>`.
pub fn not_allowed(allow: &'static str) -> impl Fn() -> std::future::Ready<ApiFault> + Clone {
    move || std::future::ready(ApiFault::not_allowed(allow))
}
