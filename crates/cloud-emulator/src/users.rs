//! Users of the emulated cloud: uuid, display name, real name and API token.
//!
//! Every user gets a system project whose uuid is the user's own (as Astakos
//! does), with the default quota of every resource.

use rusqlite::{Connection, OptionalExtension, params};

use crate::api_error::ApiFault;
use crate::{clock, quota, random};

/// The table of users.
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS users (
    uuid          TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,   -- display name (an e-mail on real clouds)
    realname      TEXT NOT NULL,          -- 'First Last', what access.user.name shows
    token         TEXT NOT NULL UNIQUE,
    token_expires INTEGER NOT NULL,       -- epoch microseconds
    active        INTEGER NOT NULL DEFAULT 1,
    created       INTEGER NOT NULL
);
-- Users who have not accepted the current terms (none unless set).
CREATE TABLE IF NOT EXISTS pending_terms (
    uuid TEXT PRIMARY KEY
);
";

/// Tokens live 30 days, as Astakos's default `ASTAKOS_AUTH_TOKEN_DURATION`.
pub const TOKEN_LIFETIME_MICROS: i64 = 30 * 24 * 3600 * 1_000_000;

/// One user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// The user's uuid, also the uuid of the system project and the Pithos account.
    pub uuid: String,
    /// The display name (user catalogs map uuid ↔ this).
    pub username: String,
    /// The real name.
    pub realname: String,
    /// The API token.
    pub token: String,
    /// When the token expires, in epoch microseconds.
    pub token_expires: i64,
    /// Whether the user may log in.
    pub active: bool,
}

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        uuid: row.get(0)?,
        username: row.get(1)?,
        realname: row.get(2)?,
        token: row.get(3)?,
        token_expires: row.get(4)?,
        active: row.get(5)?,
    })
}

const COLUMNS: &str = "uuid, username, realname, token, token_expires, active";

/// Adds a user with a fresh uuid and token, its system project and default quotas.
pub fn add_user(conn: &mut Connection, username: &str) -> Result<User, ApiFault> {
    add_user_named(conn, username, &realname_of(username))
}

/// Adds a user with this display name and real name ("First Last").
pub fn add_user_named(
    conn: &mut Connection,
    username: &str,
    realname: &str,
) -> Result<User, ApiFault> {
    if username.trim().is_empty() {
        return Err(ApiFault::bad_request("A user name is required"));
    }
    let tx = conn.transaction()?;
    let taken: bool = tx
        .query_row(
            "SELECT 1 FROM users WHERE username = ?1",
            [username],
            |_| Ok(true),
        )
        .optional()?
        .unwrap_or(false);
    if taken {
        return Err(ApiFault::conflict(format!(
            "User {username} already exists"
        )));
    }
    let now = clock::now_micros();
    let user = User {
        uuid: random::uuid(),
        username: username.to_owned(),
        realname: realname.to_owned(),
        token: random::token(),
        token_expires: now + TOKEN_LIFETIME_MICROS,
        active: true,
    };
    tx.execute(
        "INSERT INTO users (uuid, username, realname, token, token_expires, active, created)
         VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6)",
        params![
            user.uuid,
            user.username,
            user.realname,
            user.token,
            user.token_expires,
            now
        ],
    )?;
    quota::create_system_project(&tx, &user.uuid)?;
    crate::account::projects::create_system_project(&tx, &user.uuid)?;
    tx.commit()?;
    Ok(user)
}

/// "alice@example.org" → "Alice"; the real name Astakos would show.
fn realname_of(username: &str) -> String {
    let base = username.split('@').next().unwrap_or(username);
    let mut chars = base.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => username.to_owned(),
    }
}

/// The user owning `token`, whatever its state (the caller checks expiry and activity).
pub fn by_token(conn: &Connection, token: &str) -> Result<Option<User>, ApiFault> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM users WHERE token = ?1"),
            [token],
            from_row,
        )
        .optional()?)
}

/// The user with this uuid.
pub fn by_uuid(conn: &Connection, uuid: &str) -> Result<Option<User>, ApiFault> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM users WHERE uuid = ?1"),
            [uuid],
            from_row,
        )
        .optional()?)
}

/// The user with this display name.
pub fn by_username(conn: &Connection, username: &str) -> Result<Option<User>, ApiFault> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM users WHERE username = ?1"),
            [username],
            from_row,
        )
        .optional()?)
}

/// Every user, oldest first.
pub fn all(conn: &Connection) -> Result<Vec<User>, ApiFault> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM users ORDER BY created, uuid"
    ))?;
    let users = stmt
        .query_map([], from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(users)
}

