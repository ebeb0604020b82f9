//! Quotas (IDENTITY.md §4.2–4.4): `GET /quotas` for a user, and the
//! component calls `GET /service_quotas` and `GET /service_project_quotas`.
//!
//! Counters come straight from the ledger: `usage` is `usage_max` (what
//! pending commissions may bring), `pending = usage_max - usage_min`.

use std::collections::BTreeMap;

use axum::extract::{RawQuery, State};
use axum::response::Response;
use http::StatusCode;
use rusqlite::Connection;
use serde_json::{Map, Value, json};

use crate::AppState;
use crate::account::request::{Caller, ComponentCaller};
use crate::account::{components, request};
use crate::api_error::ApiFault;
use crate::quota::{self, RESOURCES};

/// (limit, usage, pending) of one holding; zeros if it does not exist.
fn counters(
    conn: &Connection,
    holder: &str,
    source: &str,
    resource: &str,
) -> Result<(i64, i64, i64), ApiFault> {
    Ok(quota::holding(conn, holder, source, resource)?
        .map_or((0, 0, 0), |(limit, min, max)| (limit, max, max - min)))
}

/// The six counters of `user` in `project` for `resource`.
pub fn user_counters(
    conn: &Connection,
    user: &str,
    project: &str,
    resource: &str,
) -> Result<Value, ApiFault> {
    let source = format!("project:{project}");
    let (limit, usage, pending) = counters(conn, &format!("user:{user}"), &source, resource)?;
    let (project_limit, project_usage, project_pending) = counters(conn, &source, "", resource)?;
    Ok(json!({
        "limit": limit, "usage": usage, "pending": pending,
        "project_limit": project_limit, "project_usage": project_usage,
        "project_pending": project_pending,
    }))
}

/// The projects whose quotas `user` sees: its accepted memberships in
/// active or suspended projects, and always its system project.
pub fn quota_projects(conn: &Connection, user: &str) -> Result<Vec<String>, ApiFault> {
    let mut stmt = conn.prepare(
        "SELECT p.uuid FROM memberships m JOIN projects p ON p.uuid = m.project
         WHERE m.person = ?1 AND m.state IN ('accepted', 'leave_requested')
           AND p.state IN ('active', 'suspended')
         ORDER BY p.creation_date, p.uuid",
    )?;
    let mut projects: Vec<String> = stmt
        .query_map([user], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if !projects.iter().any(|p| p == user) {
        projects.insert(0, user.to_owned());
    }
    Ok(projects)
}

/// `{project: {resource: counters}}` of `user`, api-visible resources only.
pub fn user_quotas(conn: &Connection, user: &str) -> Result<Value, ApiFault> {
    let mut out = Map::new();
    for project in quota_projects(conn, user)? {
        let mut resources = Map::new();
        for resource in RESOURCES.iter().filter(|r| r.api_visible) {
            resources.insert(
                resource.name.to_owned(),
                user_counters(conn, user, &project, resource.name)?,
            );
        }
        out.insert(project, Value::Object(resources));
    }
    Ok(Value::Object(out))
}

/// `GET /quotas` (user token).
pub async fn get_quotas(
    State(state): State<AppState>,
    Caller(user): Caller,
) -> Result<Response, ApiFault> {
    let doc = state
        .db
        .call(move |conn| user_quotas(conn, &user.uuid))
        .await?;
    Ok(request::json(StatusCode::OK, doc))
}

fn list_param(query: Option<&str>, name: &str) -> Option<Vec<String>> {
    request::query_param(query, name).map(|v| {
        v.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    })
}

fn component_resources(component: &str) -> Vec<&'static str> {
    RESOURCES
        .iter()
        .filter(|r| components::owns(component, r.service))
        .map(|r| r.name)
        .collect()
}

fn service_quotas_in(
    conn: &Connection,
    component: &str,
    query: Option<&str>,
) -> Result<Value, ApiFault> {
    let users = list_param(query, "user");
    let projects = list_param(query, "project");
    let resources = component_resources(component);
    let mut stmt = conn.prepare(
        "SELECT DISTINCT substr(holder, 6), substr(source, 9) FROM holdings
         WHERE holder LIKE 'user:%' AND source LIKE 'project:%' ORDER BY holder, source",
    )?;
    let pairs = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<Result<Vec<_>, _>>()?;
    let mut out: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    for (user, project) in pairs {
        if users.as_ref().is_some_and(|u| !u.contains(&user))
            || projects.as_ref().is_some_and(|p| !p.contains(&project))
        {
            continue;
        }
        let mut per_resource = Map::new();
        for resource in &resources {
            per_resource.insert(
                (*resource).to_owned(),
                user_counters(conn, &user, &project, resource)?,
            );
        }
        out.entry(user)
            .or_default()
            .insert(project, Value::Object(per_resource));
    }
    if out.is_empty()
        && let Some(users) = users
    {
        return Err(ApiFault::not_found(format!(
            "No user with UUID '{}'",
            users.join(",")
        )));
    }
    Ok(json!(out))
}

/// `GET /service_quotas[?user=<uuid>[,…]][&project=<uuid>,…]` (component
/// token): `{user: {project: {resource: counters}}}` for the component's resources.
pub async fn get_service_quotas(
    State(state): State<AppState>,
    ComponentCaller(component): ComponentCaller,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiFault> {
    let doc = state
        .db
        .call(move |conn| service_quotas_in(conn, &component, query.as_deref()))
        .await?;
    Ok(request::json(StatusCode::OK, doc))
}

fn service_project_quotas_in(
    conn: &Connection,
    component: &str,
    query: Option<&str>,
) -> Result<Value, ApiFault> {
    let projects = list_param(query, "project");
    let resources = component_resources(component);
    let mut stmt = conn.prepare(
        "SELECT DISTINCT substr(holder, 9) FROM holdings WHERE holder LIKE 'project:%' AND source = '' ORDER BY holder",
    )?;
    let all = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let mut out = Map::new();
    for project in all {
        if projects.as_ref().is_some_and(|p| !p.contains(&project)) {
            continue;
        }
        let mut per_resource = Map::new();
        for resource in &resources {
            let (limit, usage, pending) =
                counters(conn, &format!("project:{project}"), "", resource)?;
            per_resource.insert(
                (*resource).to_owned(),
                json!({"project_limit": limit, "project_usage": usage, "project_pending": pending}),
            );
        }
        out.insert(project, Value::Object(per_resource));
    }
    if out.is_empty()
        && let Some(projects) = projects
    {
        return Err(ApiFault::not_found(format!(
            "No such project '{}'",
            projects.join(",")
        )));
    }
    Ok(Value::Object(out))
}

/// `GET /service_project_quotas[?project=<uuid>,…]` (component token).
pub async fn get_service_project_quotas(
    State(state): State<AppState>,
    ComponentCaller(component): ComponentCaller,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiFault> {
    let doc = state
        .db
        .call(move |conn| service_project_quotas_in(conn, &component, query.as_deref()))
        .await?;
    Ok(request::json(StatusCode::OK, doc))
}
