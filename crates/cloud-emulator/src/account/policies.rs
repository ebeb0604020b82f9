//! Who may do what with projects and memberships: project admins, and the
//! words of join/leave policies and states.

use rusqlite::{Connection, OptionalExtension};

use crate::api_error::ApiFault;

/// The message of 403 `forbidden` for anything a user may not do.
pub const NOT_ALLOWED: &str = "You do not have the permissions to perform this action.";

/// Membership policies (join and leave).
pub const POLICIES: &[&str] = &["auto", "moderated", "closed"];

/// Project states, as the API shows them.
pub const PROJECT_STATES: &[&str] = &[
    "uninitialized",
    "active",
    "suspended",
    "terminated",
    "deleted",
];

/// Membership states that count as "accepted" (the member gets quota).
pub const ACCEPTED_STATES: &[&str] = &["accepted", "leave_requested"];

/// Whether `uuid` is a project admin. The emulator's rule: the first user of a
/// data directory (the default user) is one, as the deployment's operator
/// would be; other users are not unless [`set_project_admin`] says so.
pub fn is_project_admin(conn: &Connection, uuid: &str) -> Result<bool, ApiFault> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM project_admins WHERE uuid = ?1",
            [uuid],
            |_| Ok(true),
        )
        .optional()?
        .unwrap_or(false))
}

/// Makes `uuid` a project admin (or not).
pub fn set_project_admin(conn: &Connection, uuid: &str, admin: bool) -> Result<(), ApiFault> {
    if admin {
        conn.execute(
            "INSERT OR IGNORE INTO project_admins (uuid) VALUES (?1)",
            [uuid],
        )?;
    } else {
        conn.execute("DELETE FROM project_admins WHERE uuid = ?1", [uuid])?;
    }
    Ok(())
}

/// Whether a project name has the domain form Astakos requires
/// (`^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,6}$`).
///
/// ```
/// use cloud_emulator::account::policies::valid_project_name;
/// assert!(valid_project_name("test.example.org"));
/// assert!(valid_project_name("my-proj.org"));
/// assert!(!valid_project_name("myproject"));
/// assert!(!valid_project_name("-bad.org"));
/// assert!(!valid_project_name("a.b1"));
/// ```
pub fn valid_project_name(name: &str) -> bool {
    let labels: Vec<&str> = name.split('.').collect();
    let Some((tld, rest)) = labels.split_last() else {
        return false;
    };
    if rest.is_empty() || !(2..=6).contains(&tld.len()) {
        return false;
    }
    if !tld.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    rest.iter().all(|label| {
        let bytes = label.as_bytes();
        match (bytes.first(), bytes.last()) {
            (Some(first), Some(last)) => {
                bytes.len() <= 63
                    && first.is_ascii_alphanumeric()
                    && last.is_ascii_alphanumeric()
                    && bytes
                        .iter()
                        .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
            }
            _ => false,
        }
    })
}

/// "Practically infinite", what `max_members` means when not given.
pub const PRACTICALLY_INFINITE: i64 = i64::MAX;

/// Parses `max_members`: a non-negative integer, or a string holding one with
/// an optional binary unit (`K`, `M`, `G`, `T`, `P`, optionally followed by `B`
/// or `iB`), or `inf`/`infinite`/`unlimited`. Anything else → 400 `Invalid max_members`.
///
/// ```
/// use cloud_emulator::account::policies::parse_max_members;
/// use serde_json::json;
/// assert_eq!(parse_max_members(&json!(10)).unwrap(), 10);
/// assert_eq!(parse_max_members(&json!("2K")).unwrap(), 2048);
/// assert!(parse_max_members(&json!(-1)).is_err());
/// ```
pub fn parse_max_members(value: &serde_json::Value) -> Result<i64, ApiFault> {
    let invalid = || ApiFault::bad_request("Invalid max_members");
    match value {
        serde_json::Value::Number(n) => n.as_i64().filter(|n| *n >= 0).ok_or_else(invalid),
        serde_json::Value::String(s) => {
            let s = s.trim();
            if ["inf", "infinite", "unlimited"].contains(&s.to_ascii_lowercase().as_str()) {
                return Ok(PRACTICALLY_INFINITE);
            }
            let digits_end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
            let (digits, unit) = s.split_at(digits_end);
            let n: i64 = digits.parse().map_err(|_| invalid())?;
            let unit = unit.trim().to_ascii_uppercase();
            let unit = unit
                .strip_suffix("IB")
                .or_else(|| unit.strip_suffix('B'))
                .unwrap_or(&unit);
            let power = match unit {
                "" => 0,
                "K" => 1,
                "M" => 2,
                "G" => 3,
                "T" => 4,
                "P" => 5,
                _ => return Err(invalid()),
            };
            n.checked_mul(1024i64.pow(power)).ok_or_else(invalid)
        }
        _ => Err(invalid()),
    }
}
