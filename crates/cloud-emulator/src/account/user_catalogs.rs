//! `POST /user_catalogs` (IDENTITY.md §3): uuid ↔ display name, with a user
//! token; unknown entries are left out. The body is parsed whatever its
//! content type (an Astakos quirk); a body that is not JSON is 400 `Request
//! body should be json formatted.`

use std::collections::BTreeMap;

use axum::extract::{RawQuery, State};
use axum::response::Response;
use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::AppState;
use crate::account::request;
use crate::api_error::ApiFault;
use crate::users;

/// The strings of a list field; `null` or absent is empty; anything else is 400.
fn names(body: &Value, key: &str) -> Result<Vec<String>, ApiFault> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str().map(str::to_owned).ok_or_else(|| {
                    ApiFault::bad_request(format!("{key} should be a list of strings."))
                })
            })
            .collect(),
        Some(_) => Err(ApiFault::bad_request(format!(
            "{key} should be a list of strings."
        ))),
    }
}

/// The two catalogs for these uuids and display names.
pub fn catalogs(conn: &Connection, body: &Value) -> Result<Value, ApiFault> {
    if !body.is_object() {
        return Err(ApiFault::bad_request(
            "Request body should be json formatted.",
        ));
    }
    let uuids = names(body, "uuids")?;
    let displaynames = names(body, "displaynames")?;
    let mut uuid_catalog = BTreeMap::new();
    for uuid in uuids {
        if let Some(user) = users::by_uuid(conn, &uuid)? {
            uuid_catalog.insert(user.uuid, user.username);
        }
    }
    let mut displayname_catalog = BTreeMap::new();
    for name in displaynames {
        if let Some(user) = users::by_username(conn, &name)? {
            displayname_catalog.insert(user.username, user.uuid);
        }
    }
    Ok(json!({"uuid_catalog": uuid_catalog, "displayname_catalog": displayname_catalog}))
}

/// `POST /user_catalogs`.
pub async fn post_user_catalogs(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let token = request::token(&headers, query.as_deref());
    let doc = state
        .db
        .call(move |conn| {
            request::user(conn, token.as_deref())?;
            let body: Value = serde_json::from_slice(&body)
                .map_err(|_| ApiFault::bad_request("Request body should be json formatted."))?;
            catalogs(conn, &body)
        })
        .await?;
    Ok(request::json(StatusCode::OK, doc))
}
