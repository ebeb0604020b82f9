//! `POST /user_catalogs` (IDENTITY.md §3): uuid ↔ display name, with a user
//! token; unknown entries are left out. The body is parsed whatever its
//! content type (an Astakos quirk); a body that is not JSON is 400 `Request
//! body should be json formatted.`
//!
//! `POST /service/user_catalogs` is the same with a component token, where a
//! `null` list asks for every user.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::response::Response;
use bytes::Bytes;
use http::StatusCode;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::AppState;
use crate::account::request;
use crate::account::request::{Caller, ComponentCaller};
use crate::api_error::ApiFault;
use crate::users;

/// The strings of a list field: absent is empty; `null` is empty for a user
/// and every user (`None`) for a component; anything else is 400.
fn names(body: &Value, key: &str, user_call: bool) -> Result<Option<Vec<String>>, ApiFault> {
    match body.get(key) {
        None => Ok(Some(Vec::new())),
        Some(Value::Null) if user_call => Ok(Some(Vec::new())),
        Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str().map(str::to_owned).ok_or_else(|| {
                    ApiFault::bad_request(format!("{key} should be a list of strings."))
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(_) => Err(ApiFault::bad_request(format!(
            "{key} should be a list of strings."
        ))),
    }
}

/// The users these keys name (`lookup` finds one by its key), or every user
/// when `keys` is `None`.
fn resolve(
    conn: &Connection,
    keys: Option<Vec<String>>,
    lookup: fn(&Connection, &str) -> Result<Option<users::User>, ApiFault>,
) -> Result<Vec<users::User>, ApiFault> {
    let Some(keys) = keys else {
        return users::all(conn);
    };
    let mut found = Vec::new();
    for key in keys {
        found.extend(lookup(conn, &key)?);
    }
    Ok(found)
}

/// The two catalogs for these uuids and display names; `user_call` is false
/// for the component variant.
pub fn catalogs(conn: &Connection, body: &Value, user_call: bool) -> Result<Value, ApiFault> {
    if !body.is_object() {
        return Err(ApiFault::bad_request(
            "Request body should be json formatted.",
        ));
    }
    let uuids = names(body, "uuids", user_call)?;
    let displaynames = names(body, "displaynames", user_call)?;
    let uuid_catalog: BTreeMap<String, String> = resolve(conn, uuids, users::by_uuid)?
        .into_iter()
        .map(|u| (u.uuid, u.username))
        .collect();
    let displayname_catalog: BTreeMap<String, String> =
        resolve(conn, displaynames, users::by_username)?
            .into_iter()
            .map(|u| (u.username, u.uuid))
            .collect();
    Ok(json!({"uuid_catalog": uuid_catalog, "displayname_catalog": displayname_catalog}))
}

fn parse(body: &[u8]) -> Result<Value, ApiFault> {
    serde_json::from_slice(body)
        .map_err(|_| ApiFault::bad_request("Request body should be json formatted."))
}

/// `POST /user_catalogs` (user token).
pub async fn post_user_catalogs(
    State(state): State<AppState>,
    _caller: Caller,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let doc = state
        .db
        .call(move |conn| catalogs(conn, &parse(&body)?, true))
        .await?;
    Ok(request::json(StatusCode::OK, doc))
}

/// `POST /service/user_catalogs` (component token).
pub async fn post_service_user_catalogs(
    State(state): State<AppState>,
    _caller: ComponentCaller,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let doc = state
        .db
        .call(move |conn| catalogs(conn, &parse(&body)?, false))
        .await?;
    Ok(request::json(StatusCode::OK, doc))
}
