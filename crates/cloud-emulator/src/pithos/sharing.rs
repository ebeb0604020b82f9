//! Sharing: `X-Object-Sharing` parsing and rendering, account groups, and
//! the access check with directory inheritance (PITHOS.md §3.7).

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};

use crate::api_error::ApiFault;
use crate::pithos::model;

/// Read and write lists of one path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Permissions {
    /// Who may read.
    pub read: Vec<String>,
    /// Who may write (and so read).
    pub write: Vec<String>,
}

impl Permissions {
    /// `read=a,b; write=c` (the reply form).
    pub fn render(&self) -> String {
        let mut parts = Vec::new();
        if !self.read.is_empty() {
            parts.push(format!("read={}", self.read.join(",")));
        }
        if !self.write.is_empty() {
            parts.push(format!("write={}", self.write.join(",")));
        }
        parts.join("; ")
    }

    /// Whether nobody is granted anything.
    pub fn is_empty(&self) -> bool {
        self.read.is_empty() && self.write.is_empty()
    }
}

/// Parses an `X-Object-Sharing` request value. `None` = clear all
/// permissions (empty value). Spaces are removed, entries lower-cased, `~`
/// deleted; `*` swallows the rest of its list; a principal in both lists is
/// kept only in `write`. Bad syntax → 400.
pub fn parse(value: &str) -> Result<Option<Permissions>, ApiFault> {
    let cleaned: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '~')
        .collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    let bad = || ApiFault::bad_request("Bad X-Object-Sharing header value");
    let mut permissions = Permissions::default();
    for part in cleaned.split(';').filter(|p| !p.is_empty()) {
        let (kind, list) = part.split_once('=').ok_or_else(bad)?;
        let mut entries: Vec<String> = Vec::new();
        for entry in list.split(',').filter(|e| !e.is_empty()) {
            let entry = entry.to_lowercase();
            if entry == "*" {
                entries = vec!["*".to_owned()];
                break;
            }
            if !entries.contains(&entry) {
                entries.push(entry);
            }
        }
        if entries.is_empty() {
            return Err(bad());
        }
        match kind.to_ascii_lowercase().as_str() {
            "read" => permissions.read.extend(entries),
            "write" => permissions.write.extend(entries),
            _ => return Err(bad()),
        }
    }
    let writers = permissions.write.clone();
    permissions.read.retain(|p| !writers.contains(p));
    Ok(Some(permissions))
}

/// The permissions set on exactly this path, if any.
pub fn get(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
) -> Result<Option<Permissions>, ApiFault> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT readers, writers FROM pithos_permissions WHERE account = ?1 AND container = ?2 AND name = ?3",
            params![account, container, name],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.map(|(r, w)| Permissions {
        read: serde_json::from_str(&r).unwrap_or_default(),
        write: serde_json::from_str(&w).unwrap_or_default(),
    }))
}

/// Sets (or with `None` clears) the permissions of a path.
pub fn set(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
    permissions: Option<&Permissions>,
) -> Result<(), ApiFault> {
    match permissions.filter(|p| !p.is_empty()) {
        None => {
            conn.execute(
                "DELETE FROM pithos_permissions WHERE account = ?1 AND container = ?2 AND name = ?3",
                params![account, container, name],
            )?;
        }
        Some(p) => {
            conn.execute(
                "INSERT OR REPLACE INTO pithos_permissions (account, container, name, readers, writers)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    account,
                    container,
                    name,
                    serde_json::to_string(&p.read).unwrap_or_else(|_| "[]".into()),
                    serde_json::to_string(&p.write).unwrap_or_else(|_| "[]".into())
                ],
            )?;
        }
    }
    Ok(())
}

/// The groups of an account: name → members.
pub fn groups(conn: &Connection, account: &str) -> Result<BTreeMap<String, Vec<String>>, ApiFault> {
    let text: Option<String> = conn
        .query_row(
            "SELECT groups FROM pithos_accounts WHERE account = ?1",
            [account],
            |r| r.get(0),
        )
        .optional()?;
    Ok(text
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default())
}

