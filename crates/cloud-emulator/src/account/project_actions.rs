//! `POST /projects/<id>/action` (IDENTITY.md §6.2): the project actions
//! (`suspend`, `unsuspend`, `terminate`, `reinstate`) and the application
//! actions (`approve`, `deny`, `dismiss`, `cancel`, which need `app_id`).
//!
//! States move as in Astakos: approving an application activates an
//! uninitialized project (or applies a modification) and gives its members
//! quota; suspending or terminating a project zeroes its limits; conflicts are
//! 409 `conflict`, missing rights 403 `forbidden`.

use axum::extract::{Path, State};
use axum::response::Response;
use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value};

use crate::account::policies::{self, NOT_ALLOWED};
use crate::account::projects::{self, Application, Project};
use crate::account::request::Caller;
use crate::account::{project_quota, request};
use crate::api_error::ApiFault;
use crate::users::User;
use crate::{AppState, clock};

/// Every action, in the order the request body is searched.
pub const ACTIONS: &[&str] = &[
    "terminate",
    "suspend",
    "unsuspend",
    "reinstate",
    "approve",
    "deny",
    "dismiss",
    "cancel",
];

/// Picks the one recognized action key of `body`: none → 400 `No recognized
/// action`, several → 400 `Multiple actions not supported`.
pub fn one_action<'a>(
    actions: &[&'a str],
    body: &Map<String, Value>,
) -> Result<(&'a str, Value), ApiFault> {
    let mut found = None;
    for action in actions {
        if let Some(data) = body.get(*action) {
            if found.is_some() {
                return Err(ApiFault::bad_request("Multiple actions not supported"));
            }
            found = Some((*action, data.clone()));
        }
    }
    found.ok_or_else(|| ApiFault::bad_request("No recognized action"))
}

fn set_state(
    conn: &Connection,
    project: &str,
    state: &str,
    deactivated: bool,
) -> Result<(), ApiFault> {
    if deactivated {
        conn.execute(
            "UPDATE projects SET state = ?1, deactivation_date = ?2 WHERE uuid = ?3",
            params![state, clock::now_micros(), project],
        )?;
    } else {
        conn.execute(
            "UPDATE projects SET state = ?1 WHERE uuid = ?2",
            params![state, project],
        )?;
    }
    Ok(())
}

/// Moves an application to `state`; one that leaves `pending` no longer
/// counts against its applicant's pending applications.
fn set_application_state(
    conn: &Connection,
    app: &Application,
    state: &str,
) -> Result<(), ApiFault> {
    if app.state == "pending" {
        project_quota::count_pending_application(conn, &app.applicant, -1, false)?;
    }
    let id = app.id;
    conn.execute(
        "UPDATE applications SET state = ?1 WHERE id = ?2",
        params![state, id],
    )?;
    Ok(())
}

/// Applies an approved application to its project and grants.
fn apply(conn: &Connection, project: &Project, app: &Application) -> Result<(), ApiFault> {
    conn.execute(
        "UPDATE projects SET
             name = coalesce(?1, name), owner = coalesce(?2, owner),
             homepage = coalesce(?3, homepage), description = coalesce(?4, description),
             end_date = coalesce(?5, end_date), join_policy = coalesce(?6, join_policy),
             leave_policy = coalesce(?7, leave_policy), max_members = coalesce(?8, max_members),
             private = coalesce(?9, private)
         WHERE uuid = ?10",
        params![
            app.name,
            app.owner,
            app.homepage,
            app.description,
            app.end_date,
            app.join_policy,
            app.leave_policy,
            app.max_members,
            app.private,
            project.uuid
        ],
    )?;
    for (resource, policy) in &app.resources {
        let capacity = |key: &str| policy.get(key).and_then(Value::as_i64).unwrap_or(0);
        conn.execute(
            "INSERT INTO project_resources (project, resource, project_capacity, member_capacity)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (project, resource) DO UPDATE SET
                 project_capacity = excluded.project_capacity,
                 member_capacity = excluded.member_capacity",
            params![
                project.uuid,
                resource,
                capacity("project_capacity"),
                capacity("member_capacity")
            ],
        )?;
    }
    if project.state == "uninitialized" {
        set_state(conn, &project.uuid, "active", false)?;
    }
    Ok(())
}

/// A project's name must be unique among alive projects (409 otherwise).
fn check_unique_name(
    conn: &Connection,
    project: &Project,
    app: &Application,
) -> Result<(), ApiFault> {
    let Some(name) = app.name.as_ref().or(project.name.as_ref()) else {
        return Ok(());
    };
    let taken: bool = conn
        .query_row(
            "SELECT 1 FROM projects WHERE name = ?1 AND uuid != ?2 AND state IN ('active', 'suspended')",
            params![name, project.uuid],
            |_| Ok(true),
        )
        .optional()?
        .unwrap_or(false);
    if taken {
        return Err(ApiFault::conflict(
            "The project name (as specified in its application's definition) must be unique among all active projects.",
        ));
    }
    Ok(())
}

