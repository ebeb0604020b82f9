//! Accounts, containers and object versions in SQLite.
//!
//! Every function takes a connection (or a transaction) and runs on the
//! blocking pool through `Db::call`.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use crate::api_error::ApiFault;
use crate::pithos::hashing::{self, Algorithm, Digest};
use crate::pithos::metadata::{self, Meta};
use crate::{clock, quota, random};

/// The Pithos default block size, 4 MiB.
pub const DEFAULT_BLOCK_SIZE: usize = 4 * 1024 * 1024;

/// The environment variable that changes the default block size of new
/// containers (tests and benchmarks use small blocks).
pub const BLOCK_SIZE_ENV: &str = "CLOUD_EMULATOR_BLOCK_SIZE";
/// The environment variable that changes the default block hash of new containers.
pub const BLOCK_HASH_ENV: &str = "CLOUD_EMULATOR_BLOCK_HASH";

/// The block size a new container gets unless its creator asks otherwise.
pub fn default_block_size() -> usize {
    std::env::var(BLOCK_SIZE_ENV)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or(DEFAULT_BLOCK_SIZE)
}

/// The block hash a new container gets unless its creator asks otherwise.
pub fn default_algorithm() -> Algorithm {
    std::env::var(BLOCK_HASH_ENV)
        .ok()
        .and_then(|v| Algorithm::from_name(&v))
        .unwrap_or(Algorithm::Sha256)
}

/// One container.
#[derive(Debug, Clone)]
pub struct Container {
    /// Row id.
    pub id: i64,
    /// Owner account (user uuid).
    pub account: String,
    /// Name.
    pub name: String,
    /// Last change, epoch microseconds.
    pub mtime: i64,
    /// Block size B.
    pub block_size: usize,
    /// Block hash algorithm A.
    pub algorithm: Algorithm,
    /// Quota in bytes, 0 = unlimited.
    pub quota: i64,
    /// `auto` or `none`.
    pub versioning: String,
    /// The project charged for its usage.
    pub project: String,
    /// `X-Container-Meta-*`.
    pub meta: Meta,
}

const CONTAINER_COLUMNS: &str =
    "id, account, name, mtime, block_size, block_hash, quota, versioning, project, meta";

fn container_from_row(row: &Row<'_>) -> rusqlite::Result<Container> {
    let block_size: i64 = row.get(4)?;
    let block_hash: String = row.get(5)?;
    let meta: String = row.get(9)?;
    Ok(Container {
        id: row.get(0)?,
        account: row.get(1)?,
        name: row.get(2)?,
        mtime: row.get(3)?,
        block_size: usize::try_from(block_size).unwrap_or(DEFAULT_BLOCK_SIZE),
        algorithm: Algorithm::from_name(&block_hash).unwrap_or(Algorithm::Sha256),
        quota: row.get(6)?,
        versioning: row.get(7)?,
        project: row.get(8)?,
        meta: metadata::from_json(&meta),
    })
}

/// The container `name` of `account`.
pub fn container(
    conn: &Connection,
    account: &str,
    name: &str,
) -> Result<Option<Container>, ApiFault> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT {CONTAINER_COLUMNS} FROM pithos_containers WHERE account = ?1 AND name = ?2"
            ),
            params![account, name],
            container_from_row,
        )
        .optional()?)
}

/// The container, or 404 "Container does not exist".
pub fn require_container(
    conn: &Connection,
    account: &str,
    name: &str,
) -> Result<Container, ApiFault> {
    container(conn, account, name)?.ok_or_else(|| ApiFault::not_found("Container does not exist"))
}

