//! `POST /identity/v2.0/tokens` (IDENTITY.md §1.1) in its three modes:
//! no body → the catalog only; `auth.token.id`; and Synnefo's
//! `passwordCredentials` whose username is the user's uuid and password its
//! token.

use axum::extract::State;
use axum::response::Response;
use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::AppState;
use crate::account::{default_project, memberships, request};
use crate::api_error::ApiFault;
use crate::clock;
use crate::identity::catalog;
use crate::users::{self, User};

/// The roles every user has (Django group `default`, id 1).
fn roles() -> Value {
    json!([{"id": "1", "name": "default"}])
}

/// Whether the request counts as carrying no body. Astakos reads only
/// `Content-Length`: absent or `0` means the catalog-only mode, so a chunked
/// JSON body (`Transfer-Encoding: chunked`, no length) gets the catalog only
/// — a quirk kept here. A request with neither header can only come in
/// process (no HTTP/1.1 client sends a body that way); its actual body decides.
fn public_mode(headers: &HeaderMap, body: &[u8]) -> bool {
    let length = headers
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let chunked = headers
        .get_all(http::header::TRANSFER_ENCODING)
        .iter()
        .any(|v| {
            v.to_str()
                .is_ok_and(|v| v.to_ascii_lowercase().contains("chunked"))
        });
    match length {
        Some(0) => true,
        Some(_) => body.is_empty(),
        None => chunked || body.is_empty(),
    }
}

/// The credentials a body carries.
struct Credentials {
    /// `auth.token.id` or `passwordCredentials.password` (`None` if null).
    token: Option<String>,
    /// The uuid `passwordCredentials.username` claims.
    uuid: Option<String>,
    /// `tenantName`, if given and not empty.
    tenant: Option<String>,
}

fn credentials(body: &Value) -> Result<Credentials, ApiFault> {
    let missing = || ApiFault::bad_request("Malformed request: missing credentials");
    let auth = body
        .get("auth")
        .filter(|a| a.is_object())
        .ok_or_else(missing)?;
    let tenant = match auth.get("tenantName") {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(Value::Null | Value::String(_) | Value::Bool(false)) | None => None,
        Some(other) => Some(other.to_string()),
    };
    let as_text = |v: &Value| match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    };
    if let Some(id) = auth.get("token").and_then(|t| t.get("id")) {
        return Ok(Credentials {
            token: as_text(id),
            uuid: None,
            tenant,
        });
    }
    let password = auth.get("passwordCredentials");
    match (
        password.and_then(|p| p.get("password")),
        password.and_then(|p| p.get("username")),
    ) {
        (Some(token), Some(uuid)) => Ok(Credentials {
            token: as_text(token),
            uuid: as_text(uuid),
            tenant,
        }),
        _ => Err(missing()),
    }
}

/// Checks the credentials in Astakos's order and returns the user.
fn check(conn: &Connection, body: &Value) -> Result<User, ApiFault> {
    let Credentials {
        token,
        uuid,
        tenant,
    } = credentials(body)?;
    let token = token.ok_or_else(|| ApiFault::bad_request("Malformed request: missing token"))?;
    if token.is_empty() {
        return Err(ApiFault::unauthorized("Invalid token"));
    }
    let user = users::authenticate(conn, Some(&token))?;
    if uuid.is_some_and(|uuid| uuid != user.uuid) {
        return Err(ApiFault::unauthorized("Invalid credentials"));
    }
    if tenant.is_some_and(|tenant| tenant != user.uuid) {
        return Err(ApiFault::bad_request("Not conforming tenantName"));
    }
    Ok(user)
}

/// The `access` document of an authenticated user.
fn access(conn: &Connection, user: &User, base_url: &str) -> Result<Value, ApiFault> {
    let tenant = default_project::of(conn, &user.uuid)?;
    let projects = memberships::active_projects_of(conn, &user.uuid)?;
    Ok(json!({
        "access": {
            "token": {
                "id": user.token,
                "expires": clock::iso8601(user.token_expires),
                "tenant": {"id": tenant, "name": user.realname},
            },
            "user": {
                "id": user.uuid,
                "name": user.realname,
                "roles": roles(),
                "roles_links": [],
                "projects": projects,
            },
            "serviceCatalog": catalog::catalog(base_url),
        }
    }))
}

/// `POST /tokens`.
pub async fn authenticate(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    if public_mode(&headers, &body) {
        let doc = json!({"access": {"serviceCatalog": catalog::catalog(&state.base_url)}});
        return Ok(request::json(StatusCode::OK, doc));
    }
    let parsed = request::json_body(&headers, &body)?;
    let base_url = state.base_url.clone();
    let doc = state
        .db
        .call(move |conn| {
            let user = check(conn, &parsed)?;
            access(conn, &user, &base_url)
        })
        .await?;
    Ok(request::json(StatusCode::OK, doc))
}

/// `GET /tokens/<id>`: Astakos validates only OAuth2 access tokens here, and
/// the emulator issues none, so every token is 404 `itemNotFound` (no
/// authentication needed, as on the real server).
pub async fn validate() -> ApiFault {
    ApiFault::not_found("Token not found")
}