fn not_alive(project: &Project) -> ApiFault {
    ApiFault::conflict(format!("Project {} is not alive.", project.uuid))
}

fn application_action(
    conn: &Connection,
    user: &User,
    project: &Project,
    action: &str,
    data: &Value,
) -> Result<(), ApiFault> {
    let app_id = match data.get("app_id") {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.parse().ok(),
        _ => None,
    }
    .ok_or_else(|| ApiFault::bad_request("Missing app_id"))?;
    let app = projects::load_application(conn, app_id)?
        .filter(|a| a.project == project.uuid)
        .ok_or_else(|| {
            ApiFault::not_found(format!(
                "There is no project application identified by {app_id}."
            ))
        })?;
    let admin = policies::is_project_admin(conn, &user.uuid)?;
    let applicant = app.applicant == user.uuid || project.owner.as_deref() == Some(&user.uuid);
    let cannot = |verb: &str| {
        ApiFault::conflict(format!(
            "Cannot {verb} application {app_id} in state '{}'",
            app.state
        ))
    };
    match action {
        "approve" | "deny" if !admin => Err(ApiFault::forbidden(NOT_ALLOWED)),
        "dismiss" | "cancel" if !(admin || applicant) => Err(ApiFault::forbidden(NOT_ALLOWED)),
        "approve" => {
            if app.state != "pending" {
                return Err(cannot("approve"));
            }
            if matches!(project.state.as_str(), "terminated" | "deleted") {
                return Err(not_alive(project));
            }
            check_unique_name(conn, project, &app)?;
            apply(conn, project, &app)?;
            set_application_state(conn, &app, "approved")
        }
        "deny" => {
            if app.state != "pending" {
                return Err(cannot("deny"));
            }
            set_application_state(conn, &app, "denied")
        }
        "dismiss" => {
            if app.state != "denied" {
                return Err(cannot("dismiss"));
            }
            set_application_state(conn, &app, "dismissed")?;
            if project.state == "uninitialized" {
                set_state(conn, &project.uuid, "deleted", true)?;
            }
            Ok(())
        }
        _ => {
            if app.state != "pending" {
                return Err(cannot("cancel"));
            }
            set_application_state(conn, &app, "cancelled")?;
            if project.state == "uninitialized" {
                set_state(conn, &project.uuid, "deleted", true)?;
            }
            Ok(())
        }
    }
}

fn project_action(
    conn: &Connection,
    user: &User,
    project: &Project,
    action: &str,
) -> Result<(), ApiFault> {
    if !policies::is_project_admin(conn, &user.uuid)? {
        return Err(ApiFault::forbidden(NOT_ALLOWED));
    }
    let uuid = &project.uuid;
    match (action, project.state.as_str()) {
        ("suspend", "active") => set_state(conn, uuid, "suspended", true),
        ("suspend", _) => Err(not_alive(project)),
        ("unsuspend", "suspended") => set_state(conn, uuid, "active", false),
        ("unsuspend", _) => Err(ApiFault::conflict(format!(
            "Project {uuid} is not suspended."
        ))),
        ("terminate", "active" | "suspended") => set_state(conn, uuid, "terminated", true),
        ("terminate", _) => Err(not_alive(project)),
        ("reinstate", "terminated") => set_state(conn, uuid, "active", false),
        _ => Err(ApiFault::conflict(format!(
            "Project {uuid} is not terminated."
        ))),
    }
}

fn act(
    conn: &mut Connection,
    user: &User,
    uuid: &str,
    body: Map<String, Value>,
) -> Result<(), ApiFault> {
    let (action, data) = one_action(ACTIONS, &body)?;
    let project = projects::visible(conn, uuid, &user.uuid)?;
    let tx = conn.transaction()?;
    match action {
        "approve" | "deny" | "dismiss" | "cancel" => {
            application_action(&tx, user, &project, action, &data)?;
        }
        _ => project_action(&tx, user, &project, action)?,
    }
    project_quota::sync(&tx, uuid)?;
    tx.commit()?;
    Ok(())
}

/// `POST /projects/<id>/action` with `{"<action>": {"reason": "...", "app_id": n}}`; 200 empty.
pub async fn action(
    State(state): State<AppState>,
    Caller(user): Caller,
    Path(uuid): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    state
        .db
        .call(move |conn| {
            let body = request::json_dict(request::json_body(&headers, &body)?)?;
            act(conn, &user, &uuid, body)
        })
        .await?;
    Ok(request::empty(StatusCode::OK))
}