/// Every container of `account`, by name.
pub fn containers(conn: &Connection, account: &str) -> Result<Vec<Container>, ApiFault> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {CONTAINER_COLUMNS} FROM pithos_containers WHERE account = ?1 ORDER BY name"
    ))?;
    let rows = stmt
        .query_map([account], container_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Creates a container.
pub fn create_container(tx: &Transaction<'_>, c: &Container) -> Result<(), ApiFault> {
    ensure_account(tx, &c.account)?;
    tx.execute(
        "INSERT INTO pithos_containers (account, name, mtime, block_size, block_hash, quota, versioning, project, meta)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            c.account,
            c.name,
            c.mtime,
            c.block_size as i64,
            c.algorithm.name(),
            c.quota,
            c.versioning,
            c.project,
            metadata::to_json(&c.meta)
        ],
    )?;
    touch_account(tx, &c.account, c.mtime)?;
    Ok(())
}

/// Saves a container's policies and metadata (not its block parameters).
pub fn save_container(tx: &Transaction<'_>, c: &Container) -> Result<(), ApiFault> {
    tx.execute(
        "UPDATE pithos_containers SET mtime = ?1, quota = ?2, versioning = ?3, project = ?4, meta = ?5 WHERE id = ?6",
        params![c.mtime, c.quota, c.versioning, c.project, metadata::to_json(&c.meta), c.id],
    )?;
    Ok(())
}