/// Authenticates a request token the way every Synnefo service does, with the
/// messages of IDENTITY.md §1.1: unknown → `Invalid token`, inactive → `User
/// inactive`, expired → `Authentication expired`, terms not accepted →
/// `Pending approval terms`.
pub fn authenticate(conn: &Connection, token: Option<&str>) -> Result<User, ApiFault> {
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Err(ApiFault::unauthorized(
            "Access denied. No authentication token",
        ));
    };
    let user = by_token(conn, token)?.ok_or_else(|| ApiFault::unauthorized("Invalid token"))?;
    if !user.active {
        return Err(ApiFault::unauthorized("User inactive"));
    }
    if user.token_expires <= clock::now_micros() {
        return Err(ApiFault::unauthorized("Authentication expired"));
    }
    if terms_pending(conn, &user.uuid)? {
        return Err(ApiFault::unauthorized("Pending approval terms"));
    }
    Ok(user)
}

/// Whether the user still has to accept the terms (then every call is 401).
pub fn terms_pending(conn: &Connection, uuid: &str) -> Result<bool, ApiFault> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM pending_terms WHERE uuid = ?1",
            [uuid],
            |_| Ok(true),
        )
        .optional()?
        .unwrap_or(false))
}

/// Marks the user as having (`false`) or not having (`true`) accepted the terms.
pub fn set_terms_pending(conn: &Connection, uuid: &str, pending: bool) -> Result<(), ApiFault> {
    if pending {
        conn.execute(
            "INSERT OR IGNORE INTO pending_terms (uuid) VALUES (?1)",
            [uuid],
        )?;
    } else {
        conn.execute("DELETE FROM pending_terms WHERE uuid = ?1", [uuid])?;
    }
    Ok(())
}

/// Sets a user's token expiry (tests use it to make a token expire).
pub fn set_token_expiry(
    conn: &Connection,
    uuid: &str,
    expires_micros: i64,
) -> Result<(), ApiFault> {
    conn.execute(
        "UPDATE users SET token_expires = ?1 WHERE uuid = ?2",
        params![expires_micros, uuid],
    )?;
    Ok(())
}

/// Gives a user a new token (the admin `renewToken` action) and returns it.
pub fn renew_token(conn: &Connection, uuid: &str) -> Result<String, ApiFault> {
    let token = random::token();
    let changed = conn.execute(
        "UPDATE users SET token = ?1, token_expires = ?2 WHERE uuid = ?3",
        params![token, clock::now_micros() + TOKEN_LIFETIME_MICROS, uuid],
    )?;
    if changed == 0 {
        return Err(ApiFault::not_found(format!("No user with UUID '{uuid}'")));
    }
    Ok(token)
}

/// Changes a user's display name and/or real name; 404 if there is no such
/// user, 409 if the display name is taken.
pub fn update_user(
    conn: &Connection,
    uuid: &str,
    username: Option<&str>,
    realname: Option<&str>,
) -> Result<(), ApiFault> {
    if by_uuid(conn, uuid)?.is_none() {
        return Err(ApiFault::not_found("User not found"));
    }
    if let Some(username) = username {
        if by_username(conn, username)?.is_some_and(|u| u.uuid != uuid) {
            return Err(ApiFault::conflict(format!(
                "User '{username}' already exists"
            )));
        }
        conn.execute(
            "UPDATE users SET username = ?1 WHERE uuid = ?2",
            params![username, uuid],
        )?;
    }
    if let Some(realname) = realname {
        conn.execute(
            "UPDATE users SET realname = ?1 WHERE uuid = ?2",
            params![realname, uuid],
        )?;
    }
    Ok(())
}

/// Activates or deactivates a user (an inactive user's token is refused with
/// `User inactive`).
pub fn set_active(conn: &Connection, uuid: &str, active: bool) -> Result<(), ApiFault> {
    let changed = conn.execute(
        "UPDATE users SET active = ?1 WHERE uuid = ?2",
        params![active, uuid],
    )?;
    if changed == 0 {
        return Err(ApiFault::not_found("User not found"));
    }
    Ok(())
}

/// When the user was created (epoch microseconds).
pub fn created(conn: &Connection, uuid: &str) -> Result<Option<i64>, ApiFault> {
    Ok(conn
        .query_row("SELECT created FROM users WHERE uuid = ?1", [uuid], |r| {
            r.get(0)
        })
        .optional()?)
}
