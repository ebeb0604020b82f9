//! The storage groups: file, container, group and sharer, with the seed's
//! names and flags. Locations are `[[pithos://ACCOUNT]/CONTAINER/]PATH`; a
//! path without a leading `/` is in the default container (`pithos`, or
//! `cloud.NAME.pithos_container`).

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::Change;

/// The location syntax, for the long help.
const LOCATIONS: &str = "Locations: [[pithos://ACCOUNT]/CONTAINER/]PATH
  /CONTAINER/PATH          an object of your account
  PATH                     an object of the default container (pithos, or cloud.NAME.pithos_container)
  pithos://UUID/C/PATH     an object of another account (shared with you)
Dates: epoch seconds, YYYY-MM-DD, 'YYYY-MM-DD HH:MM:SS' (UTC) or an RFC 1123 date.";

/// `If-*` conditions of a read.
#[derive(Debug, Clone, Default, Args)]
pub struct Conditions {
    /// Only if the object's ETag matches this
    #[arg(long = "if-match", value_name = "ETAG")]
    pub if_match: Option<String>,
    /// Only if the object's ETag does not match this
    #[arg(long = "if-none-match", value_name = "ETAG")]
    pub if_none_match: Option<String>,
    /// Only if modified since this date
    #[arg(long = "if-modified-since", value_name = "DATE")]
    pub if_modified_since: Option<String>,
    /// Only if not modified since this date
    #[arg(long = "if-unmodified-since", value_name = "DATE")]
    pub if_unmodified_since: Option<String>,
}

/// Progress bars and parallelism of a transfer.
#[derive(Debug, Clone, Default, Args)]
pub struct Transfer {
    /// Blocks in flight at once (default 8)
    #[arg(long = "threads", value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub threads: Option<u16>,
    /// Do not show progress bars (they are shown only when stderr is a terminal)
    #[arg(short = 'N', long = "no-progress-bar", visible_alias = "no-progress")]
    pub no_progress: bool,
}

/// Who may read and write an object.
#[derive(Debug, Clone, Default, Args)]
pub struct Permissions {
    /// Give read access to a user UUID or a group (`ACCOUNT:GROUP`); repeatable
    #[arg(long = "read-permission", value_name = "UUID_OR_GROUP")]
    pub read: Vec<String>,
    /// Give write access to a user UUID or a group (`ACCOUNT:GROUP`); repeatable
    #[arg(long = "write-permission", value_name = "UUID_OR_GROUP")]
    pub write: Vec<String>,
}

/// `kamaki file [-A ACCOUNT] [-C CONTAINER] <command>`.
#[derive(Debug, Args)]
pub struct FileGroup {
    #[command(flatten)]
    pub place: Place,
    /// The command.
    #[command(subcommand)]
    pub command: File,
}

/// Where paths without `pithos://` or a leading `/` point.
#[derive(Debug, Clone, Default, Args)]
pub struct Place {
    /// Act on this account (a UUID or user name) instead of your own
    #[arg(
        short = 'A',
        long = "account",
        global = true,
        value_name = "UUID_OR_USERNAME"
    )]
    pub account: Option<String>,
    /// The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)
    #[arg(
        short = 'C',
        long = "container",
        global = true,
        value_name = "CONTAINER"
    )]
    pub container: Option<String>,
}