/// (object count, bytes used) of the current objects of a container.
pub fn container_usage(conn: &Connection, container_id: i64) -> Result<(i64, i64), ApiFault> {
    Ok(conn.query_row(
        "SELECT count(*), coalesce(sum(size), 0) FROM pithos_versions
         WHERE container_id = ?1 AND is_current = 1 AND deleted = 0",
        [container_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// (object count, bytes used) of a container as it was at `until`.
pub fn container_usage_until(
    conn: &Connection,
    container_id: i64,
    until: i64,
) -> Result<(i64, i64), ApiFault> {
    let versions = versions_as_of(conn, container_id, until)?;
    let bytes = versions.iter().map(|v| v.size as i64).sum();
    Ok((versions.len() as i64, bytes))
}

/// The metadata keys in use by current objects of a container.
pub fn object_meta_keys(conn: &Connection, container_id: i64) -> Result<Vec<String>, ApiFault> {
    let mut stmt = conn.prepare(
        "SELECT meta FROM pithos_versions WHERE container_id = ?1 AND is_current = 1 AND deleted = 0 AND meta != '{}'",
    )?;
    let mut keys = std::collections::BTreeSet::new();
    for meta in stmt.query_map([container_id], |r| r.get::<_, String>(0))? {
        keys.extend(metadata::from_json(&meta?).into_keys());
    }
    Ok(keys.into_iter().collect())
}

/// Deletes a container and all its versions, permissions and public tokens.
pub fn delete_container(tx: &Transaction<'_>, c: &Container) -> Result<(), ApiFault> {
    tx.execute(
        "DELETE FROM pithos_versions WHERE container_id = ?1",
        [c.id],
    )?;
    tx.execute(
        "DELETE FROM pithos_permissions WHERE account = ?1 AND container = ?2",
        params![c.account, c.name],
    )?;
    tx.execute(
        "DELETE FROM pithos_public WHERE account = ?1 AND container = ?2",
        params![c.account, c.name],
    )?;
    tx.execute("DELETE FROM pithos_containers WHERE id = ?1", [c.id])?;
    touch_account(tx, &c.account, clock::now_micros())?;
    Ok(())
}

/// Makes sure the account row exists.
pub fn ensure_account(conn: &Connection, account: &str) -> Result<(), ApiFault> {
    conn.execute(
        "INSERT OR IGNORE INTO pithos_accounts (account, mtime) VALUES (?1, ?2)",
        params![account, clock::now_micros()],
    )?;
    Ok(())
}

/// Records a change of the account.
pub fn touch_account(conn: &Connection, account: &str, mtime: i64) -> Result<(), ApiFault> {
    ensure_account(conn, account)?;
    conn.execute(
        "UPDATE pithos_accounts SET mtime = max(mtime, ?1) WHERE account = ?2",
        params![mtime, account],
    )?;
    Ok(())
}

/// One version of an object (possibly a delete marker).
#[derive(Debug, Clone)]
pub struct Version {
    /// The global version id (`X-Object-Version`).
    pub id: i64,
    /// The container row id.
    pub container_id: i64,
    /// The object name.
    pub name: String,
    /// The object's UUID.
    pub uuid: String,
    /// Size S.
    pub size: u64,
    /// Content type.
    pub content_type: String,
    /// The stored hashmap (`[A("")]` for an empty object).
    pub hashes: Vec<Digest>,
    /// The MD5 checksum (usually empty).
    pub checksum: String,
    /// When it was made, epoch microseconds.
    pub mtime: i64,
    /// Who made it.
    pub modified_by: String,
    /// Whether this is a delete marker.
    pub deleted: bool,
    /// Whether it is the latest version of its name.
    pub is_current: bool,
    /// `X-Object-Meta-*`.
    pub meta: Meta,
    /// `Content-Encoding`.
    pub encoding: Option<String>,
    /// `Content-Disposition`.
    pub disposition: Option<String>,
    /// `X-Object-Manifest`.
    pub manifest: Option<String>,
    /// The top hash in hex, as stored (empty if it was not).
    pub top: String,
}

impl Version {
    /// The top hash in hex (§2.5).
    pub fn top_hash(&self, algorithm: Algorithm) -> String {
        if self.top.is_empty() {
            hashing::hex(&hashing::top_hash(algorithm, &self.hashes))
        } else {
            self.top.clone()
        }
    }
}

const VERSION_COLUMNS: &str = "id, container_id, name, uuid, size, content_type, hashmap, checksum, mtime, modified_by, deleted, is_current, meta, encoding, disposition, manifest, top_hash";

fn version_from_row(row: &Row<'_>) -> rusqlite::Result<Version> {
    let size: i64 = row.get(4)?;
    let hashmap: Vec<u8> = row.get(6)?;
    let meta: String = row.get(12)?;
    Ok(Version {
        id: row.get(0)?,
        container_id: row.get(1)?,
        name: row.get(2)?,
        uuid: row.get(3)?,
        size: u64::try_from(size).unwrap_or(0),
        content_type: row.get(5)?,
        hashes: hashing::unpack(&hashmap),
        checksum: row.get(7)?,
        mtime: row.get(8)?,
        modified_by: row.get(9)?,
        deleted: row.get(10)?,
        is_current: row.get(11)?,
        meta: metadata::from_json(&meta),
        encoding: row.get(13)?,
        disposition: row.get(14)?,
        manifest: row.get(15)?,
        top: row.get(16)?,
    })
}

/// The latest version of a name (maybe a delete marker).
pub fn current(
    conn: &Connection,
    container_id: i64,
    name: &str,
) -> Result<Option<Version>, ApiFault> {
    Ok(conn
        .query_row(
            &format!("SELECT {VERSION_COLUMNS} FROM pithos_versions WHERE container_id = ?1 AND name = ?2 AND is_current = 1"),
            params![container_id, name],
            version_from_row,
        )
        .optional()?)
}

/// The object as it is now: its latest version unless that is a delete marker.
pub fn live(conn: &Connection, container_id: i64, name: &str) -> Result<Option<Version>, ApiFault> {
    Ok(current(conn, container_id, name)?.filter(|v| !v.deleted))
}

/// Version `id` of the object `name` (404 for another object's, a delete
/// marker or an unknown id).
pub fn version_by_id(
    conn: &Connection,
    container_id: i64,
    name: &str,
    id: i64,
) -> Result<Option<Version>, ApiFault> {
    Ok(conn
        .query_row(
            &format!("SELECT {VERSION_COLUMNS} FROM pithos_versions WHERE id = ?1 AND container_id = ?2 AND name = ?3 AND deleted = 0"),
            params![id, container_id, name],
            version_from_row,
        )
        .optional()?)
}

/// Every non-deleted version of a name, oldest first.
pub fn history(conn: &Connection, container_id: i64, name: &str) -> Result<Vec<Version>, ApiFault> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {VERSION_COLUMNS} FROM pithos_versions WHERE container_id = ?1 AND name = ?2 AND deleted = 0 ORDER BY id"
    ))?;
    let rows = stmt
        .query_map(params![container_id, name], version_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// The current live objects of a container whose names are > `after`, by name.
pub fn live_objects(
    conn: &Connection,
    container_id: i64,
    after: &str,
) -> Result<Vec<Version>, ApiFault> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {VERSION_COLUMNS} FROM pithos_versions
         WHERE container_id = ?1 AND is_current = 1 AND deleted = 0 AND name > ?2 ORDER BY name"
    ))?;
    let rows = stmt
        .query_map(params![container_id, after], version_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// The objects of a container as they were at `until`: for each name the
/// latest version with `mtime <= until`, unless that is a delete marker.
pub fn versions_as_of(
    conn: &Connection,
    container_id: i64,
    until: i64,
) -> Result<Vec<Version>, ApiFault> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {VERSION_COLUMNS} FROM pithos_versions WHERE id IN (
            SELECT max(id) FROM pithos_versions WHERE container_id = ?1 AND mtime <= ?2 GROUP BY name)
         AND deleted = 0 ORDER BY name"
    ))?;
    let rows = stmt
        .query_map(params![container_id, until], version_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// What a new version holds.
#[derive(Debug, Clone, Default)]
pub struct NewVersion {
    /// Keep this UUID (a move); otherwise the current object's, or a new one.
    pub uuid: Option<String>,
    /// Size S.
    pub size: u64,
    /// Content type.
    pub content_type: String,
    /// Hashmap; an empty list is stored as `[A("")]`.
    pub hashes: Vec<Digest>,
    /// MD5 checksum or empty.
    pub checksum: String,
    /// User metadata.
    pub meta: Meta,
    /// `Content-Encoding`.
    pub encoding: Option<String>,
    /// `Content-Disposition`.
    pub disposition: Option<String>,
    /// `X-Object-Manifest`.
    pub manifest: Option<String>,
    /// A delete marker.
    pub deleted: bool,
}

impl NewVersion {
    /// A new version with the data and attributes of `v` (for metadata changes).
    pub fn from_version(v: &Version) -> NewVersion {
        NewVersion {
            uuid: Some(v.uuid.clone()),
            size: v.size,
            content_type: v.content_type.clone(),
            hashes: v.hashes.clone(),
            checksum: v.checksum.clone(),
            meta: v.meta.clone(),
            encoding: v.encoding.clone(),
            disposition: v.disposition.clone(),
            manifest: v.manifest.clone(),
            deleted: false,
        }
    }
}

/// Records a new version of `name` in `container`, made by `actor`:
/// enforces the container quota and charges the project's
/// `pithos.diskspace` (413 on excess), applies the versioning policy to the
/// previous version, and returns the new version. History does not count
/// against quota ("free versioning").
pub fn write_version(
    tx: &Transaction<'_>,
    container: &Container,
    name: &str,
    new: NewVersion,
    actor: &str,
) -> Result<Version, ApiFault> {
    let previous = current(tx, container.id, name)?;
    let old_size = previous
        .as_ref()
        .filter(|v| !v.deleted)
        .map_or(0, |v| v.size as i64);
    let new_size = if new.deleted { 0 } else { new.size as i64 };
    let delta = new_size - old_size;
    if delta > 0 && container.quota > 0 {
        let (_, used) = container_usage(tx, container.id)?;
        if used + delta > container.quota {
            return Err(ApiFault::new(
                http::StatusCode::PAYLOAD_TOO_LARGE,
                "requestEntityTooLarge",
                format!(
                    "Quota error: container quota exceeded (quota {}, used {used}, requested {delta})",
                    container.quota
                ),
            ));
        }
    }
    if delta != 0 {
        quota::charge(
            tx,
            &container.account,
            &container.project,
            "pithos.diskspace",
            delta,
        )?;
    }
    let uuid = new
        .uuid
        .clone()
        .or_else(|| {
            previous
                .as_ref()
                .filter(|v| !v.deleted)
                .map(|v| v.uuid.clone())
        })
        .unwrap_or_else(random::uuid);
    let mut mtime = clock::now_micros();
    if let Some(prev) = &previous {
        mtime = mtime.max(prev.mtime + 1);
        if container.versioning == "none" {
            tx.execute("DELETE FROM pithos_versions WHERE id = ?1", [prev.id])?;
        } else {
            tx.execute(
                "UPDATE pithos_versions SET is_current = 0 WHERE id = ?1",
                [prev.id],
            )?;
        }
    }
    let hashes = if new.hashes.is_empty() {
        vec![container.algorithm.empty()]
    } else {
        new.hashes.clone()
    };
    tx.execute(
        "INSERT INTO pithos_versions (container_id, name, uuid, size, content_type, hashmap, checksum, mtime,
             modified_by, deleted, is_current, meta, encoding, disposition, manifest, top_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1, ?11, ?12, ?13, ?14, ?15)",
        params![
            container.id,
            name,
            uuid,
            new_size,
            new.content_type,
            hashing::pack(&hashes),
            new.checksum,
            mtime,
            actor,
            new.deleted,
            metadata::to_json(&new.meta),
            new.encoding,
            new.disposition,
            new.manifest,
            hashing::hex(&hashing::top_hash(container.algorithm, &hashes))
        ],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "UPDATE pithos_containers SET mtime = max(mtime, ?1) WHERE id = ?2",
        params![mtime, container.id],
    )?;
    touch_account(tx, &container.account, mtime)?;
    current(tx, container.id, name)?
        .filter(|v| v.id == id)
        .ok_or_else(|| ApiFault::internal("a new version vanished"))
}

