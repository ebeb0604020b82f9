//! The admin user API under `/identity/v2.0/users` (IDENTITY.md §8), for
//! project admins only (403 `forbidden` otherwise; in the emulator the
//! admins are the project admins, i.e. the first user of a data directory).
//!
//! | call | answer |
//! | --- | --- |
//! | `GET /users`, `GET /users/detail` | `{"users": [user]}` |
//! | `POST /users` `{"user": {"username", "first_name", "last_name"}}` | `{"user": {"id", "password", "auth_token"}}` |
//! | `GET /users/<uuid>` | `{"user": user}` (detailed) |
//! | `PUT /users/<uuid>` `{"user": {...}}` | `{"user": user}` |
//! | `POST /users/<uuid>/action` | `activate`, `deactivate` → `{"user": {"id", "is_active"}}`; `renewToken` → `{"user": {"id", "auth_token"}}`; `signTerms`, `setDefaultProject` (emulator extensions of the same shape) |

use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use rusqlite::{Connection, params};
use serde_json::{Map, Value, json};

use crate::account::policies::{self, NOT_ALLOWED};
use crate::account::{default_project, memberships, request};
use crate::api_error::ApiFault;
use crate::users::{self, User};
use crate::{AppState, clock, random};

/// Authenticates the caller and checks it is an admin.
fn admin(conn: &Connection, token: Option<&str>) -> Result<User, ApiFault> {
    let user = users::authenticate(conn, token)?;
    if !policies::is_project_admin(conn, &user.uuid)? {
        return Err(ApiFault::forbidden(NOT_ALLOWED));
    }
    Ok(user)
}

fn split_name(realname: &str) -> (String, String) {
    match realname.split_once(' ') {
        Some((first, last)) => (first.to_owned(), last.to_owned()),
        None => (realname.to_owned(), String::new()),
    }
}

/// The user object: names, e-mail, status, roles, login methods; `detail`
/// adds the dates.
fn user_json(conn: &Connection, user: &User, detail: bool) -> Result<Value, ApiFault> {
    let (first_name, last_name) = split_name(&user.realname);
    let mut doc = json!({
        "id": user.uuid,
        "first_name": first_name,
        "last_name": last_name,
        "email": user.username,
        "is_active": user.active,
        "is_rejected": false,
        "deactivated_reason": "",
        "accepted_policy": null,
        "rejected_reason": "",
        "roles": ["default"],
        "authentication_methods": [{
            "identifier": user.username, "active": true, "affiliation": null,
            "backend": "astakos", "metadata": {},
        }],
    });
    if detail {
        let joined = users::created(conn, &user.uuid)?.map(clock::iso8601);
        doc["date_joined"] = json!(joined);
        doc["moderated_at"] = json!(joined);
        doc["verified_at"] = json!(joined);
        doc["auth_token_expires"] = json!(clock::iso8601(user.token_expires));
    }
    Ok(doc)
}

fn target(conn: &Connection, uuid: &str) -> Result<User, ApiFault> {
    users::by_uuid(conn, uuid)?.ok_or_else(|| ApiFault::not_found("User not found"))
}

fn valid_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.starts_with('.')
                && domain.contains('.')
                && !domain.ends_with('.')
                && !email.contains(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    }
}

fn user_fields(body: &Value) -> Map<String, Value> {
    body.get("user")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

fn text<'a>(fields: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    fields
        .get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

async fn run<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce(&mut Connection) -> Result<T, ApiFault> + Send + 'static,
) -> Result<T, ApiFault> {
    state.db.call(work).await
}

async fn list(
    state: AppState,
    query: Option<String>,
    headers: HeaderMap,
    detail: bool,
) -> Result<Response, ApiFault> {
    let token = request::token(&headers, query.as_deref());
    let doc = run(&state, move |conn| {
        admin(conn, token.as_deref())?;
        let all = users::all(conn)?
            .iter()
            .map(|u| user_json(conn, u, detail))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(json!({ "users": all }))
    })
    .await?;
    Ok(request::json(StatusCode::OK, doc))
}

