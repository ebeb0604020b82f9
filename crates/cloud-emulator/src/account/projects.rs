//! Projects (IDENTITY.md §6): the project and application records, the
//! project object the API shows, and the list, info, create and modify calls.
//!
//! Creating or modifying a project submits an *application*; nothing changes
//! until a project admin approves it (see [`project_actions`](super::project_actions)).

use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Map, Value, json};

use crate::account::policies::{self, NOT_ALLOWED, POLICIES, PROJECT_STATES};
use crate::account::request::Caller;
use crate::account::{dates, project_quota, request};
use crate::api_error::ApiFault;
use crate::users::{self, User};
use crate::{AppState, clock, quota, random};

/// A project as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    /// The project's uuid (for a system project, its user's uuid).
    pub uuid: String,
    /// `uninitialized`, `active`, `suspended`, `terminated` or `deleted`.
    pub state: String,
    /// When it was created (epoch microseconds).
    pub creation_date: i64,
    /// Its name (domain form).
    pub name: Option<String>,
    /// The owner's uuid (none for system projects).
    pub owner: Option<String>,
    /// Home page.
    pub homepage: String,
    /// Description.
    pub description: String,
    /// When it ends (epoch microseconds).
    pub end_date: Option<i64>,
    /// `auto`, `moderated` or `closed`.
    pub join_policy: String,
    /// `auto`, `moderated` or `closed`.
    pub leave_policy: String,
    /// Member limit.
    pub max_members: i64,
    /// Whether only related users see it.
    pub private: bool,
    /// Whether it is a user's system project.
    pub system_project: bool,
    /// The latest application's id.
    pub last_application: Option<i64>,
    /// When it was suspended or terminated.
    pub deactivation_date: Option<i64>,
}

const PROJECT_COLUMNS: &str = "uuid, state, creation_date, name, owner, homepage, description, end_date, \
     join_policy, leave_policy, max_members, private, system_project, last_application, deactivation_date";

fn project_from_row(r: &Row<'_>) -> rusqlite::Result<Project> {
    Ok(Project {
        uuid: r.get(0)?,
        state: r.get(1)?,
        creation_date: r.get(2)?,
        name: r.get(3)?,
        owner: r.get(4)?,
        homepage: r.get(5)?,
        description: r.get(6)?,
        end_date: r.get(7)?,
        join_policy: r.get(8)?,
        leave_policy: r.get(9)?,
        max_members: r.get(10)?,
        private: r.get(11)?,
        system_project: r.get(12)?,
        last_application: r.get(13)?,
        deactivation_date: r.get(14)?,
    })
}

/// The project with this uuid, if any.
pub fn load(conn: &Connection, uuid: &str) -> Result<Option<Project>, ApiFault> {
    Ok(conn
        .query_row(
            &format!("SELECT {PROJECT_COLUMNS} FROM projects WHERE uuid = ?1"),
            [uuid],
            project_from_row,
        )
        .optional()?)
}

/// 404 `itemNotFound` `There is no project identified by <id>.`
pub fn not_found(uuid: &str) -> ApiFault {
    ApiFault::not_found(format!("There is no project identified by {uuid}."))
}

/// Whether `user` owns the project or has any membership in it.
pub fn related(conn: &Connection, project: &Project, user: &str) -> Result<bool, ApiFault> {
    if project.owner.as_deref() == Some(user) {
        return Ok(true);
    }
    Ok(conn
        .query_row(
            "SELECT 1 FROM memberships WHERE project = ?1 AND person = ?2",
            params![project.uuid, user],
            |_| Ok(true),
        )
        .optional()?
        .unwrap_or(false))
}

/// The project as `user` may see it: unknown, and private projects the user
/// has nothing to do with, are 404.
pub fn visible(conn: &Connection, uuid: &str, user: &str) -> Result<Project, ApiFault> {
    let project = load(conn, uuid)?.ok_or_else(|| not_found(uuid))?;
    if project.private
        && !related(conn, &project, user)?
        && !policies::is_project_admin(conn, user)?
    {
        return Err(not_found(uuid));
    }
    Ok(project)
}

