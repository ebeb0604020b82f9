//! The user's default project (IDENTITY.md §6.3): what `access.token.tenant.id`
//! shows and what new resources are charged to; the system project (= the
//! user's uuid) unless `POST /myaccount/default_project` changed it.

use axum::extract::State;
use axum::response::Response;
use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;

use crate::AppState;
use crate::account::request::Caller;
use crate::account::{memberships, request};
use crate::api_error::ApiFault;

/// The default project of `user`.
pub fn of(conn: &Connection, user: &str) -> Result<String, ApiFault> {
    Ok(conn
        .query_row(
            "SELECT project FROM default_projects WHERE uuid = ?1",
            [user],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or_else(|| user.to_owned()))
}

fn set(conn: &Connection, user: &str, body: &Value) -> Result<(), ApiFault> {
    let project = match body.get("project_id") {
        Some(Value::String(p)) if !p.is_empty() => p.clone(),
        _ => return Err(ApiFault::forbidden("Project id not specified")),
    };
    if project != user && !memberships::active_projects_of(conn, user)?.contains(&project) {
        return Err(ApiFault::forbidden(format!(
            "User is not a member of project {project}"
        )));
    }
    conn.execute(
        "INSERT OR REPLACE INTO default_projects (uuid, project) VALUES (?1, ?2)",
        params![user, project],
    )?;
    Ok(())
}

/// `POST /myaccount/default_project` with `{"project_id": "<uuid>"}`; 200 empty.
/// Missing `project_id` → 403 `Project id not specified`; a project the user
/// is not an accepted member of → 403.
pub async fn post_default_project(
    State(state): State<AppState>,
    Caller(user): Caller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    state
        .db
        .call(move |conn| {
            let body = request::json_body(&headers, &body)?;
            set(conn, &user.uuid, &body)
        })
        .await?;
    Ok(request::empty(StatusCode::OK))
}