/// The `file` commands.
#[derive(Debug, Subcommand)]
pub enum File {
    /// List all objects in a container or a directory
    #[command(after_long_help = LOCATIONS)]
    List {
        /// The container or directory (default: the default container)
        location: Option<String>,
        /// Show all details
        #[arg(short = 'l', long = "details")]
        details: bool,
        /// Show at most this many objects
        #[arg(short = 'n', long = "number", value_name = "N")]
        limit: Option<usize>,
        /// Start after this object name
        #[arg(long)]
        marker: Option<String>,
        /// Roll names up into virtual directories at this character (e.g. /)
        #[arg(long)]
        delimiter: Option<char>,
        /// Only objects with this metadata (KEY, !KEY or KEY=VALUE); repeatable
        #[arg(long)]
        meta: Vec<String>,
        /// The listing as it was at this date
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Only objects shared by me
        #[arg(long = "shared-by-me")]
        shared_by_me: bool,
        /// Only public objects
        #[arg(long)]
        public: bool,
        /// Only names containing this (case-insensitive)
        #[arg(long = "name")]
        name: Option<String>,
        /// Only names starting with this (case-insensitive)
        #[arg(long = "name-prefix")]
        name_prefix: Option<String>,
        /// Only names ending with this (case-insensitive)
        #[arg(long = "name-suffix")]
        name_suffix: Option<String>,
        /// Only names matching this pattern (`*` any text, `?` one character; case-insensitive)
        #[arg(long = "name-like")]
        name_like: Option<String>,
        /// Only if modified since this date (else nothing is listed)
        #[arg(long = "if-modified-since", value_name = "DATE")]
        if_modified_since: Option<String>,
        /// Only if not modified since this date
        #[arg(long = "if-unmodified-since", value_name = "DATE")]
        if_unmodified_since: Option<String>,
    },
    /// Get information/details about a file
    #[command(after_long_help = LOCATIONS)]
    Info {
        /// The object
        location: String,
        /// Show the hashmap (block size, hash and block hashes)
        #[arg(long, conflicts_with_all = ["sharing", "metadata", "object_versions"])]
        hashmap: bool,
        /// Show who may read and write it, and its public URL
        #[arg(long, conflicts_with_all = ["metadata", "object_versions"])]
        sharing: bool,
        /// Show only its user metadata
        #[arg(long, conflicts_with = "object_versions")]
        metadata: bool,
        /// List its versions (id and creation time)
        #[arg(long = "object-versions")]
        object_versions: bool,
        /// Show this version
        #[arg(long = "object-version", value_name = "VERSION")]
        object_version: Option<String>,
        #[command(flatten)]
        conditions: Conditions,
    },
    /// Create an empty object
    Create {
        /// The object
        location: String,
        /// The content type (default application/octet-stream)
        #[arg(long = "content-type")]
        content_type: Option<String>,
        #[command(flatten)]
        change: Change,
    },
    /// Create a directory object (an object of type application/directory)
    Mkdir {
        /// The directory
        location: String,
        #[command(flatten)]
        change: Change,
    },
    /// Delete a file or directory object (without a path: empty the container)
    #[command(after_long_help = LOCATIONS)]
    Delete {
        /// The object, or the container to empty
        location: String,
        /// Also delete every object under it (PATH/...)
        #[arg(short = 'r', long)]
        recursive: bool,
        /// Also delete the objects whose names start with PATH and this character
        #[arg(long, conflicts_with = "recursive")]
        delimiter: Option<char>,
        /// Purge the history up to this date instead (versions older than it)
        #[arg(long = "until", value_name = "DATE")]
        until: Option<String>,
        #[command(flatten)]
        change: Change,
    },
    /// Upload a file, or a directory with -r (default destination: /pithos/NAME)
    #[command(after_long_help = LOCATIONS)]
    Upload {
        /// The local file or directory
        local: PathBuf,
        /// Where to put it (default: its name in the default container)
        location: Option<String>,
        /// Upload a directory and everything in it
        #[arg(short = 'r', long)]
        recursive: bool,
        /// Overwrite an existing object (only the blocks the server lacks are sent: this is also the resume)
        #[arg(short = 'f', long)]
        force: bool,
        /// The content type (default: guessed from the name)
        #[arg(long = "content-type")]
        content_type: Option<String>,
        /// The content encoding (never guessed)
        #[arg(long = "content-encoding")]
        content_encoding: Option<String>,
        /// The content disposition
        #[arg(long = "content-disposition")]
        content_disposition: Option<String>,
        #[command(flatten)]
        permissions: Permissions,
        /// Publish it and print its public URL
        #[arg(long)]
        public: bool,
        /// Send the whole file in one request (no hashmap; for servers without blocks)
        #[arg(long, conflicts_with = "recursive")]
        unchunked: bool,
        /// With --unchunked: the MD5 of the file, checked by the server
        #[arg(long, requires = "unchunked", value_name = "MD5")]
        etag: Option<String>,
        /// LOCAL is a hashmap (JSON, as `file info --hashmap` prints it): make the
        /// object from blocks the server already holds, sending no data
        #[arg(long = "source-is-hashmap", conflicts_with_all = ["recursive", "unchunked"])]
        source_is_hashmap: bool,
        /// Swift: files above SIZE go as a Static Large Object of segments of
        /// SIZE (64MiB, 1GiB, bytes…; default 1GiB), stored in CONTAINER_segments
        #[arg(long = "segment-size", short = 'S', value_name = "SIZE")]
        segment_size: Option<String>,
        #[command(flatten)]
        transfer: Transfer,
        #[command(flatten)]
        change: Change,
    },
    /// Download a file, or a directory or container with -r
    #[command(after_long_help = LOCATIONS)]
    Download {
        /// The object (or directory, or /CONTAINER with -r)
        location: String,
        /// The local file or directory (default: the object's name here)
        local: Option<PathBuf>,
        /// Download a directory (or a whole container) and everything under it
        #[arg(short = 'r', long)]
        recursive: bool,
        /// Overwrite or resume an existing local file (blocks it already holds are kept)
        #[arg(short = 'f', long, visible_alias = "force")]
        resume: bool,
        /// Only these bytes: FROM-TO, FROM-, -LAST, comma-separated
        #[arg(long, value_name = "RANGES")]
        range: Option<String>,
        #[command(flatten)]
        conditions: Conditions,
        /// Download this version
        #[arg(long = "object-version", value_name = "VERSION")]
        object_version: Option<String>,
        #[command(flatten)]
        transfer: Transfer,
    },
    /// Print the contents of a file on stdout
    #[command(after_long_help = LOCATIONS)]
    Cat {
        /// The object
        location: String,
        /// Only these bytes: FROM-TO, FROM-, -LAST, comma-separated
        #[arg(long, value_name = "RANGES")]
        range: Option<String>,
        #[command(flatten)]
        conditions: Conditions,
        /// Print this version
        #[arg(long = "object-version", value_name = "VERSION")]
        object_version: Option<String>,
        /// Blocks fetched ahead (at least 1)
        #[arg(long = "buffer-blocks", value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
        buffer_blocks: Option<u16>,
    },
    /// Copy objects, even between different accounts or containers
    #[command(after_long_help = LOCATIONS)]
    Copy(CopyArgs),
    /// Move objects, even between different accounts or containers
    #[command(after_long_help = LOCATIONS)]
    Move(CopyArgs),
    /// Modify the sharing and metadata of a file or directory object
    #[command(after_long_help = LOCATIONS)]
    Modify {
        /// The object
        location: String,
        #[command(flatten)]
        permissions: Permissions,
        /// Remove all permissions
        #[arg(long = "no-permissions", conflicts_with_all = ["read", "write"])]
        no_permissions: bool,
        /// Set a metadata KEY=VALUE; repeatable
        #[arg(long = "metadata-add", value_name = "KEY=VALUE")]
        metadata_add: Vec<String>,
        /// Delete a metadata key; repeatable
        #[arg(long = "metadata-del", value_name = "KEY")]
        metadata_del: Vec<String>,
        #[command(flatten)]
        change: Change,
    },
    /// Publish an object (creates a public URL)
    Publish {
        /// The object
        location: String,
        #[command(flatten)]
        change: Change,
    },
    /// Unpublish an object
    Unpublish {
        /// The object
        location: String,
        #[command(flatten)]
        change: Change,
    },
    /// Append a local file to an (existing) remote object
    Append {
        /// The local file
        local: PathBuf,
        /// The object
        location: String,
        #[command(flatten)]
        transfer: Transfer,
        #[command(flatten)]
        change: Change,
    },
    /// Truncate a remote file to a size
    Truncate {
        /// The object
        location: String,
        /// The new size in bytes
        #[arg(
            long = "size-in-bytes",
            visible_alias = "size",
            value_name = "N",
            required = true
        )]
        size: u64,
        #[command(flatten)]
        change: Change,
    },
    /// Overwrite bytes FROM..=TO of a remote file with the start of a local file
    Overwrite {
        /// The local file
        local: PathBuf,
        /// The object
        location: String,
        /// The first byte to overwrite
        #[arg(long = "from", value_name = "POSITION", required = true)]
        start: u64,
        /// The last byte to overwrite
        #[arg(long = "to", value_name = "POSITION", required = true)]
        end: u64,
        #[command(flatten)]
        transfer: Transfer,
        #[command(flatten)]
        change: Change,
    },
}