/// An application (a request to create or change a project) as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    /// Its id.
    pub id: i64,
    /// The project it applies to.
    pub project: String,
    /// `pending`, `approved`, `replaced`, `denied`, `dismissed` or `cancelled`.
    pub state: String,
    /// Who submitted it.
    pub applicant: String,
    /// The owner it asks for.
    pub owner: Option<String>,
    /// Requested name (none: unchanged).
    pub name: Option<String>,
    /// Requested home page.
    pub homepage: Option<String>,
    /// Requested description.
    pub description: Option<String>,
    /// Requested start.
    pub start_date: Option<i64>,
    /// Requested end.
    pub end_date: Option<i64>,
    /// The applicant's comments.
    pub comments: Option<String>,
    /// Requested join policy.
    pub join_policy: Option<String>,
    /// Requested leave policy.
    pub leave_policy: Option<String>,
    /// Requested member limit.
    pub max_members: Option<i64>,
    /// Requested privacy.
    pub private: Option<bool>,
    /// Requested grants: `{resource: {project_capacity, member_capacity}}`.
    pub resources: Map<String, Value>,
}

const APPLICATION_COLUMNS: &str = "id, project, state, applicant, owner, name, homepage, description, \
     start_date, end_date, comments, join_policy, leave_policy, max_members, private, resources";

fn application_from_row(r: &Row<'_>) -> rusqlite::Result<Application> {
    let resources: String = r.get(15)?;
    Ok(Application {
        id: r.get(0)?,
        project: r.get(1)?,
        state: r.get(2)?,
        applicant: r.get(3)?,
        owner: r.get(4)?,
        name: r.get(5)?,
        homepage: r.get(6)?,
        description: r.get(7)?,
        start_date: r.get(8)?,
        end_date: r.get(9)?,
        comments: r.get(10)?,
        join_policy: r.get(11)?,
        leave_policy: r.get(12)?,
        max_members: r.get(13)?,
        private: r.get(14)?,
        resources: serde_json::from_str(&resources).unwrap_or_default(),
    })
}

/// The application with this id, if any.
pub fn load_application(conn: &Connection, id: i64) -> Result<Option<Application>, ApiFault> {
    Ok(conn
        .query_row(
            &format!("SELECT {APPLICATION_COLUMNS} FROM applications WHERE id = ?1"),
            [id],
            application_from_row,
        )
        .optional()?)
}

fn iso(micros: Option<i64>) -> Value {
    micros.map_or(Value::Null, |m| Value::String(clock::iso8601(m)))
}

fn application_json(app: &Application) -> Value {
    json!({
        "id": app.id,
        "state": app.state,
        "name": app.name,
        "owner": app.owner,
        "applicant": app.applicant,
        "homepage": app.homepage,
        "description": app.description,
        "start_date": iso(app.start_date),
        "end_date": iso(app.end_date),
        "comments": app.comments,
        "join_policy": app.join_policy,
        "leave_policy": app.leave_policy,
        "max_members": app.max_members,
        "private": app.private,
        "resources": app.resources,
    })
}

