//! Publishing (PITHOS.md §3.8): `X-Object-Public`, tokens, and the public
//! URL `<base>/public/<token>` served without a token.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::{Method, Request};
use rusqlite::{Connection, OptionalExtension, params};

use crate::AppState;
use crate::api_error::ApiFault;
use crate::pithos::objects::{self, ReadMode};
use crate::pithos::request::{Headers, Query};
use crate::pithos::{Ctx, ObjectPath, block_store};
use crate::random;

/// Parses `X-Object-Public`: `true` → publish, `false` or empty → unpublish
/// (case-insensitive, spaces removed); anything else → 400.
pub fn parse(value: &str) -> Result<bool, ApiFault> {
    let cleaned: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    match cleaned.to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" | "" => Ok(false),
        _ => Err(ApiFault::bad_request("Invalid X-Object-Public header")),
    }
}

/// The public URL of a token.
pub fn url(base_url: &str, token: &str) -> String {
    format!("{base_url}/public/{token}")
}

/// The token of a published object.
pub fn token_of(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
) -> Result<Option<String>, ApiFault> {
    Ok(conn
        .query_row(
            "SELECT token FROM pithos_public WHERE account = ?1 AND container = ?2 AND name = ?3",
            params![account, container, name],
            |r| r.get(0),
        )
        .optional()?)
}

/// Publishes (keeping an existing token) or unpublishes an object.
pub fn set(conn: &Connection, path: &ObjectPath, publish: bool) -> Result<(), ApiFault> {
    if !publish {
        conn.execute(
            "DELETE FROM pithos_public WHERE account = ?1 AND container = ?2 AND name = ?3",
            params![path.account, path.container, path.name],
        )?;
        return Ok(());
    }
    if token_of(conn, &path.account, &path.container, &path.name)?.is_some() {
        return Ok(());
    }
    let mut len = 16;
    loop {
        let token = random::alphanumeric(len);
        let taken: bool = conn
            .query_row(
                "SELECT 1 FROM pithos_public WHERE token = ?1",
                [&token],
                |_| Ok(true),
            )
            .optional()?
            .unwrap_or(false);
        if !taken {
            conn.execute(
                "INSERT INTO pithos_public (token, account, container, name) VALUES (?1, ?2, ?3, ?4)",
                params![token, path.account, path.container, path.name],
            )?;
            return Ok(());
        }
        len += 1;
    }
}

/// GET/HEAD `/public/<token>`: the object, without a token, with ranges and
/// conditions; only the plain content headers.
pub async fn serve(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request<Body>,
) -> Response {
    match serve_inner(state, token, request).await {
        Ok(r) => r,
        Err(f) => f.into_response(),
    }
}

async fn serve_inner(
    state: AppState,
    token: String,
    request: Request<Body>,
) -> Result<Response, ApiFault> {
    let method = request.method().clone();
    if method != Method::GET && method != Method::HEAD {
        return Err(ApiFault::not_allowed("GET, HEAD"));
    }
    let path = state
        .db
        .call(move |conn| {
            Ok(conn
                .query_row(
                    "SELECT account, container, name FROM pithos_public WHERE token = ?1",
                    [&token],
                    |r| {
                        Ok(ObjectPath {
                            account: r.get(0)?,
                            container: r.get(1)?,
                            name: r.get(2)?,
                        })
                    },
                )
                .optional()?)
        })
        .await?
        .ok_or_else(|| ApiFault::not_found("Object does not exist"))?;
    let ctx = Ctx {
        store: block_store(&state),
        user: path.account.clone(),
        method,
        query: Query::parse(request.uri().query()),
        headers: Headers::decode(request.headers())?,
        state,
    };
    objects::read(&ctx, path, ReadMode::Public).await
}
