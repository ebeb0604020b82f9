//! The account service's tables: projects and their applications,
//! memberships, commissions, components (service tokens), per-user
//! settings and the feedback users sent.

/// Schema of the account tables, applied when the database is opened.
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS projects (
    uuid              TEXT PRIMARY KEY,
    state             TEXT NOT NULL,    -- uninitialized|active|suspended|terminated|deleted
    creation_date     INTEGER NOT NULL, -- epoch microseconds
    name              TEXT,
    owner             TEXT,             -- user uuid, NULL for system projects
    homepage          TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL DEFAULT '',
    end_date          INTEGER,
    join_policy       TEXT NOT NULL,
    leave_policy      TEXT NOT NULL,
    max_members       INTEGER NOT NULL,
    private           INTEGER NOT NULL DEFAULT 0,
    system_project    INTEGER NOT NULL DEFAULT 0,
    last_application  INTEGER,
    deactivation_date INTEGER
);
CREATE TABLE IF NOT EXISTS project_resources (
    project          TEXT NOT NULL,
    resource         TEXT NOT NULL,
    project_capacity INTEGER NOT NULL,
    member_capacity  INTEGER NOT NULL,
    PRIMARY KEY (project, resource)
);
CREATE TABLE IF NOT EXISTS applications (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    project      TEXT NOT NULL,
    state        TEXT NOT NULL,         -- pending|approved|replaced|denied|dismissed|cancelled
    applicant    TEXT NOT NULL,
    owner        TEXT,                  -- NULL: unchanged (modifications)
    name         TEXT,
    homepage     TEXT,
    description  TEXT,
    start_date   INTEGER,
    end_date     INTEGER,
    comments     TEXT,
    join_policy  TEXT,
    leave_policy TEXT,
    max_members  INTEGER,
    private      INTEGER,
    resources    TEXT NOT NULL DEFAULT '{}', -- JSON {resource: {project_capacity, member_capacity}}
    created      INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS memberships (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    project TEXT NOT NULL,
    person  TEXT NOT NULL,
    state   TEXT NOT NULL,  -- requested|accepted|leave_requested|suspended|rejected|cancelled|removed
    UNIQUE (project, person)
);
CREATE TABLE IF NOT EXISTS membership_log (
    membership INTEGER NOT NULL,
    state      TEXT NOT NULL,
    date       INTEGER NOT NULL,
    PRIMARY KEY (membership, state)
);
CREATE TABLE IF NOT EXISTS project_admins (
    uuid TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS default_projects (
    uuid    TEXT PRIMARY KEY,
    project TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS components (
    name    TEXT PRIMARY KEY,
    token   TEXT NOT NULL UNIQUE,
    created INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS commissions (
    serial     INTEGER PRIMARY KEY AUTOINCREMENT,
    clientkey  TEXT NOT NULL,
    name       TEXT NOT NULL,
    issue_time INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS provisions (
    serial   INTEGER NOT NULL,
    holder   TEXT NOT NULL,
    source   TEXT NOT NULL,  -- '' for a project's own holding (JSON null)
    resource TEXT NOT NULL,
    quantity INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS provisions_serial ON provisions (serial);
CREATE TABLE IF NOT EXISTS feedback (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    user    TEXT NOT NULL,
    message TEXT NOT NULL,
    data    TEXT NOT NULL,
    date    INTEGER NOT NULL
);
";