/// The project object of §6.1 as `user` sees it: `last_application` and
/// `deactivation_date` only for its owner, the applicant, or a project admin.
pub fn project_json(conn: &Connection, project: &Project, user: &str) -> Result<Value, ApiFault> {
    let mut resources = Map::new();
    let grants = project_quota::grants(conn, &project.uuid)?;
    for resource in quota::RESOURCES.iter().filter(|r| r.api_visible) {
        if let Some((project_capacity, member_capacity)) = grants.get(resource.name) {
            resources.insert(
                resource.name.to_owned(),
                json!({"project_capacity": project_capacity, "member_capacity": member_capacity}),
            );
        }
    }
    let mut doc = json!({
        "id": project.uuid,
        "state": project.state,
        "creation_date": clock::iso8601(project.creation_date),
        "name": project.name,
        "owner": project.owner,
        "homepage": project.homepage,
        "description": project.description,
        "end_date": iso(project.end_date),
        "join_policy": project.join_policy,
        "leave_policy": project.leave_policy,
        "max_members": project.max_members,
        "private": project.private,
        "system_project": project.system_project,
        "resources": resources,
    });
    let application = match project.last_application {
        Some(id) => load_application(conn, id)?,
        None => None,
    };
    let privileged = project.owner.as_deref() == Some(user)
        || application.as_ref().is_some_and(|a| a.applicant == user)
        || policies::is_project_admin(conn, user)?;
    if privileged {
        if let Some(app) = &application {
            doc["last_application"] = application_json(app);
        }
        if let Some(date) = project.deactivation_date {
            doc["deactivation_date"] = Value::String(clock::iso8601(date));
        }
    }
    Ok(doc)
}

/// Makes the system project of a new user (uuid = the user's uuid, name
/// `system:<uuid>`, closed, private, one member: the user, accepted), with
/// the default quota of every resource. The first user of a data directory
/// also becomes a project admin.
pub fn create_system_project(conn: &Connection, user_uuid: &str) -> Result<(), ApiFault> {
    let now = clock::now_micros();
    conn.execute(
        "INSERT OR IGNORE INTO projects (uuid, state, creation_date, name, owner, join_policy,
             leave_policy, max_members, private, system_project)
         VALUES (?1, 'active', ?2, ?3, NULL, 'closed', 'closed', 1, 1, 1)",
        params![user_uuid, now, format!("system:{user_uuid}")],
    )?;
    for resource in quota::RESOURCES {
        conn.execute(
            "INSERT OR IGNORE INTO project_resources (project, resource, project_capacity, member_capacity)
             VALUES (?1, ?2, ?3, ?3)",
            params![user_uuid, resource.name, resource.default_limit],
        )?;
    }
    conn.execute(
        "INSERT OR IGNORE INTO memberships (project, person, state) VALUES (?1, ?1, 'accepted')",
        [user_uuid],
    )?;
    let membership: i64 = conn.query_row(
        "SELECT id FROM memberships WHERE project = ?1 AND person = ?1",
        [user_uuid],
        |r| r.get(0),
    )?;
    conn.execute(
        "INSERT OR REPLACE INTO membership_log (membership, state, date) VALUES (?1, 'accepted', ?2)",
        params![membership, now],
    )?;
    let users: i64 = conn.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?;
    if users <= 1 {
        policies::set_project_admin(conn, user_uuid, true)?;
    }
    project_quota::sync(conn, user_uuid)
}

/// A validated project spec (create: every field decided; modify: `None` = unchanged).
#[derive(Debug, Default)]
struct Spec {
    owner: Option<String>,
    name: Option<String>,
    homepage: Option<String>,
    description: Option<String>,
    comments: Option<String>,
    start_date: Option<i64>,
    end_date: Option<i64>,
    join_policy: Option<String>,
    leave_policy: Option<String>,
    max_members: Option<i64>,
    private: Option<bool>,
    resources: Map<String, Value>,
}

fn date_field(spec: &Map<String, Value>, key: &str) -> Result<Option<i64>, ApiFault> {
    match spec.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => dates::parse_iso8601(s)
            .map(Some)
            .ok_or_else(|| ApiFault::bad_request(format!("Invalid {key}"))),
        Some(_) => Err(ApiFault::bad_request(format!("Invalid {key}"))),
    }
}

fn string_field(spec: &Map<String, Value>, key: &str) -> Result<Option<String>, ApiFault> {
    match spec.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ApiFault::bad_request(format!("{key} must be string"))),
    }
}

