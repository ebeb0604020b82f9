//! Project memberships (IDENTITY.md §6.2): list, info, join, enroll, and the
//! actions `leave`, `cancel`, `accept`, `reject`, `remove`.
//!
//! States: `requested` → `accepted` (accept, or join under `auto`) or
//! `rejected`/`cancelled`; `accepted` → `removed` (leave under `auto`,
//! remove) or `leave_requested` (leave under `moderated`); a leave request is
//! granted with `remove` or refused with `reject`. Accepted members hold the
//! project's `member_capacity` of each resource.

use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value, json};

use crate::account::policies::{self, NOT_ALLOWED};
use crate::account::project_actions::one_action;
use crate::account::projects::{self, Project};
use crate::account::request::Caller;
use crate::account::{project_quota, request};
use crate::api_error::ApiFault;
use crate::users::{self, User};
use crate::{AppState, clock};

/// A membership as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// Its id.
    pub id: i64,
    /// The project's uuid.
    pub project: String,
    /// The member's uuid.
    pub person: String,
    /// Its state.
    pub state: String,
}

fn load(conn: &Connection, id: i64) -> Result<Option<Membership>, ApiFault> {
    Ok(conn
        .query_row(
            "SELECT id, project, person, state FROM memberships WHERE id = ?1",
            [id],
            |r| {
                Ok(Membership {
                    id: r.get(0)?,
                    project: r.get(1)?,
                    person: r.get(2)?,
                    state: r.get(3)?,
                })
            },
        )
        .optional()?)
}

/// The uuids of the active projects where `user`'s membership is accepted
/// (`access.user.projects`).
pub fn active_projects_of(conn: &Connection, user: &str) -> Result<Vec<String>, ApiFault> {
    let mut stmt = conn.prepare(
        "SELECT p.uuid FROM memberships m JOIN projects p ON p.uuid = m.project
         WHERE m.person = ?1 AND m.state IN ('accepted', 'leave_requested') AND p.state = 'active'
         ORDER BY p.creation_date, p.uuid",
    )?;
    let rows = stmt.query_map([user], |r| r.get(0))?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

/// Moves a membership to `state` and logs the date.
fn set_state(conn: &Connection, id: i64, state: &str) -> Result<(), ApiFault> {
    conn.execute(
        "UPDATE memberships SET state = ?1 WHERE id = ?2",
        params![state, id],
    )?;
    conn.execute(
        "INSERT OR REPLACE INTO membership_log (membership, state, date) VALUES (?1, ?2, ?3)",
        params![id, state, clock::now_micros()],
    )?;
    Ok(())
}

fn is_manager(conn: &Connection, project: &Project, user: &str) -> Result<bool, ApiFault> {
    Ok(project.owner.as_deref() == Some(user) || policies::is_project_admin(conn, user)?)
}

/// What `user` may do with the membership now.
fn allowed_actions(
    conn: &Connection,
    m: &Membership,
    project: &Project,
    user: &str,
) -> Result<Vec<&'static str>, ApiFault> {
    let mut actions = Vec::new();
    if m.person == user {
        if m.state == "accepted" {
            actions.push("leave");
        }
        if m.state == "requested" {
            actions.push("cancel");
        }
    }
    if is_manager(conn, project, user)? {
        if m.state == "requested" {
            actions.push("accept");
        }
        if matches!(m.state.as_str(), "requested" | "leave_requested") {
            actions.push("reject");
        }
        if matches!(
            m.state.as_str(),
            "accepted" | "leave_requested" | "suspended"
        ) {
            actions.push("remove");
        }
    }
    Ok(actions)
}