/// Whether a list of principals includes `user` (directly, through `*`, or
/// through an `owner:group` entry).
fn grants(conn: &Connection, list: &[String], user: &str) -> Result<bool, ApiFault> {
    for entry in list {
        if entry == "*" || entry == user {
            return Ok(true);
        }
        if let Some((owner, group)) = entry.split_once(':')
            && groups(conn, owner)?
                .get(group)
                .is_some_and(|members| members.iter().any(|m| m == user))
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// What a non-owner may do with an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Nothing.
    None,
    /// Read it.
    Read,
    /// Read and write it.
    Write,
}

impl Level {
    /// `read` or `write` (for `X-Object-Allowed-To`).
    pub fn name(self) -> &'static str {
        match self {
            Level::Write => "write",
            Level::Read => "read",
            Level::None => "",
        }
    }
}

/// The permissions that apply to `name` and the path they are set on: the
/// object itself, or the closest parent directory marker (`a`, `a/`, `a/b`,
/// `a/b/` for `a/b/c`) that exists with a directory content type.
pub fn effective(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
) -> Result<Option<(String, Permissions)>, ApiFault> {
    if let Some(p) = get(conn, account, container, name)? {
        return Ok(Some((name.to_owned(), p)));
    }
    let mut parents = Vec::new();
    for (i, c) in name.char_indices() {
        if c == '/' {
            if i > 0 {
                parents.push(&name[..i]);
            }
            parents.push(&name[..=i]);
        }
    }
    parents.retain(|p| *p != name);
    let Some(c) = model::container(conn, account, container)? else {
        return Ok(None);
    };
    for parent in parents.into_iter().rev() {
        let Some(p) = get(conn, account, container, parent)? else {
            continue;
        };
        let is_dir = model::live(conn, c.id, parent)?.is_some_and(|v| {
            let base = v
                .content_type
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            base == "application/directory" || base == "application/folder"
        });
        if is_dir {
            return Ok(Some((parent.to_owned(), p)));
        }
    }
    Ok(None)
}

/// What `user` (not the owner) may do with `account/container/name`, and
/// the path that granted it.
pub fn access(
    conn: &Connection,
    user: &str,
    account: &str,
    container: &str,
    name: &str,
) -> Result<(Level, Option<String>), ApiFault> {
    let Some((path, p)) = effective(conn, account, container, name)? else {
        return Ok((Level::None, None));
    };
    if grants(conn, &p.write, user)? {
        return Ok((Level::Write, Some(path)));
    }
    if grants(conn, &p.read, user)? {
        return Ok((Level::Read, Some(path)));
    }
    Ok((Level::None, None))
}

/// Whether `user` can reach anything in `account` (optionally one container)
/// through sharing: some permission row grants them access.
pub fn shares_with(
    conn: &Connection,
    user: &str,
    account: &str,
    container: Option<&str>,
) -> Result<bool, ApiFault> {
    let mut stmt = conn
        .prepare("SELECT container, readers, writers FROM pithos_permissions WHERE account = ?1")?;
    let rows = stmt
        .query_map([account], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    for (c, r, w) in rows {
        if container.is_some_and(|want| want != c) {
            continue;
        }
        let read: Vec<String> = serde_json::from_str(&r).unwrap_or_default();
        let write: Vec<String> = serde_json::from_str(&w).unwrap_or_default();
        if grants(conn, &read, user)? || grants(conn, &write, user)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The accounts (other than `user`'s) that share something with `user`,
/// with their last modification time.
pub fn sharers(conn: &Connection, user: &str) -> Result<Vec<(String, i64)>, ApiFault> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT p.account, coalesce(a.mtime, 0) FROM pithos_permissions p
         LEFT JOIN pithos_accounts a ON a.account = p.account ORDER BY p.account",
    )?;
    let accounts = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
        .collect::<Result<Vec<_>, _>>()?;
    let mut out = Vec::new();
    for (account, mtime) in accounts {
        if account != user && shares_with(conn, user, &account, None)? {
            out.push((account, mtime));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn sharing_vectors() {
        let p = parse("read=U1, u2 ;write=*").unwrap().unwrap();
        assert_eq!(p.read, vec!["u1", "u2"]);
        assert_eq!(p.write, vec!["*"]);
        assert_eq!(p.render(), "read=u1,u2; write=*");
        let p = parse("read=A;write=A").unwrap().unwrap();
        assert_eq!(p.render(), "write=a");
        assert!(parse("foo=bar").is_err());
        assert!(parse("read=").is_err());
        assert!(parse("").unwrap().is_none());
    }
}