fn policy_field(
    spec: &Map<String, Value>,
    key: &str,
    what: &str,
) -> Result<Option<String>, ApiFault> {
    match spec.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if POLICIES.contains(&s.as_str()) => Ok(Some(s.clone())),
        Some(_) => Err(ApiFault::bad_request(format!("Invalid {what} policy"))),
    }
}

fn resources_field(spec: &Map<String, Value>) -> Result<Map<String, Value>, ApiFault> {
    let resources = match spec.get("resources") {
        None | Some(Value::Null) => return Ok(Map::new()),
        Some(Value::Object(map)) => map,
        Some(_) => return Err(ApiFault::bad_request("Malformed resource policies")),
    };
    let mut out = Map::new();
    for (name, policy) in resources {
        if quota::resource(name).is_none() {
            return Err(ApiFault::bad_request(format!(
                "Resource '{name}' does not exist."
            )));
        }
        let capacity = |key: &str| {
            policy
                .get(key)
                .and_then(Value::as_i64)
                .filter(|n| *n >= 0)
                .ok_or_else(|| {
                    ApiFault::bad_request(format!("Malformed resource policy for '{name}'"))
                })
        };
        let project_capacity = capacity("project_capacity")?;
        let member_capacity = capacity("member_capacity")?;
        out.insert(
            name.clone(),
            json!({"project_capacity": project_capacity, "member_capacity": member_capacity}),
        );
    }
    Ok(out)
}

/// Validates a spec in the order Astakos does; `new` for a creation.
fn parse_spec(conn: &Connection, spec: &Map<String, Value>, new: bool) -> Result<Spec, ApiFault> {
    let owner = match spec.get("owner") {
        None | Some(Value::Null) => None,
        Some(Value::String(uuid)) if users::by_uuid(conn, uuid)?.is_some() => Some(uuid.clone()),
        Some(_) => return Err(ApiFault::bad_request("User does not exist.")),
    };
    let name = match spec.get("name") {
        None | Some(Value::Null) if new => return Err(ApiFault::bad_request("Name missing.")),
        None | Some(Value::Null) => None,
        Some(Value::String(name)) if policies::valid_project_name(name) => Some(name.clone()),
        Some(_) => {
            return Err(ApiFault::bad_request(
                "Project name should be in domain format",
            ));
        }
    };
    let mut join_policy = policy_field(spec, "join_policy", "join")?;
    let mut leave_policy = policy_field(spec, "leave_policy", "leave")?;
    let start_date = date_field(spec, "start_date")?;
    let end_date = date_field(spec, "end_date")?;
    if new && end_date.is_none() {
        return Err(ApiFault::bad_request("Missing end date"));
    }
    let mut max_members = match spec.get("max_members") {
        None | Some(Value::Null) => None,
        Some(value) => Some(policies::parse_max_members(value)?),
    };
    let private = match spec.get("private") {
        None | Some(Value::Null) => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => return Err(ApiFault::bad_request("private must be boolean")),
    };
    let homepage = string_field(spec, "homepage")?;
    let description = string_field(spec, "description")?;
    let comments = string_field(spec, "comments")?;
    let resources = resources_field(spec)?;
    if let Some(end) = end_date {
        if end < clock::now_micros() {
            return Err(ApiFault::bad_request(
                "Project end date should be equal or greater than than the current date.",
            ));
        }
        if start_date.is_some_and(|start| start > end) {
            return Err(ApiFault::bad_request(
                "Project end date should be greater than the project start date.",
            ));
        }
    }
    if new {
        join_policy.get_or_insert_with(|| "moderated".to_owned());
        leave_policy.get_or_insert_with(|| "auto".to_owned());
        max_members.get_or_insert(policies::PRACTICALLY_INFINITE);
    }
    Ok(Spec {
        owner,
        name,
        homepage,
        description,
        comments,
        start_date,
        end_date,
        join_policy,
        leave_policy,
        max_members,
        private: if new {
            Some(private.unwrap_or(false))
        } else {
            private
        },
        resources,
    })
}

