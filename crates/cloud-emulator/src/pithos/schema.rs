//! The Pithos tables.
//!
//! * `pithos_accounts`: account metadata and groups (JSON), created on first write.
//! * `pithos_containers`: one row per container, with its policies, block
//!   size and block hash algorithm, and metadata (JSON).
//! * `pithos_versions`: every version of every object. The id is the global,
//!   increasing `X-Object-Version`; `is_current = 1` marks the latest version
//!   of a name (which may be a delete marker, `deleted = 1`). The hashmap is
//!   the packed raw digests, `top_hash` its Merkle root in hex (computed
//!   once, on the blocking pool). A row is inserted only after every block
//!   it names is durable on disk.
//! * `pithos_permissions`: `X-Object-Sharing` per path (read and write lists as JSON).
//! * `pithos_public`: public tokens per path.

/// The schema, applied at start-up (idempotent).
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS pithos_accounts (
    account TEXT PRIMARY KEY,
    mtime   INTEGER NOT NULL,
    meta    TEXT NOT NULL DEFAULT '{}',
    groups  TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS pithos_containers (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account    TEXT NOT NULL,
    name       TEXT NOT NULL,
    mtime      INTEGER NOT NULL,
    block_size INTEGER NOT NULL,
    block_hash TEXT NOT NULL,
    quota      INTEGER NOT NULL DEFAULT 0,
    versioning TEXT NOT NULL DEFAULT 'auto',
    project    TEXT NOT NULL,
    meta       TEXT NOT NULL DEFAULT '{}',
    UNIQUE (account, name)
);
CREATE TABLE IF NOT EXISTS pithos_versions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    container_id INTEGER NOT NULL,
    name         TEXT NOT NULL,
    uuid         TEXT NOT NULL,
    size         INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    hashmap      BLOB NOT NULL,
    checksum     TEXT NOT NULL DEFAULT '',
    mtime        INTEGER NOT NULL,
    modified_by  TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    is_current   INTEGER NOT NULL,
    meta         TEXT NOT NULL DEFAULT '{}',
    encoding     TEXT,
    disposition  TEXT,
    manifest     TEXT,
    top_hash     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS pithos_versions_name
    ON pithos_versions (container_id, name, is_current);
CREATE INDEX IF NOT EXISTS pithos_versions_current
    ON pithos_versions (container_id, is_current, name);
CREATE TABLE IF NOT EXISTS pithos_permissions (
    account   TEXT NOT NULL,
    container TEXT NOT NULL,
    name      TEXT NOT NULL,
    readers   TEXT NOT NULL DEFAULT '[]',
    writers   TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (account, container, name)
);
CREATE TABLE IF NOT EXISTS pithos_public (
    token     TEXT PRIMARY KEY,
    account   TEXT NOT NULL,
    container TEXT NOT NULL,
    name      TEXT NOT NULL,
    UNIQUE (account, container, name)
);
";
