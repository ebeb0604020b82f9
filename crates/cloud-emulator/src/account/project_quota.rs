//! Keeps the quota ledger in step with projects and memberships.
//!
//! A project's holdings follow its state: an active project holds
//! `project_capacity` of each resource (`project:<uuid>`, no source) and each
//! accepted member holds `member_capacity` (`user:<m>`, source
//! `project:<uuid>`); a project that is not active, and a member that is not
//! (or no longer) accepted, keep their holdings (and usage) with limit 0, as
//! Astakos does. Resources a project does not grant have limit 0.

use std::collections::HashMap;

use rusqlite::{Connection, params};

use crate::account::policies::ACCEPTED_STATES;
use crate::api_error::ApiFault;
use crate::quota::RESOURCES;

fn upsert(
    conn: &Connection,
    holder: &str,
    source: &str,
    resource: &str,
    limit: i64,
) -> Result<(), ApiFault> {
    conn.execute(
        "INSERT INTO holdings (holder, source, resource, lim) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (holder, source, resource) DO UPDATE SET lim = excluded.lim",
        params![holder, source, resource, limit],
    )?;
    Ok(())
}

/// The capacities a project grants: resource → (project_capacity, member_capacity).
pub fn grants(conn: &Connection, project: &str) -> Result<HashMap<String, (i64, i64)>, ApiFault> {
    let mut stmt = conn.prepare(
        "SELECT resource, project_capacity, member_capacity FROM project_resources WHERE project = ?1",
    )?;
    let rows = stmt.query_map([project], |r| {
        Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?)))
    })?;
    Ok(rows.collect::<Result<HashMap<_, _>, _>>()?)
}

/// Sets the limits of every holding of `project` from its state, grants and
/// memberships.
pub fn sync(conn: &Connection, project: &str) -> Result<(), ApiFault> {
    let state: String = conn.query_row(
        "SELECT state FROM projects WHERE uuid = ?1",
        [project],
        |r| r.get(0),
    )?;
    let active = state == "active";
    let grants = grants(conn, project)?;
    let source = format!("project:{project}");
    let mut stmt = conn.prepare("SELECT person, state FROM memberships WHERE project = ?1")?;
    let members = stmt
        .query_map([project], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    for resource in RESOURCES {
        let (project_capacity, member_capacity) =
            grants.get(resource.name).copied().unwrap_or((0, 0));
        let limit = if active { project_capacity } else { 0 };
        upsert(conn, &source, "", resource.name, limit)?;
        for (person, state) in &members {
            let holder = format!("user:{person}");
            if active && ACCEPTED_STATES.contains(&state.as_str()) {
                upsert(conn, &holder, &source, resource.name, member_capacity)?;
            } else {
                conn.execute(
                    "UPDATE holdings SET lim = 0 WHERE holder = ?1 AND source = ?2 AND resource = ?3",
                    params![holder, source, resource.name],
                )?;
            }
        }
    }
    Ok(())
}

/// The hidden resource that counts a user's pending project applications.
pub const PENDING_APP: &str = "astakos.pending_app";

/// Counts `delta` pending applications for `user` (in its system project).
/// With `enforce`, going past the limit is 409 `conflict` `You have reached
/// the maximum number of pending project applications: <limit>.` (project
/// admins are not held to it). Releases never go below zero.
pub fn count_pending_application(
    conn: &Connection,
    user: &str,
    delta: i64,
    enforce: bool,
) -> Result<(), ApiFault> {
    let holder = format!("user:{user}");
    let source = format!("project:{user}");
    let Some((limit, _, usage)) = crate::quota::holding(conn, &holder, &source, PENDING_APP)?
    else {
        return Ok(());
    };
    if enforce && delta > 0 && usage + delta > limit {
        return Err(ApiFault::conflict(format!(
            "You have reached the maximum number of pending project applications: {limit}."
        )));
    }
    for (holder, source) in [(holder.as_str(), source.as_str()), (source.as_str(), "")] {
        conn.execute(
            "UPDATE holdings SET usage_min = max(0, usage_min + ?1), usage_max = max(0, usage_max + ?1)
             WHERE holder = ?2 AND source = ?3 AND resource = ?4",
            params![delta, holder, source, PENDING_APP],
        )?;
    }
    Ok(())
}