/// Stores a pending application for `project`; an earlier pending one becomes `replaced`.
/// Counts the applicant's pending applications (`astakos.pending_app`):
/// past the limit (3 by default) a non-admin gets 409.
fn submit(conn: &Connection, project: &str, applicant: &str, spec: &Spec) -> Result<i64, ApiFault> {
    let mut stmt = conn
        .prepare("SELECT applicant FROM applications WHERE project = ?1 AND state = 'pending'")?;
    let replaced = stmt
        .query_map([project], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    for previous in replaced {
        project_quota::count_pending_application(conn, &previous, -1, false)?;
    }
    conn.execute(
        "UPDATE applications SET state = 'replaced' WHERE project = ?1 AND state = 'pending'",
        [project],
    )?;
    let enforce = !policies::is_project_admin(conn, applicant)?;
    project_quota::count_pending_application(conn, applicant, 1, enforce)?;
    conn.execute(
        "INSERT INTO applications (project, state, applicant, owner, name, homepage, description,
             start_date, end_date, comments, join_policy, leave_policy, max_members, private,
             resources, created)
         VALUES (?1, 'pending', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            project,
            applicant,
            spec.owner,
            spec.name,
            spec.homepage,
            spec.description,
            spec.start_date,
            spec.end_date,
            spec.comments,
            spec.join_policy,
            spec.leave_policy,
            spec.max_members,
            spec.private,
            Value::Object(spec.resources.clone()).to_string(),
            clock::now_micros(),
        ],
    )?;
    let id = conn.last_insert_rowid();
    conn.execute(
        "UPDATE projects SET last_application = ?1 WHERE uuid = ?2",
        params![id, project],
    )?;
    Ok(id)
}

fn created(project: &str, application: i64) -> Response {
    request::json(
        StatusCode::CREATED,
        json!({"id": project, "application": application}),
    )
}

fn create_in(
    conn: &mut Connection,
    user: &User,
    body: Map<String, Value>,
) -> Result<(String, i64), ApiFault> {
    let mut spec = parse_spec(conn, &body, true)?;
    let owner = spec.owner.clone().unwrap_or_else(|| user.uuid.clone());
    if owner != user.uuid && !policies::is_project_admin(conn, &user.uuid)? {
        return Err(ApiFault::forbidden(NOT_ALLOWED));
    }
    spec.owner = Some(owner.clone());
    let tx = conn.transaction()?;
    let uuid = random::uuid();
    tx.execute(
        "INSERT INTO projects (uuid, state, creation_date, name, owner, homepage, description,
             end_date, join_policy, leave_policy, max_members, private, system_project)
         VALUES (?1, 'uninitialized', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0)",
        params![
            uuid,
            clock::now_micros(),
            spec.name,
            owner,
            spec.homepage.clone().unwrap_or_default(),
            spec.description.clone().unwrap_or_default(),
            spec.end_date,
            spec.join_policy,
            spec.leave_policy,
            spec.max_members,
            spec.private.unwrap_or(false),
        ],
    )?;
    let application = submit(&tx, &uuid, &user.uuid, &spec)?;
    tx.commit()?;
    Ok((uuid, application))
}

/// `POST /projects`: submits a new project; 201 `{"id", "application"}`.
pub async fn create(
    State(state): State<AppState>,
    Caller(user): Caller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let (uuid, application) = state
        .db
        .call(move |conn| {
            let body = request::json_dict(request::json_body(&headers, &body)?)?;
            create_in(conn, &user, body)
        })
        .await?;
    Ok(created(&uuid, application))
}

