//! The quota ledger: what each user and project may use, and uses.
//!
//! Holdings follow Astakos's model (IDENTITY.md §4–5). A user's holding is
//! keyed `(user:<uuid>, project:<uuid>, resource)`; the project's own total is
//! `(project:<uuid>, "", resource)`. Usage has a committed part and a pending
//! part: `usage_min` counts what is accepted, `usage_max` also what pending
//! commissions would add, so `pending = usage_max - usage_min`.
//!
//! [`charge`] is the one entry point that services (Pithos for
//! `pithos.diskspace`) use to change usage immediately, with the limit check
//! that makes a write fail with 413.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::api_error::ApiFault;

/// The ledger's tables.
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS holdings (
    holder    TEXT NOT NULL,          -- 'user:<uuid>' or 'project:<uuid>'
    source    TEXT NOT NULL,          -- 'project:<uuid>' for a user holding, '' for a project's own
    resource  TEXT NOT NULL,
    lim       INTEGER NOT NULL,
    usage_min INTEGER NOT NULL DEFAULT 0,
    usage_max INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (holder, source, resource)
);
";

/// One resource the cloud accounts for.
#[derive(Debug, Clone, Copy)]
pub struct Resource {
    /// Its name, e.g. `pithos.diskspace`.
    pub name: &'static str,
    /// The service (catalog name) that charges it.
    pub service: &'static str,
    /// What it counts.
    pub description: &'static str,
    /// `Some("bytes")` for sizes.
    pub unit: Option<&'static str>,
    /// The limit a new user's system project gets.
    pub default_limit: i64,
    /// Whether `/resources` and `/quotas` show it.
    pub api_visible: bool,
}

const GIB: i64 = 1 << 30;

/// Every resource, in the order `/resources` lists them.
pub const RESOURCES: &[Resource] = &[
    Resource {
        name: "cyclades.vm",
        service: "cyclades_compute",
        description: "Number of virtual machines",
        unit: None,
        default_limit: 5,
        api_visible: true,
    },
    Resource {
        name: "cyclades.cpu",
        service: "cyclades_compute",
        description: "Number of virtual machine processors",
        unit: None,
        default_limit: 10,
        api_visible: true,
    },
    Resource {
        name: "cyclades.ram",
        service: "cyclades_compute",
        description: "Virtual machine memory",
        unit: Some("bytes"),
        default_limit: 20 * GIB,
        api_visible: true,
    },
    Resource {
        name: "cyclades.disk",
        service: "cyclades_compute",
        description: "Virtual machine disk size",
        unit: Some("bytes"),
        default_limit: 200 * GIB,
        api_visible: true,
    },
    Resource {
        name: "cyclades.network.private",
        service: "cyclades_network",
        description: "Number of private networks",
        unit: None,
        default_limit: 5,
        api_visible: true,
    },
    Resource {
        name: "cyclades.floating_ip",
        service: "cyclades_network",
        description: "Number of Floating IP addresses",
        unit: None,
        default_limit: 5,
        api_visible: true,
    },
    Resource {
        name: "pithos.diskspace",
        service: "pithos_object-store",
        description: "Pithos account diskspace",
        unit: Some("bytes"),
        default_limit: 100 * GIB,
        api_visible: true,
    },
    Resource {
        name: "cyclades.total_cpu",
        service: "cyclades_compute",
        description: "Number of virtual machine processors (all states)",
        unit: None,
        default_limit: 20,
        api_visible: false,
    },
    Resource {
        name: "cyclades.total_ram",
        service: "cyclades_compute",
        description: "Virtual machine memory (all states)",
        unit: Some("bytes"),
        default_limit: 40 * GIB,
        api_visible: false,
    },
    Resource {
        name: "astakos.pending_app",
        service: "astakos_account",
        description: "Number of pending project applications",
        unit: None,
        default_limit: 3,
        api_visible: false,
    },
];

/// The resource with this name.
pub fn resource(name: &str) -> Option<&'static Resource> {
    RESOURCES.iter().find(|r| r.name == name)
}

/// Creates a user's system project holdings (project uuid = user uuid) with the default limits.
pub fn create_system_project(tx: &Transaction<'_>, user_uuid: &str) -> Result<(), ApiFault> {
    let project = format!("project:{user_uuid}");
    let user = format!("user:{user_uuid}");
    for r in RESOURCES {
        tx.execute(
            "INSERT OR IGNORE INTO holdings (holder, source, resource, lim) VALUES (?1, '', ?2, ?3)",
            params![project, r.name, r.default_limit],
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO holdings (holder, source, resource, lim) VALUES (?1, ?2, ?3, ?4)",
            params![user, project, r.name, r.default_limit],
        )?;
    }
    Ok(())
}

/// Limits and usage of one holding: (limit, usage_min, usage_max).
pub fn holding(
    conn: &Connection,
    holder: &str,
    source: &str,
    resource: &str,
) -> Result<Option<(i64, i64, i64)>, ApiFault> {
    Ok(conn
        .query_row(
            "SELECT lim, usage_min, usage_max FROM holdings WHERE holder = ?1 AND source = ?2 AND resource = ?3",
            params![holder, source, resource],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?)
}

/// Changes a user's committed usage of `resource` in `project` by `delta`
/// (negative releases), together with the project's total. An increase past
/// either limit fails with 413 `overLimit` and changes nothing.
pub fn charge(
    tx: &Transaction<'_>,
    user_uuid: &str,
    project_uuid: &str,
    resource_name: &str,
    delta: i64,
) -> Result<(), ApiFault> {
    let user = format!("user:{user_uuid}");
    let project = format!("project:{project_uuid}");
    let mine = holding(tx, &user, &project, resource_name)?.ok_or_else(|| {
        ApiFault::forbidden(format!(
            "User {user_uuid} has no quota for {resource_name} in project {project_uuid}"
        ))
    })?;
    let theirs = holding(tx, &project, "", resource_name)?
        .ok_or_else(|| ApiFault::not_found(format!("Project {project_uuid} does not exist")))?;
    if delta > 0 {
        let (limit, _, usage) = mine;
        let (project_limit, _, project_usage) = theirs;
        if usage + delta > limit || project_usage + delta > project_limit {
            let available = (limit - usage).min(project_limit - project_usage).max(0);
            return Err(ApiFault::new(
                http::StatusCode::PAYLOAD_TOO_LARGE,
                "requestEntityTooLarge",
                format!(
                    "Quota error: {resource_name} limit exceeded (available {available}, requested {delta})"
                ),
            ));
        }
    }
    for (holder, source) in [(user.as_str(), project.as_str()), (project.as_str(), "")] {
        tx.execute(
            "UPDATE holdings SET usage_min = max(0, usage_min + ?1), usage_max = max(0, usage_max + ?1)
             WHERE holder = ?2 AND source = ?3 AND resource = ?4",
            params![delta, holder, source, resource_name],
        )?;
    }
    Ok(())
}
