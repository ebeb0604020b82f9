//! Components (service tokens): what commissions and service quotas
//! authenticate with.
//!
//! Astakos registers each component of a deployment (astakos, cyclades,
//! pithos) with its own token; the services a component owns decide which
//! resources its service-quota queries see. The emulator has the same three
//! components. **Rule:** a component's token is made (32 random bytes, URL-safe
//! base64, like user tokens) the first time anyone asks for it — through
//! [`token`], or `cloud-emulator service-token [COMPONENT] --data DIR` — and is
//! kept in the database from then on, so it survives restarts and never
//! expires. A user token is not a component token: commission calls with one
//! get 401 `unauthorized` `Invalid X-Auth-Token`.

use rusqlite::{Connection, OptionalExtension, params};

use crate::api_error::ApiFault;
use crate::{clock, random};

/// The components and the services (catalog names) each one owns.
pub const COMPONENTS: &[(&str, &[&str])] = &[
    (
        "astakos",
        &["astakos_identity", "astakos_account", "astakos_weblogin"],
    ),
    (
        "cyclades",
        &[
            "cyclades_compute",
            "cyclades_network",
            "cyclades_plankton",
            "cyclades_volume",
            "cyclades_vmapi",
        ],
    ),
    ("pithos", &["pithos_object-store", "pithos_public"]),
];

/// The component `service-token` prints when none is named.
pub const DEFAULT_COMPONENT: &str = "cyclades";

/// Whether `service` (a catalog name) belongs to `component`.
///
/// ```
/// use cloud_emulator::account::components::owns;
/// assert!(owns("pithos", "pithos_object-store"));
/// assert!(!owns("cyclades", "pithos_object-store"));
/// ```
pub fn owns(component: &str, service: &str) -> bool {
    COMPONENTS
        .iter()
        .any(|(name, services)| *name == component && services.contains(&service))
}

/// The token of `component`, made on first use. Unknown components → 404.
pub fn token(conn: &Connection, component: &str) -> Result<String, ApiFault> {
    if !COMPONENTS.iter().any(|(name, _)| *name == component) {
        let known: Vec<&str> = COMPONENTS.iter().map(|(name, _)| *name).collect();
        return Err(ApiFault::not_found(format!(
            "No component '{component}' (known: {})",
            known.join(", ")
        )));
    }
    conn.execute(
        "INSERT OR IGNORE INTO components (name, token, created) VALUES (?1, ?2, ?3)",
        params![component, random::token(), clock::now_micros()],
    )?;
    Ok(conn.query_row(
        "SELECT token FROM components WHERE name = ?1",
        [component],
        |r| r.get(0),
    )?)
}

/// Authenticates a component token: missing → 401 `Access denied. No
/// authentication token`; anything that is not a component's token (a user
/// token included) → 401 `Invalid X-Auth-Token`. Returns the component's name.
pub fn authenticate(conn: &Connection, token: Option<&str>) -> Result<String, ApiFault> {
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Err(ApiFault::unauthorized(
            "Access denied. No authentication token",
        ));
    };
    conn.query_row(
        "SELECT name FROM components WHERE token = ?1",
        [token],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| ApiFault::unauthorized("Invalid X-Auth-Token"))
}