fn modify_in(
    conn: &mut Connection,
    user: &User,
    uuid: &str,
    body: Map<String, Value>,
) -> Result<i64, ApiFault> {
    let project = visible(conn, uuid, &user.uuid)?;
    let mut spec = parse_spec(conn, &body, false)?;
    let admin = policies::is_project_admin(conn, &user.uuid)?;
    if !admin && project.owner.as_deref() != Some(user.uuid.as_str()) {
        return Err(ApiFault::forbidden(NOT_ALLOWED));
    }
    if spec.owner.as_deref().is_some_and(|o| o != user.uuid) && !admin {
        return Err(ApiFault::forbidden(NOT_ALLOWED));
    }
    if matches!(project.state.as_str(), "terminated" | "deleted") {
        return Err(ApiFault::conflict(format!("Project {uuid} is not alive.")));
    }
    if spec.owner.is_none() {
        spec.owner.clone_from(&project.owner);
    }
    let tx = conn.transaction()?;
    let application = submit(&tx, uuid, &user.uuid, &spec)?;
    tx.commit()?;
    Ok(application)
}

/// `PUT /projects/<id>`: submits a modification; 201 `{"id", "application"}`.
pub async fn modify(
    State(state): State<AppState>,
    Caller(user): Caller,
    Path(uuid): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let id = uuid.clone();
    let application = state
        .db
        .call(move |conn| {
            let body = request::json_dict(request::json_body(&headers, &body)?)?;
            modify_in(conn, &user, &id, body)
        })
        .await?;
    Ok(created(&uuid, application))
}

/// `GET /projects/<id>`.
pub async fn info(
    State(state): State<AppState>,
    Caller(user): Caller,
    Path(uuid): Path<String>,
) -> Result<Response, ApiFault> {
    let doc = state
        .db
        .call(move |conn| {
            let project = visible(conn, &uuid, &user.uuid)?;
            project_json(conn, &project, &user.uuid)
        })
        .await?;
    Ok(request::json(StatusCode::OK, doc))
}

fn list_in(conn: &Connection, user: &User, query: Option<&str>) -> Result<Value, ApiFault> {
    let state = request::query_param(query, "state");
    if let Some(state) = &state
        && !PROJECT_STATES.contains(&state.as_str())
    {
        return Err(ApiFault::bad_request(format!("Unrecognized state {state}")));
    }
    let owner = request::query_param(query, "owner");
    let name = request::query_param(query, "name");
    let mode = request::query_param(query, "mode").unwrap_or_else(|| "default".to_owned());
    // "active" is shadowed by the default branch in Astakos: it behaves as default.
    let member_only = match mode.as_str() {
        "default" | "related" | "active" => false,
        "member" => true,
        other => {
            return Err(ApiFault::bad_request(format!(
                "Unrecognized mode '{other}'."
            )));
        }
    };
    let admin = policies::is_project_admin(conn, &user.uuid)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {PROJECT_COLUMNS} FROM projects ORDER BY creation_date, uuid"
    ))?;
    let projects = stmt
        .query_map([], project_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    let mut out = Vec::new();
    for project in projects {
        if state.as_ref().is_some_and(|s| *s != project.state)
            || owner
                .as_ref()
                .is_some_and(|o| Some(o) != project.owner.as_ref())
            || name
                .as_ref()
                .is_some_and(|n| Some(n) != project.name.as_ref())
        {
            continue;
        }
        let membership: Option<String> = conn
            .query_row(
                "SELECT state FROM memberships WHERE project = ?1 AND person = ?2",
                params![project.uuid, user.uuid],
                |r| r.get(0),
            )
            .optional()?;
        let accepted = membership
            .as_deref()
            .is_some_and(|s| policies::ACCEPTED_STATES.contains(&s));
        let keep = if member_only {
            accepted && project.state == "active"
        } else {
            admin || accepted || project.owner.as_deref() == Some(user.uuid.as_str())
        };
        if keep {
            out.push(project_json(conn, &project, &user.uuid)?);
        }
    }
    Ok(Value::Array(out))
}

/// `GET /projects[?state=&owner=&name=&mode=]`.
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