/// The arguments of `file copy` and `file move`.
#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The source object (or directory, with -r)
    pub source: String,
    /// The destination (default: the same path; a container `/C/` keeps the name)
    pub destination: Option<String>,
    /// Also transfer every object under the source (SRC/...) to DST/...
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Overwrite an existing destination object
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Copy this version of the source
    #[arg(
        long = "source-version",
        visible_alias = "object-version",
        value_name = "VERSION"
    )]
    pub source_version: Option<String>,
    /// Publish the destination
    #[arg(long)]
    pub public: bool,
    /// A new content type (default: the source's)
    #[arg(long = "content-type")]
    pub content_type: Option<String>,
    #[command(flatten)]
    pub change: Change,
}

/// The `container` commands.
#[derive(Debug, Subcommand)]
pub enum Container {
    /// List all containers, or the objects of one
    #[command(
        after_long_help = "Dates: epoch seconds, YYYY-MM-DD, 'YYYY-MM-DD HH:MM:SS' (UTC) or an RFC 1123 date."
    )]
    List {
        /// List the objects of this container instead
        container: Option<String>,
        /// Show all details
        #[arg(short = 'l', long = "details")]
        details: bool,
        /// Show at most this many
        #[arg(short = 'n', long = "number", value_name = "N")]
        limit: Option<usize>,
        /// Start after this name
        #[arg(long)]
        marker: Option<String>,
        /// Also list the objects of every container
        #[arg(short = 'r', long, conflicts_with = "container")]
        recursive: bool,
        /// Only containers (or objects) shared by me
        #[arg(long = "shared-by-me", visible_alias = "shared")]
        shared_by_me: bool,
        /// Only containers holding public objects (or only public objects)
        #[arg(long)]
        public: bool,
        /// The listing as it was at this date
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Only if modified since this date (else nothing is listed)
        #[arg(long = "if-modified-since", value_name = "DATE")]
        if_modified_since: Option<String>,
        /// Only if not modified since this date
        #[arg(long = "if-unmodified-since", value_name = "DATE")]
        if_unmodified_since: Option<String>,
    },
    /// Get information about a container
    Info {
        /// The container
        container: String,
        /// Show only its metadata
        #[arg(long, conflicts_with = "size_limit")]
        metadata: bool,
        /// Show only its size limit (quota)
        #[arg(long = "size-limit")]
        size_limit: bool,
        /// Sizes in bytes, not human units
        #[arg(short = 'b', long = "bytes")]
        in_bytes: bool,
        /// Its state at this date
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
    },
    /// Create a container
    Create {
        /// The container
        container: String,
        /// Versioning: auto or none
        #[arg(long, value_parser = ["auto", "none"])]
        versioning: Option<String>,
        /// The size limit (bytes, or with a unit: KiB, MB, GiB …; 0 = unlimited)
        #[arg(long = "limit", value_name = "SIZE")]
        limit: Option<String>,
        /// Set a metadata KEY=VALUE; repeatable
        #[arg(long = "meta", value_name = "KEY=VALUE")]
        meta: Vec<String>,
        /// Charge this project's quota
        #[arg(long = "project-id", value_name = "PROJECT")]
        project_id: Option<String>,
        /// A server policy NAME=VALUE (e.g. block-size=4 on the emulator); repeatable
        #[arg(long = "policy", value_name = "NAME=VALUE")]
        policy: Vec<String>,
        #[command(flatten)]
        change: Change,
    },
    /// Modify the properties of a container
    Modify {
        /// The container
        container: String,
        /// Set a metadata KEY=VALUE; repeatable
        #[arg(long = "metadata-add", value_name = "KEY=VALUE")]
        metadata_add: Vec<String>,
        /// Delete a metadata key; repeatable
        #[arg(long = "metadata-del", value_name = "KEY")]
        metadata_del: Vec<String>,
        /// The size limit (bytes, or with a unit: KiB, MB, GiB …; 0 = unlimited)
        #[arg(long = "size-limit", value_name = "SIZE")]
        size_limit: Option<String>,
        /// Versioning: auto or none
        #[arg(long, value_parser = ["auto", "none"])]
        versioning: Option<String>,
        #[command(flatten)]
        change: Change,
    },
    /// Delete a container (with -r, a non-empty one: everything in it too)
    Delete {
        /// The container
        container: String,
        /// Empty it first
        #[arg(short = 'r', long)]
        recursive: bool,
        #[command(flatten)]
        change: Change,
    },
    /// Empty a container (delete every object in it)
    Empty {
        /// The container
        container: String,
        #[command(flatten)]
        change: Change,
    },
    /// Assign a container to a different project
    Reassign {
        /// The container
        container: String,
        /// The project to charge
        #[arg(long = "project-id", value_name = "PROJECT", required = true)]
        project_id: String,
        #[command(flatten)]
        change: Change,
    },
}

/// The `group` commands (user groups of the account, for sharing).
#[derive(Debug, Subcommand)]
pub enum Group {
    /// List all groups and group members
    List,
    /// Create (or replace) a group of users
    Create {
        /// The group name
        name: String,
        /// A member's UUID; repeatable
        #[arg(long = "uuid", value_name = "UUID")]
        uuids: Vec<String>,
        /// A member's user name (email); repeatable
        #[arg(long = "username", value_name = "NAME")]
        usernames: Vec<String>,
        #[command(flatten)]
        change: Change,
    },
    /// Delete a user group
    Delete {
        /// The group name
        name: String,
        #[command(flatten)]
        change: Change,
    },
}

/// The `sharer` commands.
#[derive(Debug, Subcommand)]
pub enum Sharer {
    /// List the accounts that share objects with you
    List {
        /// Show all details
        #[arg(short = 'l', long = "details")]
        details: bool,
        /// Start after this account
        #[arg(long)]
        marker: Option<String>,
    },
    /// Details on a sharer account (default: your own)
    Info {
        /// The account's UUID or user name
        account: Option<String>,
    },
}