/// Purges every version of `name` with `mtime <= until` (object DELETE
/// `?until`). Returns whether any version remains.
pub fn purge_object(
    tx: &Transaction<'_>,
    container: &Container,
    name: &str,
    until: i64,
) -> Result<bool, ApiFault> {
    if let Some(live) = live(tx, container.id, name)?
        && live.mtime <= until
    {
        quota::charge(
            tx,
            &container.account,
            &container.project,
            "pithos.diskspace",
            -(live.size as i64),
        )?;
    }
    tx.execute(
        "DELETE FROM pithos_versions WHERE container_id = ?1 AND name = ?2 AND mtime <= ?3",
        params![container.id, name, until],
    )?;
    let remaining: Option<i64> = tx.query_row(
        "SELECT max(id) FROM pithos_versions WHERE container_id = ?1 AND name = ?2",
        params![container.id, name],
        |r| r.get(0),
    )?;
    if let Some(id) = remaining {
        tx.execute(
            "UPDATE pithos_versions SET is_current = 1 WHERE id = ?1",
            [id],
        )?;
    }
    Ok(remaining.is_some())
}

/// Purges the history of a container (container DELETE `?until`): previous
/// versions and deleted objects with `mtime <= until`; current objects stay.
pub fn purge_container_history(
    tx: &Transaction<'_>,
    container: &Container,
    until: i64,
) -> Result<(), ApiFault> {
    tx.execute(
        "DELETE FROM pithos_versions WHERE container_id = ?1 AND mtime <= ?2 AND (is_current = 0 OR deleted = 1)",
        params![container.id, until],
    )?;
    // A name whose current delete marker went but whose newer history… cannot
    // exist (the current row is the newest); names left with only history
    // rows get their newest row marked current again.
    tx.execute(
        "UPDATE pithos_versions SET is_current = 1 WHERE id IN (
            SELECT max(id) FROM pithos_versions WHERE container_id = ?1 GROUP BY name
            HAVING sum(is_current) = 0)",
        [container.id],
    )?;
    Ok(())
}