/// `GET /users`.
pub async fn get_users(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiFault> {
    list(state, query, headers, false).await
}

/// `GET /users/detail`.
pub async fn get_users_detail(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiFault> {
    list(state, query, headers, true).await
}

/// `POST /users`: makes an active user with a fresh token.
pub async fn post_users(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let token = request::token(&headers, query.as_deref());
    let doc = run(&state, move |conn| {
        admin(conn, token.as_deref())?;
        let fields = user_fields(&request::json_body(&headers, &body)?);
        let email = text(&fields, "username").unwrap_or_default();
        if !valid_email(email) {
            return Err(ApiFault::bad_request(
                "Invalid username (email format required)",
            ));
        }
        if users::by_username(conn, email)?.is_some() {
            return Err(ApiFault::conflict(format!("User '{email}' already exists")));
        }
        let first = text(&fields, "first_name")
            .ok_or_else(|| ApiFault::bad_request("Invalid first_name"))?;
        let last =
            text(&fields, "last_name").ok_or_else(|| ApiFault::bad_request("Invalid last_name"))?;
        let password =
            text(&fields, "password").map_or_else(|| random::alphanumeric(10), str::to_owned);
        let user = users::add_user_named(conn, email, &format!("{first} {last}"))?;
        Ok(json!({"user": {"id": user.uuid, "password": password, "auth_token": user.token}}))
    })
    .await?;
    Ok(request::json(StatusCode::OK, doc))
}

/// `GET /users/<uuid>`.
pub async fn get_user(
    State(state): State<AppState>,
    Path(uuid): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiFault> {
    let token = request::token(&headers, query.as_deref());
    let doc = run(&state, move |conn| {
        admin(conn, token.as_deref())?;
        let user = target(conn, &uuid)?;
        Ok(json!({"user": user_json(conn, &user, true)?}))
    })
    .await?;
    Ok(request::json(StatusCode::OK, doc))
}

/// `PUT /users/<uuid>`: changes `username` (e-mail), `first_name`, `last_name`.
pub async fn put_user(
    State(state): State<AppState>,
    Path(uuid): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let token = request::token(&headers, query.as_deref());
    let doc = run(&state, move |conn| {
        admin(conn, token.as_deref())?;
        let fields = user_fields(&request::json_body(&headers, &body)?);
        let user = target(conn, &uuid)?;
        let username = match fields.get("username") {
            None => None,
            Some(value) => match value.as_str() {
                Some(email) if valid_email(email) => Some(email),
                _ => {
                    return Err(ApiFault::bad_request(
                        "Invalid username (email format required)",
                    ));
                }
            },
        };
        let (mut first, mut last) = split_name(&user.realname);
        if let Some(name) = fields.get("first_name").and_then(Value::as_str) {
            name.clone_into(&mut first);
        }
        if let Some(name) = fields.get("last_name").and_then(Value::as_str) {
            name.clone_into(&mut last);
        }
        let realname = format!("{first} {last}").trim().to_owned();
        users::update_user(conn, &uuid, username, Some(&realname))?;
        let user = target(conn, &uuid)?;
        Ok(json!({"user": user_json(conn, &user, true)?}))
    })
    .await?;
    Ok(request::json(StatusCode::OK, doc))
}

fn act(conn: &Connection, uuid: &str, body: &Value) -> Result<Value, ApiFault> {
    let user = target(conn, uuid)?;
    if body.get("activate").is_some() || body.get("deactivate").is_some() {
        let active = body.get("activate").is_some();
        users::set_active(conn, uuid, active)?;
        return Ok(json!({"user": {"id": uuid, "is_active": active}}));
    }
    if body.get("renewToken").is_some() {
        let token = users::renew_token(conn, uuid)?;
        return Ok(json!({"user": {"id": uuid, "auth_token": token}}));
    }
    if body.get("signTerms").is_some() {
        users::set_terms_pending(conn, uuid, false)?;
        return Ok(json!({"user": {"id": uuid, "has_signed_terms": true}}));
    }
    if let Some(value) = body.get("setDefaultProject") {
        let project = value
            .as_str()
            .or_else(|| value.get("project").and_then(Value::as_str))
            .or_else(|| value.get("project_id").and_then(Value::as_str))
            .ok_or_else(|| ApiFault::bad_request("Project id not specified"))?;
        if project != user.uuid
            && !memberships::active_projects_of(conn, uuid)?
                .iter()
                .any(|p| p == project)
        {
            return Err(ApiFault::bad_request(format!(
                "User is not a member of project {project}"
            )));
        }
        conn.execute(
            "INSERT OR REPLACE INTO default_projects (uuid, project) VALUES (?1, ?2)",
            params![uuid, project],
        )?;
        return Ok(
            json!({"user": {"id": uuid, "default_project": default_project::of(conn, uuid)?}}),
        );
    }
    Err(ApiFault::bad_request("Invalid action"))
}

/// `POST /users/<uuid>/action`.
pub async fn post_action(
    State(state): State<AppState>,
    Path(uuid): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let token = request::token(&headers, query.as_deref());
    let doc = run(&state, move |conn| {
        admin(conn, token.as_deref())?;
        let body = request::json_body(&headers, &body)?;
        let tx = conn.transaction()?;
        let doc = act(&tx, &uuid, &body)?;
        tx.commit()?;
        Ok(doc)
    })
    .await?;
    Ok(request::json(StatusCode::OK, doc))
}