fn membership_json(conn: &Connection, m: &Membership, user: &str) -> Result<Value, ApiFault> {
    let project =
        projects::load(conn, &m.project)?.ok_or_else(|| projects::not_found(&m.project))?;
    let mut doc = json!({
        "id": m.id,
        "user": m.person,
        "project": m.project,
        "state": m.state,
        "allowed_actions": allowed_actions(conn, m, &project, user)?,
    });
    let mut stmt = conn.prepare("SELECT state, date FROM membership_log WHERE membership = ?1")?;
    let dates = stmt
        .query_map([m.id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    for (state, date) in dates {
        doc[state] = Value::String(clock::iso8601(date));
    }
    Ok(doc)
}

/// The membership `user` may see: unknown → 404, someone else's in a project
/// the user does not manage → 403.
fn visible(conn: &Connection, id: &str, user: &str) -> Result<(Membership, Project), ApiFault> {
    let not_found = || ApiFault::not_found(format!("There is no membership identified by {id}."));
    let id: i64 = id.parse().map_err(|_| not_found())?;
    let m = load(conn, id)?.ok_or_else(not_found)?;
    let project =
        projects::load(conn, &m.project)?.ok_or_else(|| projects::not_found(&m.project))?;
    if m.person != user && !is_manager(conn, &project, user)? {
        return Err(ApiFault::forbidden(NOT_ALLOWED));
    }
    Ok((m, project))
}

fn list_in(conn: &Connection, user: &User, query: Option<&str>) -> Result<Value, ApiFault> {
    let only = request::query_param(query, "project");
    let admin = policies::is_project_admin(conn, &user.uuid)?;
    let mut stmt = conn.prepare(
        "SELECT m.id, m.project, m.person, m.state, p.owner FROM memberships m
         JOIN projects p ON p.uuid = m.project ORDER BY m.id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                Membership {
                    id: r.get(0)?,
                    project: r.get(1)?,
                    person: r.get(2)?,
                    state: r.get(3)?,
                },
                r.get::<_, Option<String>>(4)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut out = Vec::new();
    for (m, owner) in rows {
        let mine = admin || m.person == user.uuid || owner.as_deref() == Some(user.uuid.as_str());
        if mine && only.as_ref().is_none_or(|p| *p == m.project) {
            out.push(membership_json(conn, &m, &user.uuid)?);
        }
    }
    Ok(Value::Array(out))
}

/// `GET /projects/memberships[?project=<id>]`: the caller's memberships and
/// those of the projects it owns (a project admin sees all).
pub async fn list(
    State(state): State<AppState>,
    Caller(user): Caller,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiFault> {
    let doc = state
        .db
        .call(move |conn| list_in(conn, &user, query.as_deref()))
        .await?;
    Ok(request::json(StatusCode::OK, doc))
}

/// `GET /projects/memberships/<id>`.
pub async fn info(
    State(state): State<AppState>,
    Caller(user): Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiFault> {
    let doc = state
        .db
        .call(move |conn| {
            let (m, _) = visible(conn, &id, &user.uuid)?;
            membership_json(conn, &m, &user.uuid)
        })
        .await?;
    Ok(request::json(StatusCode::OK, doc))
}

fn accepted_count(conn: &Connection, project: &str) -> Result<i64, ApiFault> {
    Ok(conn.query_row(
        "SELECT count(*) FROM memberships WHERE project = ?1 AND state IN ('accepted', 'leave_requested')",
        [project],
        |r| r.get(0),
    )?)
}

fn check_room(conn: &Connection, project: &Project) -> Result<(), ApiFault> {
    if accepted_count(conn, &project.uuid)? >= project.max_members {
        return Err(ApiFault::conflict(
            "You have reached the maximum number of members for this Project.",
        ));
    }
    Ok(())
}

/// The membership row of (`project`, `person`), if any.
fn membership_of(
    conn: &Connection,
    project: &str,
    person: &str,
) -> Result<Option<Membership>, ApiFault> {
    let id: Option<i64> = conn
        .query_row(
            "SELECT id FROM memberships WHERE project = ?1 AND person = ?2",
            params![project, person],
            |r| r.get(0),
        )
        .optional()?;
    match id {
        Some(id) => load(conn, id),
        None => Ok(None),
    }
}

fn upsert(conn: &Connection, project: &str, person: &str, state: &str) -> Result<i64, ApiFault> {
    let id = match membership_of(conn, project, person)? {
        Some(m) => m.id,
        None => {
            conn.execute(
                "INSERT INTO memberships (project, person, state) VALUES (?1, ?2, ?3)",
                params![project, person, state],
            )?;
            conn.last_insert_rowid()
        }
    };
    set_state(conn, id, state)?;
    Ok(id)
}

fn project_arg(data: &Value) -> Result<String, ApiFault> {
    data.get("project")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| ApiFault::not_found("There is no project identified by None."))
}

fn join(conn: &Connection, user: &User, data: &Value) -> Result<i64, ApiFault> {
    let uuid = project_arg(data)?;
    let project = projects::visible(conn, &uuid, &user.uuid)?;
    if project.state != "active" {
        return Err(ApiFault::conflict(format!("Project {uuid} is not alive.")));
    }
    if project.join_policy == "closed" {
        return Err(ApiFault::conflict(
            "The Project's member join policy is closed.",
        ));
    }
    if let Some(m) = membership_of(conn, &uuid, &user.uuid)?
        && matches!(
            m.state.as_str(),
            "requested" | "accepted" | "leave_requested" | "suspended"
        )
    {
        return Err(ApiFault::conflict("Request or membership already exists."));
    }
    if project.join_policy == "auto" {
        check_room(conn, &project)?;
        upsert(conn, &uuid, &user.uuid, "accepted")
    } else {
        upsert(conn, &uuid, &user.uuid, "requested")
    }
}

fn enroll(conn: &Connection, user: &User, data: &Value) -> Result<i64, ApiFault> {
    let uuid = project_arg(data)?;
    let project = projects::visible(conn, &uuid, &user.uuid)?;
    if !is_manager(conn, &project, &user.uuid)? {
        return Err(ApiFault::forbidden(NOT_ALLOWED));
    }
    let name = data.get("user").and_then(Value::as_str).unwrap_or("");
    let member = users::by_username(conn, name)?
        .ok_or_else(|| ApiFault::not_found(format!("There is no user identified by {name}.")))?;
    if project.state != "active" {
        return Err(ApiFault::conflict(format!("Project {uuid} is not alive.")));
    }
    if let Some(m) = membership_of(conn, &uuid, &member.uuid)?
        && matches!(m.state.as_str(), "accepted" | "leave_requested")
    {
        return Err(ApiFault::conflict("Membership already exists."));
    }
    check_room(conn, &project)?;
    upsert(conn, &uuid, &member.uuid, "accepted")
}

fn post_in(conn: &mut Connection, user: &User, body: Map<String, Value>) -> Result<i64, ApiFault> {
    let (action, data) = one_action(&["join", "enroll"], &body)?;
    let tx = conn.transaction()?;
    let id = if action == "join" {
        join(&tx, user, &data)?
    } else {
        enroll(&tx, user, &data)?
    };
    if let Some(m) = load(&tx, id)? {
        project_quota::sync(&tx, &m.project)?;
    }
    tx.commit()?;
    Ok(id)
}

/// `POST /projects/memberships` with `{"join": {"project"}}` or
/// `{"enroll": {"project", "user": "<e-mail>"}}`; 200 `{"id": <membership id>}`.
pub async fn post(
    State(state): State<AppState>,
    Caller(user): Caller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let id = state
        .db
        .call(move |conn| {
            let body = request::json_dict(request::json_body(&headers, &body)?)?;
            post_in(conn, &user, body)
        })
        .await?;
    Ok(request::json(StatusCode::OK, json!({ "id": id })))
}

fn act(
    conn: &Connection,
    user: &User,
    m: &Membership,
    project: &Project,
    action: &str,
) -> Result<(), ApiFault> {
    let member = m.person == user.uuid;
    let manager = is_manager(conn, project, &user.uuid)?;
    let not_request = || ApiFault::conflict("This is not a valid membership request.");
    let not_accepted = || ApiFault::conflict("This is not an accepted membership.");
    match action {
        "leave" | "cancel" if !member => Err(ApiFault::forbidden(NOT_ALLOWED)),
        "accept" | "reject" | "remove" if !manager => Err(ApiFault::forbidden(NOT_ALLOWED)),
        "leave" => {
            if m.state != "accepted" {
                return Err(not_accepted());
            }
            match project.leave_policy.as_str() {
                "closed" => Err(ApiFault::conflict(
                    "The project's member leave policy is closed.",
                )),
                "auto" => set_state(conn, m.id, "removed"),
                _ => set_state(conn, m.id, "leave_requested"),
            }
        }
        "cancel" => {
            if m.state != "requested" {
                return Err(not_request());
            }
            set_state(conn, m.id, "cancelled")
        }
        "accept" => {
            if m.state != "requested" {
                return Err(not_request());
            }
            if project.state != "active" {
                return Err(ApiFault::conflict(format!(
                    "Project {} is not alive.",
                    project.uuid
                )));
            }
            check_room(conn, project)?;
            set_state(conn, m.id, "accepted")
        }
        "reject" => match m.state.as_str() {
            "requested" => set_state(conn, m.id, "rejected"),
            "leave_requested" => set_state(conn, m.id, "accepted"),
            _ => Err(not_request()),
        },
        _ => {
            if !matches!(
                m.state.as_str(),
                "accepted" | "leave_requested" | "suspended"
            ) {
                return Err(not_accepted());
            }
            set_state(conn, m.id, "removed")
        }
    }
}

fn action_in(
    conn: &mut Connection,
    user: &User,
    id: &str,
    body: Map<String, Value>,
) -> Result<(), ApiFault> {
    let (action, _reason) = one_action(&["leave", "cancel", "accept", "reject", "remove"], &body)?;
    let (m, project) = visible(conn, id, &user.uuid)?;
    let tx = conn.transaction()?;
    act(&tx, user, &m, &project, action)?;
    project_quota::sync(&tx, &project.uuid)?;
    tx.commit()?;
    Ok(())
}

/// `POST /projects/memberships/<id>/action` with `{"<action>": "<reason>"}`; 200 empty.
pub async fn action(
    State(state): State<AppState>,
    Caller(user): Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    state
        .db
        .call(move |conn| {
            let body = if body.is_empty() {
                Map::new()
            } else {
                request::json_dict(request::json_body(&headers, &body)?)?
            };
            action_in(conn, &user, &id, body)
        })
        .await?;
    Ok(request::empty(StatusCode::OK))
}
